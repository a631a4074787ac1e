import { describe, expect, it } from 'vitest';
import { hasCorpus } from '../../../../lib/corpus';
import { remoteok } from '../../../../lib/extract/boards/remoteok';
import { parseHtml } from '../../../../lib/extract/dom-node';
import { extractPage } from '../../../../lib/extract/index';
import { expectMatchesLabel } from './labelled';

const row = (id: number, title: string, company: string, cells: string) =>
  `<tr data-id="${id}" data-company="${company}" data-url="/remote-jobs/remote-${title.toLowerCase().replace(/\W+/g, '-')}-${id}" class="job job-${id}" itemscope itemtype="https://schema.org/JobPosting">
    <td class="company position company_and_position"><a itemprop="url" class="preventLink" href="/remote-jobs/x-${id}"><h2 itemprop="title">${title}</h2></a>
    <a class="companyLink" href="/remote-companies/x"><span itemprop="hiringOrganization"><h3 itemprop="name">${company}</h3></span></a>${cells}</td>
    <td class="time"><time datetime="2026-07-01T10:00:00+00:00">3d</time></td></tr>
   <tr class="expand expand-${id}" data-id="${id}"><td colspan="10"><div class="description" itemprop="description"><p>About ${title}.</p></div></td></tr>`;

describe.skipIf(!hasCorpus())('Remote OK adapter on the saved skeleton page', () => {
  it('reads nothing from the placeholder rows shown before the jobs load', () => {
    const extraction = expectMatchesLabel(remoteok.testedOn[0]!);
    expect(extraction.board).toBe('remoteok');
  });
});

describe('Remote OK adapter on rows built from the public markup', () => {
  it('reads each job row (not its expand row): region and salary cells told apart, every job remote', () => {
    const url = 'https://remoteok.com/';
    const doc = parseHtml(
      `<html><body><table id="jobsboard"><tr class="placeholder job"><td colspan="10"></td></tr>
        ${row(123456, 'Senior Data Engineer', 'Acme', '<div class="location tooltip">🌏 Worldwide</div><div class="location tooltip">💰 $60k - $100k</div>')}
        ${row(123457, 'ML Engineer', 'Beta', '<div class="location tooltip">🇪🇺 Europe</div>')}
      </table></body></html>`,
      url,
    );
    const extraction = extractPage(doc, url);
    expect(extraction.kind).toBe('list');
    expect(extraction.items.map((item) => item.posting)).toMatchObject([
      { id: 'remoteok:123456', url: 'https://remoteok.com/remote-jobs/remote-senior-data-engineer-123456', title: 'Senior Data Engineer', company: 'Acme', location: 'Worldwide', workplace: 'remote', salary: { min: 60000, max: 100000, currency: 'USD' }, datePosted: '2026-07-01T10:00:00+00:00' },
      { id: 'remoteok:123457', title: 'ML Engineer', company: 'Beta', location: 'Europe', workplace: 'remote', salary: null },
    ]);
  });

  it('merges a job page JSON-LD posting with its own row', () => {
    const url = 'https://remoteok.com/remote-jobs/remote-senior-data-engineer-123456';
    const jsonLd = { '@context': 'https://schema.org', '@type': 'JobPosting', title: 'Senior Data Engineer', description: '<p>Pipelines in Python for a remote team.</p>', hiringOrganization: { name: 'Acme' }, jobLocationType: 'TELECOMMUTE', datePosted: '2026-07-01' };
    const doc = parseHtml(
      `<html><head><link rel="canonical" href="${url}"><script type="application/ld+json">${JSON.stringify(jsonLd)}</script></head><body><table>
        ${row(123456, 'Senior Data Engineer', 'Acme', '<div class="location tooltip">🌏 Worldwide</div>').replace('class="job job-123456"', 'class="job job-123456 active"')}
        ${row(123457, 'ML Engineer', 'Beta', '<div class="location tooltip">🇪🇺 Europe</div>')}</table></body></html>`,
      url,
    );
    const extraction = extractPage(doc, url);
    expect(extraction.items).toHaveLength(2);
    expect(extraction.items[0]!.posting).toMatchObject({ id: 'remoteok:123456', title: 'Senior Data Engineer', company: 'Acme', workplace: 'remote', missing: [] });
    expect(extraction.items[0]!.posting.description).toContain('Pipelines in Python');
  });
});
