// @vitest-environment happy-dom
// The in-page badge host: how it sits in the page as its state changes.
import { afterEach, describe, expect, it } from 'vitest';
import { BadgeHost } from '../../../entrypoints/content/in-page';
import type { BadgeState } from '../../../lib/badge-view';
import { DEFAULT_PROFILE } from '../../../lib/score/profile';
import { score } from '../../../lib/score/score';
import { makePosting } from '../factories';

const posting = makePosting();
const scored: BadgeState = {
  kind: 'scored',
  title: posting.title,
  result: { postingId: posting.id, jobId: posting.id, mailto: null, evaluation: score(posting, DEFAULT_PROFILE) },
};

function threadRow(): HTMLTableRowElement {
  const table = document.createElement('table');
  const row = table.insertRow();
  row.insertCell().textContent = 'user 3 days ago';
  row.insertCell().textContent = 'Acme | ML engineer | Remote';
  document.body.append(table);
  return row;
}

afterEach(() => document.body.replaceChildren());

describe('a badge in a table row', () => {
  it('keeps its line, laid out near the screen only, whatever its state', () => {
    const badge = new BadgeHost(posting.id, threadRow(), { kind: 'pending' }, () => undefined);
    const pending = badge.host.getAttribute('style');
    expect(pending).toContain('content-visibility: auto');
    badge.show(scored);
    expect(badge.host.getAttribute('style')).toBe(pending);
  });

  it('is raised while open, and is not left raised when it is drawn again while open', () => {
    const badge = new BadgeHost(posting.id, threadRow(), scored, () => undefined);
    const closed = badge.host.getAttribute('style');
    badge.host.shadowRoot!.querySelector<HTMLButtonElement>('button.pill')!.click();
    expect(badge.host.getAttribute('style')).toContain('z-index');
    expect(badge.host.getAttribute('style')).not.toContain('content-visibility');
    badge.show({ kind: 'error', message: 'JobFit could not save.' });
    expect(badge.host.getAttribute('style')).toBe(closed);
  });
});
