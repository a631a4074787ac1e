// @vitest-environment happy-dom
import { act, cleanup, render } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_FILTERS, type JobFilters } from '../../../components/filters';
import { readSavedFilters, useSavedFilters } from '../../../components/useSavedFilters';

afterEach(() => {
  cleanup();
  localStorage.clear();
});

function storageWith(value: string | null) {
  return { getItem: () => value };
}

describe('readSavedFilters', () => {
  it('falls back to the defaults for a missing, unreadable or tampered entry', () => {
    expect(readSavedFilters(storageWith(null), 'k')).toEqual(DEFAULT_FILTERS);
    expect(readSavedFilters(storageWith('{not json'), 'k')).toEqual(DEFAULT_FILTERS);
    expect(readSavedFilters(storageWith(JSON.stringify({ ...DEFAULT_FILTERS, verdict: 'great' })), 'k')).toEqual(DEFAULT_FILTERS);
  });
});

describe('useSavedFilters', () => {
  let setter: (filters: JobFilters) => void = () => {};
  let seen: JobFilters = DEFAULT_FILTERS;
  function Probe() {
    const [filters, setFilters] = useSavedFilters('jobfit.test.filters');
    seen = filters;
    setter = setFilters;
    return null;
  }

  it('gives the next opening the same filters and sort, but not the search text', () => {
    render(<Probe />);
    expect(seen).toEqual(DEFAULT_FILTERS);
    act(() => setter({ ...DEFAULT_FILTERS, verdict: 'match', board: 'lever', sort: 'datePosted', text: 'rust' }));
    cleanup();
    render(<Probe />);
    expect(seen).toEqual({ ...DEFAULT_FILTERS, verdict: 'match', board: 'lever', sort: 'datePosted', text: '' });
  });
});
