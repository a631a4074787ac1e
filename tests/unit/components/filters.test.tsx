// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FilterBar } from '../../../components/FilterBar';
import { DEFAULT_FILTERS, toJobQuery } from '../../../components/filters';
import { Pager } from '../../../components/Pager';
import { StatusCounts } from '../../../components/StatusCounts';
import { JOB_STATUSES, type JobStatus } from '../../../lib/model';

afterEach(cleanup);

describe('toJobQuery', () => {
  it('asks for everything, best first, one page at a time by default', () => {
    expect(toJobQuery(DEFAULT_FILTERS)).toEqual({
      verdict: undefined, status: undefined, board: undefined, remoteScope: undefined, text: undefined,
      sort: 'score', includeHidden: undefined, offset: 0, limit: 50,
    });
  });

  it('turns each chosen filter into a one-value list and the page into an offset', () => {
    const query = toJobQuery(
      { verdict: 'match', status: 'contacted', board: 'lever', remote: 'none', text: '  rust  ', sort: 'datePosted', hidden: true },
      3,
    );
    expect(query).toEqual({
      verdict: ['match'], status: ['contacted'], board: ['lever'], remoteScope: ['none'], text: 'rust',
      sort: 'datePosted', includeHidden: true, offset: 150, limit: 50,
    });
  });
});

describe('FilterBar', () => {
  function renderBar(filters = DEFAULT_FILTERS) {
    const onChange = vi.fn();
    render(<FilterBar filters={filters} onChange={onChange} boards={['hackernews', 'lever']} />);
    return onChange;
  }

  function choose(name: string, value: string) {
    const select = screen.getByRole('combobox', { name }) as HTMLSelectElement;
    select.value = value;
    fireEvent.change(select);
  }

  it('reports each filter the user picks', () => {
    const onChange = renderBar();
    choose('Verdict', 'maybe');
    choose('Status', 'applied');
    choose('Remote', 'restricted');
    choose('Board', 'hackernews');
    choose('Sort by', 'firstSeen');
    fireEvent.input(screen.getByRole('searchbox', { name: 'Search jobs' }), { target: { value: 'pytorch' } });
    expect(onChange.mock.calls.map(([change]) => change)).toEqual([
      { verdict: 'maybe' }, { status: 'applied' }, { remote: 'restricted' }, { board: 'hackernews' }, { sort: 'firstSeen' }, { text: 'pytorch' },
    ]);
  });

  it('offers hidden jobs only where asked to', () => {
    renderBar();
    expect(screen.queryByRole('checkbox', { name: 'Hidden too' })).toBeNull();
    cleanup();
    const onChange = vi.fn();
    render(<FilterBar filters={DEFAULT_FILTERS} onChange={onChange} boards={[]} allowHidden />);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Hidden too' }));
    expect(onChange).toHaveBeenCalledWith({ hidden: true });
  });

  it('names the boards for people', () => {
    renderBar();
    const options = [...(screen.getByRole('combobox', { name: 'Board' }) as HTMLSelectElement).options].map((o) => o.text);
    expect(options).toEqual(['Board', 'Hacker News', 'Lever']);
  });

  it('offers to clear only when something is filtered, keeping the sort', () => {
    renderBar();
    expect(screen.queryByRole('button', { name: 'Clear' })).toBeNull();
    cleanup();
    const onChange = renderBar({ ...DEFAULT_FILTERS, verdict: 'match', sort: 'lastSeen' });
    fireEvent.click(screen.getByRole('button', { name: 'Clear' }));
    expect(onChange).toHaveBeenCalledWith({ ...DEFAULT_FILTERS, sort: 'lastSeen' });
  });
});

describe('StatusCounts', () => {
  const counts = Object.fromEntries(JOB_STATUSES.map((s) => [s, 0])) as Record<JobStatus, number>;
  counts.new = 1200;
  counts.contacted = 3;

  it('shows the stages that hold jobs with their counts, and toggles a stage filter', () => {
    const onSelect = vi.fn();
    render(<StatusCounts counts={counts} active="contacted" onSelect={onSelect} />);
    const chips = screen.getAllByRole('button');
    expect(chips.map((chip) => chip.textContent)).toEqual([`New ${(1200).toLocaleString()}`, 'Contacted 3']);
    expect(chips[1].getAttribute('aria-pressed')).toBe('true');
    fireEvent.click(chips[0]);
    fireEvent.click(chips[1]);
    expect(onSelect.mock.calls).toEqual([['new'], ['all']]);
  });
});

describe('Pager', () => {
  it('says which jobs are shown and stops at both ends', () => {
    const onPage = vi.fn();
    render(<Pager page={0} pageSize={50} total={120} onPage={onPage} />);
    expect(screen.getByText(/1–50 of 120/)).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Previous page' }) as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Next page' }));
    expect(onPage).toHaveBeenCalledWith(1);
    cleanup();
    render(<Pager page={2} pageSize={50} total={120} onPage={onPage} />);
    expect(screen.getByText(/101–120 of 120/)).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Next page' }) as HTMLButtonElement).disabled).toBe(true);
  });
});

describe('Pager after a search with a common word', () => {
  it('says "more" when the search stopped counting past this page', () => {
    const onPage = vi.fn();
    render(<Pager page={0} pageSize={50} total={51} exact={false} onPage={onPage} />);
    expect(screen.getByText(/1–50 of 50\+/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Next page' }));
    expect(onPage).toHaveBeenCalledWith(1);
  });
});
