import { describe, expect, it } from 'vitest';
import { hasCorpus } from '../../../../lib/corpus';
import { extractPage } from '../../../../lib/extract/index';
import { assertValidPostings, loadPage } from '../support';

const page = (name: string) => `pages/ashby/${name}.html`;
const read = (name: string, url: string) => {
  const extraction = extractPage(loadPage(page(name), url), url);
  assertValidPostings(extraction);
  return extraction;
};

describe.skipIf(!hasCorpus())('Ashby adapter on saved pages', () => {
  it('reads a remote posting from the app data and JSON-LD of the server HTML', () => {
    const url = 'https://jobs.ashbyhq.com/openai/720bd7ae-2d65-4f1c-b01a-86278dedabde';
    const extraction = read('ashby_openai_client_platform_engineer_remote_us', url);
    expect(extraction.kind).toBe('posting');
    const { posting } = extraction.items[0]!;
    expect(posting).toMatchObject({
      id: 'ashby:720bd7ae-2d65-4f1c-b01a-86278dedabde', title: 'Client Platform Engineer', company: 'OpenAI', location: 'Remote - US',
      workplace: 'remote', remoteRegions: ['United States'], employment: ['full-time'], source: 'jsonld',
      salary: { min: 260000, max: 325000, currency: 'USD' },
    });
    expect(posting.description.length).toBeGreaterThan(6500);
  });

  it('trusts workplaceType Hybrid over the TELECOMMUTE that Ashby sets for every isRemote job', () => {
    const url = 'https://jobs.ashbyhq.com/openai/9ddb1bd1-3ee0-4350-88f7-3710057b8c93';
    expect(read('ashby_openai_forward_deployed_engineer_paris_hybrid', url).items[0]!.posting).toMatchObject({ workplace: 'hybrid', location: 'Paris, France' });
  });

  it('reads every other saved posting page, keeping no remote regions on a hybrid job', () => {
    const userOps = read('ashby_openai_data_scientist_user_operations_nyc', 'https://jobs.ashbyhq.com/openai/dd418f6d-7212-491c-944c-aeac9dc066ec').items[0]!.posting;
    expect(userOps).toMatchObject({ title: 'Data Scientist, User Operations', company: 'OpenAI', workplace: 'hybrid', remoteRegions: [], location: 'New York City; San Francisco' });
    const research = read('ashby_openai_research_engineer_rl_reasoning', 'https://jobs.ashbyhq.com/openai/7e198d81-34e0-48b6-b64e-a501a75f9d53').items[0]!.posting;
    expect(research).toMatchObject({ title: 'Research Engineer/Research Scientist, RL/Reasoning', company: 'OpenAI', location: 'San Francisco' });
    for (const posting of [userOps, research]) expect(posting.description.length).toBeGreaterThan(2000);
  });

  it('reads all 502 postings of the board index, though no card is in the DOM', () => {
    const extraction = read('ashby_openai_board_index_2026-01', 'https://jobs.ashbyhq.com/openai');
    expect(extraction.kind).toBe('list');
    expect(extraction.items).toHaveLength(502);
    expect(new Set(extraction.items.map((item) => item.posting.id)).size).toBe(502);
    expect(extraction.items.every((item) => item.element === null && item.posting.company === 'OpenAI')).toBe(true);
    expect(extraction.items[0]!.posting).toMatchObject({ title: 'Account Director, Digital Native', location: 'Seoul, South Korea', workplace: 'hybrid' });
  });

  it('puts each posting of the board on the link that opens it, once the cards are rendered', () => {
    const url = 'https://jobs.ashbyhq.com/openai';
    const doc = loadPage(page('ashby_openai_board_index_2026-01'), url);
    const card = doc.createElement('a');
    card.setAttribute('href', '/openai/52263a22-1621-4dbb-9a11-ae4490f2acc8?utm_source=x');
    doc.body.append(card);
    const items = extractPage(doc, url).items;
    expect(items[0]!.element).toBe(card);
    expect(items.filter((item) => item.element)).toHaveLength(1);
  });

  it('reads nothing from the shell of a closed posting (not a posting titled "Jobs")', () => {
    const url = 'https://jobs.ashbyhq.com/openai/05765794-82b7-4113-8b80-de6b8ed6f671';
    expect(read('ashby_openai_closed_or_unlisted_posting_shell', url)).toMatchObject({ board: 'ashby', kind: 'none', items: [] });
  });

  it('reads the rendered page by its stable class names and label sections', () => {
    const url = 'https://jobs.ashbyhq.com/ramp/cc0af88a-2a19-493d-93cf-c5090f986f1f/application';
    const { posting, element } = read('ashby_ramp_application_tab_rendered_2026', url).items[0]!;
    expect(posting).toMatchObject({
      id: 'ashby:cc0af88a-2a19-493d-93cf-c5090f986f1f', url: 'https://jobs.ashbyhq.com/ramp/cc0af88a-2a19-493d-93cf-c5090f986f1f',
      title: 'AI Partnerships Manager', company: 'Ramp', location: 'San Francisco, CA', workplace: 'hybrid', employment: ['full-time'],
      salary: { min: 220000, max: 330000, currency: 'USD' },
    });
    expect(element).not.toBeNull();
  });
});
