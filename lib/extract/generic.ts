// Reading a job page no adapter knows, when the user asks ("Evaluate this page"): JSON-LD, then schema.org
// microdata, then Open Graph tags and the page's main text.
import type { Posting } from '../model';
import { htmlToText } from '../text/html';
import { elementText, finishPosting, mailtoAddresses, queryAll, readPartial } from './engine';
import { siteName } from './ids';
import { findJobPostingsJsonLd, postingFromJsonLd } from './jsonld';

/** Below this, the "main text" is navigation or a cookie banner, not a job description. */
const MIN_DESCRIPTION_CHARS = 200;

function microdata(doc: Document, url: string): Partial<Posting> | null {
  const scope = queryAll(doc, '[itemscope][itemtype*="JobPosting" i]')[0];
  if (!scope) return null;
  const { partial } = readPartial(
    scope,
    {
      title: ['[itemprop="title"]@content', '[itemprop="title"]'],
      company: ['[itemprop="hiringOrganization"] [itemprop="name"]@content', '[itemprop="hiringOrganization"] [itemprop="name"]', '[itemprop="hiringOrganization"]'],
      location: ['[itemprop="jobLocation"] [itemprop="address"]', '[itemprop="jobLocation"]'],
      workplace: ['[itemprop="jobLocationType"]@content', '[itemprop="jobLocationType"]'],
      employment: ['[itemprop="employmentType"]@content', '[itemprop="employmentType"]'],
      salary: ['[itemprop="baseSalary"]'],
      datePosted: ['[itemprop="datePosted"]@content', '[itemprop="datePosted"]@datetime', '[itemprop="datePosted"]'],
      description: ['[itemprop="description"]@html'],
    },
    url,
  );
  return partial.title ? partial : null;
}

function meta(doc: Document, name: string): string {
  const element = queryAll(doc, `meta[property="${name}"], meta[name="${name}"]`)[0];
  return (element?.getAttribute('content') ?? '').trim();
}

function openGraph(doc: Document): Partial<Posting> | null {
  const main = ['main', 'article', '[role="main"]', '#content', 'body'].map((selector) => queryAll(doc, selector)[0]).find(Boolean);
  const description = main ? htmlToText(main.innerHTML) : '';
  const heading = queryAll(doc, 'h1')[0];
  const title = (heading ? elementText(heading) : '') || meta(doc, 'og:title') || (doc.title ?? '').trim();
  if (!title || description.length < MIN_DESCRIPTION_CHARS) return null;
  return {
    title,
    company: meta(doc, 'og:site_name'),
    description,
    emails: main ? mailtoAddresses(main) : [],
  };
}

/** The one posting a page shows, or null when it does not look like a job page. */
export function extractGeneric(doc: Document, url: string): Posting | null {
  const site = siteName(url);
  const jsonLd = findJobPostingsJsonLd(doc)[0];
  if (jsonLd) return finishPosting(site, postingFromJsonLd(jsonLd, url), url, 'jsonld');
  const read = microdata(doc, url) ?? openGraph(doc);
  return read ? finishPosting(site, read, url, 'generic') : null;
}
