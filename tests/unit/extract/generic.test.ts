import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../lib/extract/dom-node';
import { extractGeneric } from '../../../lib/extract/generic';
import { extractPage } from '../../../lib/extract/index';
import { Posting } from '../../../lib/model';

const URL_ = 'https://careers.acme.org/roles/ml-engineer';
const LONG = 'We build retrieval and ranking systems in Python for researchers around the world. '.repeat(5);

describe('generic reader ("Evaluate this page")', () => {
  it('reads schema.org microdata', () => {
    const doc = parseHtml(
      `<html><body><div itemscope itemtype="https://schema.org/JobPosting">
        <h1 itemprop="title">ML Engineer</h1>
        <div itemprop="hiringOrganization" itemscope itemtype="https://schema.org/Organization"><span itemprop="name">Acme</span></div>
        <meta itemprop="employmentType" content="FULL_TIME"><meta itemprop="jobLocationType" content="TELECOMMUTE">
        <time itemprop="datePosted" datetime="2026-01-05">Jan 5</time>
        <div itemprop="description"><p>${LONG}</p><p>Write to <a href="mailto:ml@acme.org">us</a>.</p></div>
      </div></body></html>`,
      URL_,
    );
    const posting = Posting.parse(extractGeneric(doc, URL_));
    expect(posting).toMatchObject({
      board: 'careers.acme.org', source: 'generic', title: 'ML Engineer', company: 'Acme', workplace: 'remote',
      employment: ['full-time'], datePosted: '2026-01-05', emails: ['ml@acme.org'],
    });
  });

  it('falls back to the heading, Open Graph site name and the main text', () => {
    const doc = parseHtml(
      `<html><head><meta property="og:site_name" content="Acme"><title>Careers</title></head>
       <body><nav>Home About</nav><main><h1>Data Engineer</h1><p>${LONG}</p></main></body></html>`,
      URL_,
    );
    const posting = extractGeneric(doc, URL_)!;
    expect(posting).toMatchObject({ title: 'Data Engineer', company: 'Acme', source: 'generic' });
    expect(posting.description).toContain('retrieval and ranking');
    expect(posting.description).not.toContain('Home About');
  });

  it('declines a page with too little text to be a posting', () => {
    expect(extractGeneric(parseHtml('<html><body><h1>Log in</h1><p>Password</p></body></html>', URL_), URL_)).toBeNull();
  });

  it('is used by extractPage only when asked', () => {
    const doc = parseHtml(`<html><body><main><h1>Data Engineer</h1><p>${LONG}</p></main></body></html>`, URL_);
    expect(extractPage(doc, URL_).kind).toBe('none');
    const asked = extractPage(doc, URL_, { generic: true });
    expect(asked).toMatchObject({ board: null, kind: 'posting' });
    expect(asked.items[0]!.element).toBe(doc.body);
  });
});
