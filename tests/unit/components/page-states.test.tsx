// @vitest-environment happy-dom
// What the popup and the dashboard show while the store has not answered their list's first read, and when it failed:
// the store's hooks are played by stubs that never answer, or answer with an error.
import { act, cleanup, render } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { OPENING_NOTICE_DELAY_MS } from '../../../components/EmptyState';

const store = vi.hoisted(() => ({ listError: undefined as Error | undefined }));

vi.mock('../../../components/useJobStore', () => {
  const pending = () => ({ value: undefined, error: undefined });
  return {
    jobDb: () => ({}),
    useLive: pending,
    useJobQuery: () => ({ value: undefined, error: store.listError }),
    useStatusCounts: pending,
    useBoards: pending,
    useJob: pending,
    useBoardHealth: () => ({ reports: [], dismiss: () => {} }),
    useProfile: pending,
    useJobActions: () => ({ actions: {}, error: null, dismissError: () => {} }),
  };
});

const { App: Popup } = await import('../../../entrypoints/popup/App');
const { App: Dashboard } = await import('../../../entrypoints/dashboard/App');

beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  cleanup();
  vi.useRealTimers();
  store.listError = undefined;
});

const headings = (container: Element) => [...container.querySelectorAll('h2')].map((heading) => heading.textContent);

describe.each([
  ['popup', Popup, 'The shortlist could not be read'],
  ['dashboard', Dashboard, 'The job table could not be read'],
])('%s', (_name, Page, failedTitle) => {
  it('says the saved jobs are still opening when the first read has not answered after a moment', () => {
    const { container } = render(<Page />);
    expect(headings(container)).not.toContain('Opening your saved jobs…');
    act(() => {
      vi.advanceTimersByTime(OPENING_NOTICE_DELAY_MS);
    });
    expect(headings(container)).toContain('Opening your saved jobs…');
  });

  it('says why when the first read failed', () => {
    store.listError = new Error('IndexedDB is not available in this window.');
    const { container } = render(<Page />);
    expect(headings(container)).toContain(failedTitle);
    expect(container.textContent).toContain('IndexedDB is not available in this window.');
  });
});
