// @vitest-environment happy-dom
// The content script's session on a page, with the background played by a stub of runtime.sendMessage: what the
// badges end up saying when the worker is slow to answer.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { startPageSession } from '../../../entrypoints/content/page-session';
import type { ExtractedItem, PageExtraction, PageReading } from '../../../lib/extract/read-page';
import type { SavePostings, ScorePostings } from '../../../lib/messages';
import { DEFAULT_PROFILE } from '../../../lib/score/profile';
import { score } from '../../../lib/score/score';
import { makePosting } from '../factories';

const NOT_RUNNING = 'Could not establish connection. Receiving end does not exist.';

/** Three job cards on the page, read by a reader that yields each. */
function listPage(): (doc: Document) => PageReading {
  document.body.replaceChildren(...[1, 2, 3].map((n) => Object.assign(document.createElement('article'), { id: `job-${n}`, textContent: `Job ${n}` })));
  return function* read(doc) {
    const items: ExtractedItem[] = [];
    for (const card of doc.querySelectorAll('article')) {
      const item = { posting: makePosting({ board: 'lever', boardJobId: card.id }), element: card };
      items.push(item);
      yield item;
    }
    return { board: 'lever', kind: 'list', items, health: null } satisfies PageExtraction;
  };
}

/** A background that cannot be reached for its first `unreachable` messages (a worker that is starting again). */
function backgroundStartingAfter(unreachable: number) {
  let calls = 0;
  return vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation((async (message: ScorePostings | SavePostings) => {
    calls += 1;
    if (calls <= unreachable) throw new Error(NOT_RUNNING);
    if (message.type === 'score-postings') {
      return { scored: message.postings.map((posting) => ({ postingId: posting.id, evaluation: score(posting, DEFAULT_PROFILE) })) };
    }
    return { saved: message.postings.map((posting) => ({ postingId: posting.id, jobId: posting.id, mailto: null })) };
  }) as never);
}

const badgeStates = () => [...document.querySelectorAll<HTMLElement>('jobfit-badge')].map((badge) => badge.dataset.state);

afterEach(() => {
  vi.restoreAllMocks();
  document.body.replaceChildren();
});

describe('page session', () => {
  it('scores every badge when the worker answers only after a few seconds of not being reachable', async () => {
    const sendMessage = backgroundStartingAfter(4);
    const ctx = new ContentScriptContext('page-session-test');
    startPageSession(ctx, listPage());
    await vi.waitFor(() => expect(badgeStates()).toEqual(['scored', 'scored', 'scored']), { timeout: 15_000, interval: 100 });
    expect(sendMessage.mock.calls.filter(([message]) => (message as ScorePostings).type === 'score-postings').length).toBe(5);
    await vi.waitFor(() => expect(document.querySelectorAll('jobfit-badge[data-stored]').length).toBe(3), { timeout: 5_000 });
    ctx.abort();
  });

  it('has the page stored only once a frame has drawn its scored badges, or soon where no frame comes', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      const sendMessage = backgroundStartingAfter(0);
      const saves = () => sendMessage.mock.calls.filter(([message]) => (message as SavePostings).type === 'save-postings').length;
      // Frames the test draws by hand: none comes until it says so, as in a tab that is not drawn.
      const frames: FrameRequestCallback[] = [];
      vi.spyOn(window, 'requestAnimationFrame').mockImplementation((callback) => frames.push(callback));
      /** Moves the clock on a millisecond at a time until `done`, at most `ms`. */
      const runUntil = async (done: () => boolean, ms: number) => {
        for (let elapsed = 0; elapsed < ms && !done(); elapsed++) await vi.advanceTimersByTimeAsync(1);
      };
      const ctx = new ContentScriptContext('page-session-test');
      startPageSession(ctx, listPage());
      await runUntil(() => badgeStates().join() === 'scored,scored,scored' && frames.length > 0, 1_000);
      expect(badgeStates()).toEqual(['scored', 'scored', 'scored']);
      await vi.advanceTimersByTimeAsync(50);
      expect(saves()).toBe(0);
      for (const frame of frames.splice(0)) frame(performance.now());
      await vi.advanceTimersByTimeAsync(1);
      expect(saves()).toBe(1);

      // The next page of the tab, whose frame never comes, is stored all the same, a moment later.
      history.pushState(null, '', '/second-page');
      startPageSession(new ContentScriptContext('page-session-test'), listPage());
      await runUntil(() => saves() === 2, 1_000);
      expect(saves()).toBe(2);
      ctx.abort();
    } finally {
      vi.useRealTimers();
    }
  });

  it('says on each badge that the background could not be reached when it never answers', async () => {
    backgroundStartingAfter(Infinity);
    const ctx = new ContentScriptContext('page-session-test');
    startPageSession(ctx, listPage());
    await vi.waitFor(() => expect(badgeStates()).toEqual(['error', 'error', 'error']), { timeout: 20_000, interval: 200 });
    const shown = document.querySelector('jobfit-badge')!.shadowRoot!.textContent;
    expect(shown).toContain('JobFit could not reach its background');
    expect(shown).toContain(NOT_RUNNING);
    ctx.abort();
  });

  it('shows a refusal that came while the page was still being read on the badges placed after it', async () => {
    // A first chunk of 50 is sent while the rest of the page is read (slowly here, in several slices); the badges
    // are placed once the reading ends, after this background's answer.
    document.body.replaceChildren(...Array.from({ length: 51 }, (_, n) => Object.assign(document.createElement('article'), { id: `job-${n}` })));
    const slowPage = function* read(doc: Document): PageReading {
      const items: ExtractedItem[] = [];
      for (const card of doc.querySelectorAll('article')) {
        const item = { posting: makePosting({ board: 'lever', boardJobId: card.id }), element: card };
        items.push(item);
        yield item;
      }
      for (const until = performance.now() + 200; performance.now() < until;) yield undefined;
      return { board: 'lever', kind: 'list', items, health: null } satisfies PageExtraction;
    };
    const sendMessage = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation((async () => ({ error: 'JobFit refused a malformed message' })) as never);
    const ctx = new ContentScriptContext('page-session-test');
    startPageSession(ctx, slowPage);
    await vi.waitFor(() => expect(badgeStates().length).toBe(51), { timeout: 5_000, interval: 50 });
    expect(sendMessage).toHaveBeenCalledTimes(2);
    await vi.waitFor(() => expect(new Set(badgeStates())).toEqual(new Set(['error'])), { timeout: 5_000, interval: 50 });
    expect(document.querySelector('jobfit-badge')!.shadowRoot!.textContent).toContain('JobFit refused a malformed message');
    ctx.abort();
  });
});
