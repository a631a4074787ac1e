// @vitest-environment happy-dom
// Posting text comes from strangers. Rendered anywhere — the in-page badge and its breakdown, the popup's rows and
// detail, the dashboard's table — it stays text: no element, no event handler and no script URL comes from it.
import { cleanup, fireEvent, render } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { drawInPageBadge } from '../../../components/Badge';
import { JobDetail } from '../../../components/JobDetail';
import { JobList } from '../../../components/JobList';
import { JobTable } from '../../../components/JobTable';
import { ScoreBreakdown } from '../../../components/ScoreBreakdown';
import type { Job } from '../../../lib/model';
import { makeEvaluation, makeJob, makePosting, makeProfile } from '../factories';

afterEach(cleanup);

const SCRIPT = '<script>window.pwned = "script"</script>';
const IMG = '<img src=x onerror="window.pwned = \'img\'">';
const LINK = '<a href="javascript:window.pwned=1">click</a>';
const LOOKALIKE = 'ℛеmоtе Μасhіne Lеarnіng \u202Egnp.exe';
const SCRIPT_URLS = ['javascript:window.pwned=1', ' JaVaScRiPt:window.pwned=1', 'data:text/html,<script>window.pwned=1</script>', 'vbscript:x'];

function hostileJob(url: string, applyUrl: string | null): Job {
  const posting = makePosting({
    title: `${SCRIPT} ${LOOKALIKE}`,
    company: `${IMG} Acme`,
    location: LINK,
    description: `${SCRIPT}\n\n${IMG}\n\n${LINK}`,
    url,
    applyUrl,
    emails: [],
  });
  const evaluation = makeEvaluation({
    criteria: [
      { id: 'remote', label: 'Fully remote', met: true, points: 30, maxPoints: 30, evidence: `${IMG} fully remote`, dealbreaker: false },
      { id: 'ml-data', label: 'ML / data work', met: true, points: 30, maxPoints: 30, evidence: SCRIPT, dealbreaker: false },
    ],
    conflicts: [LINK],
  });
  return makeJob({ posting, evaluation, company: posting.company, sources: [{ postingId: posting.id, board: posting.board, url, firstSeen: 0, lastSeen: 0 }] });
}

/** No element, attribute or href in the rendered view came from posting text. */
function expectInert(container: Element): void {
  for (const element of container.querySelectorAll('*')) {
    expect(['SCRIPT', 'IMG', 'IFRAME', 'OBJECT', 'EMBED'], element.outerHTML.slice(0, 80)).not.toContain(element.tagName);
    for (const attribute of element.attributes) expect(attribute.name.toLowerCase().startsWith('on'), attribute.name).toBe(false);
  }
  for (const link of container.querySelectorAll('[href]')) {
    const href = link.getAttribute('href')!;
    expect(href, 'only web and mail links').toMatch(/^(https?:|mailto:)/i);
  }
  expect((window as unknown as { pwned?: unknown }).pwned).toBeUndefined();
}

const noop = () => undefined;
const actions = {
  onStatus: noop, onNotes: async () => undefined, onHidden: noop, onBlockCompany: noop, onUnblockCompany: noop, copy: async () => undefined,
};

describe.each(SCRIPT_URLS.map((url) => [url]))('a posting with markup in its text and %s as its link', (scriptUrl) => {
  const job = hostileJob(scriptUrl, scriptUrl);

  it('the in-page badge and its open breakdown show the text as text', () => {
    const container = document.createElement('div');
    container.append(drawInPageBadge(document, { kind: 'scored', title: job.posting.title, result: { postingId: job.id, jobId: job.id, mailto: scriptUrl, evaluation: job.evaluation } }));
    document.body.append(container);
    fireEvent.click(container.querySelector('button')!);
    expectInert(container);
    expect(container.textContent).toContain(SCRIPT);
    expect(container.textContent).toContain(LOOKALIKE);
    container.remove();
  });

  it('the score breakdown on its own', () => {
    const { container } = render(<ScoreBreakdown title={job.posting.title} evaluation={job.evaluation} mailto={scriptUrl} />);
    expectInert(container);
    expect(container.textContent).toContain(IMG);
  });

  it('the popup shortlist row and the job detail with its apply and source links', () => {
    const { container } = render(
      <div>
        <JobList jobs={[job]} onOpen={noop} onStatus={noop} label="Shortlist" />
        <JobDetail job={job} profile={makeProfile()} {...actions} />
      </div>,
    );
    expectInert(container);
    expect(container.textContent).toContain(SCRIPT);
    expect(container.textContent).toContain(IMG);
  });

  it('the dashboard table', () => {
    const { container } = render(<JobTable jobs={[job]} openId={job.id} onOpen={vi.fn()} onStatus={noop} />);
    expectInert(container);
    expect(container.textContent).toContain(SCRIPT);
  });
});

describe('links from postings', () => {
  it('a web link of a posting stays a link', () => {
    const job = hostileJob('https://boards.example/acme/1', 'https://apply.example/acme/1');
    const { container } = render(<JobDetail job={job} profile={makeProfile()} {...actions} />);
    const hrefs = [...container.querySelectorAll('a[href]')].map((link) => link.getAttribute('href'));
    expect(hrefs).toContain('https://boards.example/acme/1');
    expect(hrefs).toContain('https://apply.example/acme/1');
  });
});
