// Postings for the scorer's tests, written by hand: only the fields a test cares about are given.
import type { Posting } from '../../../lib/model';

export function posting(fields: Partial<Posting> & { description: string }): Posting {
  return {
    id: 'test:1',
    board: 'test',
    boardJobId: '1',
    url: 'https://example.org/jobs/1',
    applyUrl: null,
    title: '',
    company: 'Acme',
    location: '',
    workplace: 'unknown',
    remoteRegions: [],
    employment: [],
    salary: null,
    datePosted: null,
    emails: [],
    source: 'adapter',
    missing: [],
    ...fields,
  };
}
