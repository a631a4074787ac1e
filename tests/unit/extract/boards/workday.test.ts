import { describe, expect, it } from 'vitest';
import { hasCorpus } from '../../../../lib/corpus';
import { workday } from '../../../../lib/extract/boards/workday';
import { expectMatchesLabel, extractSaved } from './labelled';

const [serverJobPage, searchPage, renderedJobPage] = workday.testedOn;

describe.skipIf(!hasCorpus())('Workday adapter on saved pages', () => {
  it('reads the server HTML job page from its JSON-LD, naming the brand rather than the legal entity', () => {
    const extraction = expectMatchesLabel(serverJobPage!);
    expect(extraction.items[0]!.posting).toMatchObject({
      id: 'workday:24WD81528', company: 'Autodesk', source: 'jsonld', datePosted: '2024-09-24',
      url: 'https://autodesk.wd1.myworkdayjobs.com/en-US/Ext/job/Senior-Industry-Strategy-Manager---Content-Creation_24WD81528',
    });
  });

  it('reads the 20 rendered search cards under their requisition ids, company from the tenant', () => {
    const extraction = expectMatchesLabel(searchPage!);
    const postings = extraction.items.map((item) => item.posting);
    expect(new Set(postings.map((p) => p.id)).size).toBe(20);
    expect(postings.every((p) => p.company === 'Autodesk' && /^workday:\d\dWD\d+$/.test(p.id) && !p.url.includes('?'))).toBe(true);
    expect(postings[0]).toMatchObject({ id: 'workday:25WD84893', location: 'AMER - Canada - Ontario - Toronto - University Ave' });
    expect(postings.filter((p) => p.title === 'Software Engineer - Cloud Platform')).toHaveLength(3);
    expect(extraction.health?.failedFields).toEqual([]);
  });

  it('reads the rendered job page by data-automation-id (labels in <dt> left out)', () => {
    const url = 'https://nvidia.wd5.myworkdayjobs.com/en-US/NVIDIAExternalCareerSite/job/Germany-Munich/Senior-Test-Engineer---Autonomous-Driving_JR2019510-1';
    const extraction = extractSaved(renderedJobPage!, url);
    expect(extraction).toMatchObject({ board: 'workday', kind: 'posting', health: { failedFields: [] } });
    const { posting, element } = extraction.items[0]!;
    expect(posting).toMatchObject({
      id: 'workday:JR2019510', title: 'Senior Test Engineer - Autonomous Driving', company: 'NVIDIA', location: 'Germany, Munich',
      employment: ['full-time'], missing: [],
    });
    expect(posting.description).toMatch(/^NVIDIA is tapping into the unlimited potential of AI/);
    expect(element?.getAttribute('data-automation-id')).toBe('jobPostingHeader');
  });
});
