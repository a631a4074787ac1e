import { describe, expect, it } from 'vitest';
import { hasCorpus } from '../../../../lib/corpus';
import { glassdoor } from '../../../../lib/extract/boards/glassdoor';
import { expectMatchesLabel, extractSaved } from './labelled';

const [fragment2025, serp2020] = glassdoor.testedOn;

describe.skipIf(!hasCorpus())('Glassdoor adapter on saved cards', () => {
  it('reads the 2025 card by its data-test hooks: company with a line break, Indian "T" thousands, age', () => {
    const extraction = expectMatchesLabel(fragment2025!);
    const { posting, element } = extraction.items[0]!;
    expect(posting).toMatchObject({
      id: 'glassdoor:1009699680879', company: 'PETROPATH FLUIDS (INDIA) PVT LTD', location: 'Bengaluru',
      salary: { min: 25000, max: 50000, currency: 'INR' }, missing: [],
    });
    expect(posting.url).toMatch(/^https:\/\/www\.glassdoor\.co\.in\/job-listing\/senior-tender-executive-.*\?jl=1009699680879$/);
    expect(posting.description).toMatch(/^Prepare supporting documents/);
    expect(posting.datePosted).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(element?.getAttribute('data-test')).toBe('jobListing');
  });

  it('reads the 30 cards of the 2020 layout, each linked to its listing by id', () => {
    const extraction = extractSaved(serp2020!, 'https://www.glassdoor.com.au/Job/australia-hackerrank-jobs-SRCH_IL.0,9_IN16_KO10,20.htm');
    expect(extraction).toMatchObject({ board: 'glassdoor', kind: 'list', health: { failedFields: [] } });
    const postings = extraction.items.map((item) => item.posting);
    expect(postings).toHaveLength(30);
    expect(new Set(postings.map((p) => p.id)).size).toBe(30);
    expect(postings[0]).toMatchObject({
      id: 'glassdoor:3480318629', url: 'https://www.glassdoor.com.au/job-listing/j?jl=3480318629',
      title: 'Sr. Strategy & Planning Associate', company: 'Uber', location: 'Sydney', description: '', missing: [],
    });
    expect(postings.every((p) => p.title && p.company && p.title !== p.company)).toBe(true);
  });
});
