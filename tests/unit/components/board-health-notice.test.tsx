// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BoardHealthNotice } from '../../../components/BoardHealthNotice';

afterEach(cleanup);

const NOW = Date.UTC(2026, 10, 20, 12);
const DAY = 86_400_000;

describe('BoardHealthNotice', () => {
  it('names each board, its failed fields, how many pages and when, with the last URL', () => {
    const { container } = render(
      <BoardHealthNotice
        now={NOW}
        onDismiss={() => {}}
        reports={[
          { board: 'linkedin', url: 'https://www.linkedin.com/jobs/view/42/', failedFields: ['title', 'company'], count: 2, lastSeen: NOW - 3 * DAY },
          { board: 'lever', url: 'javascript:alert(1)', failedFields: ['description'], count: 1, lastSeen: NOW },
        ]}
      />,
    );
    const [linkedin, lever] = container.querySelectorAll('li');
    expect(linkedin.textContent).toContain("Couldn't fully read: LinkedIn — title, company (2 pages, last 3 days ago)");
    expect(linkedin.querySelector('a')?.getAttribute('href')).toBe('https://www.linkedin.com/jobs/view/42/');
    expect(lever.textContent).toContain('Lever — description (1 page, last today)');
    // A URL from a stranger's page is shown, never made a script link.
    expect(lever.querySelector('a')?.hasAttribute('href')).toBe(false);
    expect(lever.textContent).toContain('javascript:alert(1)');
  });

  it('renders nothing when every board read whole, and dismisses on ×', () => {
    const empty = render(<BoardHealthNotice reports={[]} onDismiss={() => {}} />);
    expect(empty.container.innerHTML).toBe('');
    cleanup();
    const onDismiss = vi.fn();
    render(<BoardHealthNotice now={NOW} onDismiss={onDismiss} reports={[{ board: 'indeed', url: 'https://www.indeed.com/viewjob?jk=1', failedFields: ['title'], count: 1, lastSeen: NOW }]} />);
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(onDismiss).toHaveBeenCalledOnce();
  });
});
