// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { JobList } from '../../../components/JobList';
import { makeEvaluation, makeJob, makePosting } from './job-fixture';

afterEach(cleanup);

const jobs = [
  makeJob(),
  makeJob({
    posting: makePosting({ id: 'lever:2', board: 'lever', title: 'ML Engineer', company: 'Beta', workplace: 'hybrid' }),
    evaluation: makeEvaluation({ score: 41.6, verdict: 'maybe', workplace: 'hybrid', remoteScope: null }),
  }),
  makeJob({
    posting: makePosting({ id: 'hackernews:3', board: 'hackernews', title: 'Analyst', company: 'Gamma' }),
    evaluation: makeEvaluation({ score: 12, verdict: 'skip', remoteScope: 'restricted' }),
  }),
];

function renderList() {
  const onOpen = vi.fn();
  const onStatus = vi.fn();
  const view = render(<JobList jobs={jobs} onOpen={onOpen} onStatus={onStatus} label="Shortlist" />);
  return { ...view, onOpen, onStatus };
}

describe('JobList', () => {
  it('shows one row per job with its id, title, company, score, verdict, remote scope and board', () => {
    const { container } = renderList();
    const rows = container.querySelectorAll('[data-job-id]');
    expect([...rows].map((row) => row.getAttribute('data-job-id'))).toEqual(['greenhouse:1', 'lever:2', 'hackernews:3']);
    const second = rows[1].textContent ?? '';
    expect(second).toContain('ML Engineer');
    expect(second).toContain('Beta');
    expect(second).toContain('42');
    expect(second).toContain('Maybe');
    expect(second).toContain('Hybrid');
    expect(second).toContain('Lever');
    expect(rows[0].textContent).toContain('Remote, anywhere');
    expect(rows[2].textContent).toContain('Remote, some regions');
    expect(rows[2].textContent).toContain('Hacker News');
  });

  it('opens a job when its row is clicked', () => {
    const { onOpen } = renderList();
    fireEvent.click(screen.getByRole('button', { name: /ML Engineer at Beta/ }));
    expect(onOpen).toHaveBeenCalledWith('lever:2');
  });

  it('changes a status from the row without opening the job', () => {
    const { onOpen, onStatus } = renderList();
    const select = screen.getByRole('combobox', { name: 'Status of Analyst' }) as HTMLSelectElement;
    select.value = 'interested';
    fireEvent.change(select);
    expect(onStatus).toHaveBeenCalledWith('hackernews:3', 'interested');
    expect(onOpen).not.toHaveBeenCalled();
  });

  it('moves between rows with the arrow keys, j/k, Home and End', () => {
    const { container } = renderList();
    const rows = [...container.querySelectorAll<HTMLElement>('[data-row-focus]')];
    rows[0].focus();
    fireEvent.keyDown(rows[0], { key: 'ArrowDown' });
    expect(document.activeElement).toBe(rows[1]);
    fireEvent.keyDown(rows[1], { key: 'j' });
    expect(document.activeElement).toBe(rows[2]);
    fireEvent.keyDown(rows[2], { key: 'ArrowDown' });
    expect(document.activeElement).toBe(rows[2]);
    fireEvent.keyDown(rows[2], { key: 'Home' });
    expect(document.activeElement).toBe(rows[0]);
    fireEvent.keyDown(rows[0], { key: 'ArrowUp' });
    expect(document.activeElement).toBe(rows[0]);
    fireEvent.keyDown(rows[0], { key: 'End' });
    expect(document.activeElement).toBe(rows[2]);
    fireEvent.keyDown(rows[2], { key: 'k' });
    expect(document.activeElement).toBe(rows[1]);
  });

  it('leaves the arrow keys to a focused status select', () => {
    const { container } = renderList();
    const select = container.querySelector<HTMLSelectElement>('select')!;
    select.focus();
    fireEvent.keyDown(select, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(select);
  });
});
