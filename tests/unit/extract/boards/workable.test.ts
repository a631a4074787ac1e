import { describe, expect, it } from 'vitest';
import { hasCorpus } from '../../../../lib/corpus';
import { workable } from '../../../../lib/extract/boards/workable';
import { expectMatchesLabel, extractSaved } from './labelled';

const [applyPage, searchPage] = workable.testedOn;

describe.skipIf(!hasCorpus())('Workable adapter on saved pages', () => {
  it('reads the 20 jobs of the search from the initialState part of window.jobBoard, with full descriptions', () => {
    const extraction = expectMatchesLabel(searchPage!);
    const postings = extraction.items.map((item) => item.posting);
    expect(new Set(postings.map((p) => p.id)).size).toBe(20);
    expect(postings.every((p) => p.workplace === 'remote' && p.url.startsWith('https://jobs.workable.com/view/'))).toBe(true);
    expect(postings.every((p) => p.description.length > 500 && !p.location.includes('TELECOMMUTE'))).toBe(true);
    expect(postings[1]).toMatchObject({
      id: 'workable:u2x3vdrjJxwBRfCJ6LF8Fg', company: 'IO Global', location: 'United Kingdom', remoteRegions: ['United Kingdom'],
      employment: ['full-time'], datePosted: '2025-04-17T00:00:00.000Z',
    });
    expect(postings.find((p) => p.title.startsWith('Grupo QuintoAndar |'))?.company).toBe('Grupo QuintoAndar');
  });

  it('reads the apply page header by its data-ui attributes, under the shortcode of the posting', () => {
    const extraction = extractSaved(applyPage!, 'https://apply.workable.com/huble/j/927FD30DD5/apply/');
    expect(extraction).toMatchObject({ board: 'workable', kind: 'posting', health: { failedFields: [] } });
    const { posting, element } = extraction.items[0]!;
    expect(posting).toMatchObject({
      id: 'workable:927FD30DD5', url: 'https://apply.workable.com/huble/j/927FD30DD5', applyUrl: 'https://apply.workable.com/huble/j/927FD30DD5/apply/',
      title: 'CRM Solutions Architect (United Kingdom)', company: 'Huble', location: 'London, England, United Kingdom',
      workplace: 'remote', employment: ['full-time'], missing: [],
    });
    expect(element?.getAttribute('data-ui')).toBe('job-title');
  });
});
