// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { drawInPageBadge } from '../../../components/Badge';
import { SummaryBar } from '../../../components/SummaryBar';
import type { BadgeResult, BadgeState } from '../../../lib/badge-view';

afterEach(() => {
  cleanup();
  document.body.replaceChildren();
});

/** The badge as the content script puts it on a page. */
function drawn(state: Exclude<BadgeState, { kind: 'pending' }>, onContact?: (jobId: string) => void): { container: HTMLElement } {
  const container = document.createElement('div');
  container.append(drawInPageBadge(document, state, { onContact }));
  document.body.append(container);
  return { container };
}

const HOSTILE = '<img src=x onerror="window.pwned=1">';

function result(overrides: Partial<BadgeResult['evaluation']> = {}, mailto: string | null = 'mailto:jobs@example.com?subject=Hi'): BadgeResult {
  return {
    postingId: 'hackernews:1',
    jobId: 'job-1',
    mailto,
    evaluation: {
      score: 81.6, verdict: 'match', workplace: 'remote', remoteScope: 'anywhere', remoteRegions: [], employment: ['full-time'],
      criteria: [
        { id: 'remote', label: 'Remote', met: true, points: 30, maxPoints: 30, evidence: 'Remote (anywhere)', dealbreaker: false },
        { id: 'open-source', label: 'Open source', met: true, points: 15, maxPoints: 20, evidence: HOSTILE, dealbreaker: false },
        { id: 'salary', label: 'Salary', met: null, points: 0, maxPoints: 10, evidence: null, dealbreaker: false },
      ],
      conflicts: ['The board says on-site; the text says remote.'],
      profileHash: 'h',
      ...overrides,
    },
  };
}

describe('in-page badge', () => {
  it('shows the rounded score, the verdict and the top two reasons', () => {
    drawn({ kind: 'scored', title: 'ML engineer', result: result() });
    const button = screen.getByRole('button');
    expect(button.textContent).toContain('82');
    expect(button.textContent).toContain('Match');
    expect(button.textContent).toContain('Remote');
    expect(button.textContent).toContain('Open source');
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(screen.getByRole('button', { name: /^82 ?Match/ })).toBe(button);
    // The breakdown is drawn only when the badge opens.
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.queryByText('Remote (anywhere)', { exact: false })).toBeNull();
  });

  it('opens while hovered, stays open once clicked, and closes on a second click when the pointer has left', () => {
    const { container } = drawn({ kind: 'scored', title: 'ML engineer', result: result() });
    const badge = container.firstElementChild!;
    const button = screen.getByRole('button');
    fireEvent.mouseEnter(badge);
    expect(screen.getByRole('dialog', { name: 'JobFit score for ML engineer' }).textContent).toContain('Remote (anywhere)');
    expect(button.getAttribute('aria-expanded')).toBe('true');
    fireEvent.mouseLeave(badge);
    expect(screen.queryByRole('dialog')).toBeNull();
    fireEvent.click(button);
    fireEvent.mouseLeave(badge);
    expect(screen.getByRole('dialog')).toBeTruthy();
    fireEvent.click(button);
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(button.getAttribute('aria-expanded')).toBe('false');
  });

  it('opens the breakdown on click and on keyboard focus, and Escape closes it', () => {
    drawn({ kind: 'scored', title: 'ML engineer', result: result() });
    const button = screen.getByRole('button');
    fireEvent.click(button);
    expect(screen.getByRole('dialog').textContent).toContain('The posting does not say.');
    fireEvent.keyDown(button, { key: 'Escape' });
    expect(screen.queryByRole('dialog')).toBeNull();
    fireEvent.focusIn(button);
    expect(screen.getByRole('dialog')).toBeTruthy();
  });

  it('renders posting text as text, never as markup', () => {
    const { container } = drawn({ kind: 'scored', title: HOSTILE, result: result() });
    fireEvent.click(screen.getByRole('button'));
    expect(container.querySelector('img')).toBeNull();
    expect(screen.getByRole('dialog').textContent).toContain(HOSTILE);
  });

  it('offers the contact link when there is an address, and reports the click', () => {
    const onContact = vi.fn();
    drawn({ kind: 'scored', title: 'ML engineer', result: result() }, onContact);
    fireEvent.click(screen.getByRole('button'));
    const link = screen.getByRole('link');
    expect(link.getAttribute('href')).toBe('mailto:jobs@example.com?subject=Hi');
    fireEvent.click(link);
    expect(onContact).toHaveBeenCalledWith('job-1');
  });

  it('opens with the contact link and stored job that arrived after the badge was drawn', () => {
    const onContact = vi.fn();
    let latest: BadgeResult = result({}, null);
    const container = document.createElement('div');
    container.append(drawInPageBadge(document, { kind: 'scored', title: 'ML engineer', result: latest }, { onContact, latest: () => latest }));
    document.body.append(container);
    latest = { ...latest, jobId: 'job-7', mailto: 'mailto:ana@example.org' };
    fireEvent.click(screen.getByRole('button'));
    fireEvent.click(screen.getByRole('link'));
    expect(screen.getByRole('link').getAttribute('href')).toBe('mailto:ana@example.org');
    expect(onContact).toHaveBeenCalledWith('job-7');
  });

  it('has no contact link without an address, and shows conflicts', () => {
    drawn({ kind: 'scored', title: 'ML engineer', result: result({}, null) });
    fireEvent.click(screen.getByRole('button'));
    expect(screen.queryByRole('link')).toBeNull();
    expect(screen.getByRole('dialog').textContent).toContain('The board says on-site; the text says remote.');
  });

  it('says plainly when the page could not be read', () => {
    drawn({ kind: 'unreadable', failedFields: ['title', 'company'] });
    expect(screen.getByRole('status').textContent).toBe("JobFit couldn't read this page (fields: title, company)");
    expect(screen.queryByRole('button')).toBeNull();
  });
});

describe('SummaryBar', () => {
  it('counts matches, shows progress, and wires its controls', () => {
    const onToggle = vi.fn();
    const onNext = vi.fn();
    const onPrevious = vi.fn();
    render(
      <SummaryBar matches={12} total={207} progress={{ done: 100, total: 207 }} hideOthers={false}
        onToggleHideOthers={onToggle} onNext={onNext} onPrevious={onPrevious} />,
    );
    const region = screen.getByRole('region');
    expect(region.textContent).toContain('12 of 207 posts match');
    expect(screen.getByRole('status').textContent).toContain('100/207');
    fireEvent.click(screen.getByRole('checkbox'));
    expect(onToggle).toHaveBeenCalledWith(true);
    fireEvent.click(screen.getByLabelText('Next match'));
    fireEvent.click(screen.getByLabelText('Previous match'));
    expect(onNext).toHaveBeenCalledOnce();
    expect(onPrevious).toHaveBeenCalledOnce();
  });

  it('disables navigation when nothing matches', () => {
    render(<SummaryBar matches={0} total={5} progress={null} hideOthers={false} onToggleHideOthers={() => {}} onNext={() => {}} onPrevious={() => {}} />);
    expect((screen.getByLabelText('Next match') as HTMLButtonElement).disabled).toBe(true);
  });
});
