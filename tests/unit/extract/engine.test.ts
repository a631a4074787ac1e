import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../lib/extract/dom-node';
import { defineBoard, PAGE_URL, readField, readPartial, scriptJson } from '../../../lib/extract/engine';
import { canonicalUrl, postingId } from '../../../lib/extract/ids';
import { match, remove } from '../../../lib/extract/processors';

const URL_ = 'https://jobs.example.com/acme/123?utm_source=x';

const doc = parseHtml(
  `<html><head><title>Engineer at Acme</title></head><body>
    <div class="job" data-id="123">
      <h1> Data   Engineer </h1>
      <span class="meta">Full time /</span>
      <a class="apply" href="/acme/123/apply">Apply</a>
      <div class="desc"><p>Build pipelines.</p><p>Mail <a href="mailto:Hiring@Acme.com?subject=hi">us</a> or jobs at acme dot com</p><script>var x = 1;</script></div>
    </div>
    <script>window.__state = {"jobs":[{"title":"a \\"quoted\\" }{ title"}]}; var other = 2;</script>
  </body></html>`,
  URL_,
);

describe('field reading', () => {
  it('reads folded textContent by default, attributes with @attr and paragraphs with @html', () => {
    expect(readField(doc, 'h1', URL_)?.value).toBe('Data Engineer');
    expect(readField(doc, '.job@data-id', URL_)?.value).toBe('123');
    expect(readField(doc, '.desc@html', URL_)?.value).toBe('Build pipelines.\n\nMail us or jobs at acme dot com');
  });

  it('tries selectors in order and skips empty or missing ones', () => {
    expect(readField(doc, ['.missing', '.job@data-missing', 'h1'], URL_)?.value).toBe('Data Engineer');
    expect(readField(doc, ['.missing'], URL_)).toBeNull();
  });

  it('does not take an @ inside an attribute selector for a read suffix, and survives invalid selectors', () => {
    expect(readField(doc, 'a[href*="/apply"]', URL_)?.value).toBe('Apply');
    expect(readField(doc, ['a[href*=', 'h1'], URL_)?.value).toBe('Data Engineer');
  });

  it('applies processors in order; a null result moves on to the next selector', () => {
    const spec = { from: ['title', 'h1'], process: [match(/Engineer at (\w+)/, 1)] };
    expect(readField(doc, spec, URL_)?.value).toBe('Acme');
    const fallsThrough = { from: ['h1', '.meta'], process: [match(/time/)] };
    expect(readField(doc, fallsThrough, URL_)?.value).toBe('time');
    expect(readField(doc, { from: ['.meta'], process: [remove(/\s*\/\s*$/)] }, URL_)?.value).toBe('Full time');
  });

  it('reads the page URL through PAGE_URL', () => {
    expect(readField(doc, { from: [PAGE_URL], process: [match(/acme\/(\d+)/, 1)] }, URL_)?.value).toBe('123');
  });
});

describe('readPartial', () => {
  it('converts texts into Posting values and collects mailto addresses of the description', () => {
    const { partial, failed } = readPartial(
      doc,
      { title: 'h1', employment: '.meta', applyUrl: 'a.apply@href', description: '.desc@html', salary: '.missing', workplace: '.meta' },
      URL_,
    );
    expect(partial).toMatchObject({ title: 'Data Engineer', employment: ['full-time'], applyUrl: 'https://jobs.example.com/acme/123/apply' });
    expect(partial.emails).toEqual(['hiring@acme.com']);
    // "Full time /" states no work arrangement: a workplace selector that reads it counts as missed.
    expect(failed.sort()).toEqual(['salary', 'workplace']);
  });

  it('finds the address of a contact line after a very long word without reading the word again from each letter', () => {
    // 80,000 letters took 5.7 s of the page's main thread when each letter could start an address.
    const long = parseHtml(`<p class="contact">${'a'.repeat(80_000)} mail jobs@acme.io, not ${'b'.repeat(70)}@acme.io</p>`, URL_);
    expect(readPartial(long, { emails: '.contact' }, URL_).partial.emails).toEqual(['jobs@acme.io']);
  });
});

describe('scriptJson', () => {
  it('reads an assigned object from inline script text, strings with brackets and quotes included', () => {
    expect(scriptJson(doc, 'window.__state')).toEqual({ jobs: [{ title: 'a "quoted" }{ title' }] });
    expect(scriptJson(doc, 'window.__absent')).toBeNull();
  });
});

describe('defineBoard', () => {
  it('refuses an adapter that names no tested page and no reason', () => {
    expect(() => defineBoard({ id: 'x', name: 'X', urls: ['https://x.example/*'], testedOn: [] })).toThrow(/untested/);
    expect(defineBoard({ id: 'x', name: 'X', urls: ['https://x.example/*'], testedOn: [], untested: 'docs' }).id).toBe('x');
  });
});

describe('ids', () => {
  it('drops tracking parameters and fragments, keeps the ones that name the job', () => {
    expect(canonicalUrl('https://Jobs.Example.com/a?utm_source=hn&gh_jid=42&refId=x&trackingId=y#apply')).toBe('https://jobs.example.com/a?gh_jid=42');
    expect(canonicalUrl('https://www.linkedin.com/jobs/view/123/?currentJobId=123&trk=public')).toBe('https://www.linkedin.com/jobs/view/123/');
    expect(canonicalUrl('https://www.linkedin.com/jobs/search/?currentJobId=456&keywords=ml')).toBe('https://www.linkedin.com/jobs/search/?currentJobId=456&keywords=ml');
    expect(canonicalUrl('https://news.ycombinator.com/item?id=25267134')).toBe('https://news.ycombinator.com/item?id=25267134');
    expect(canonicalUrl(' not a url ')).toBe('not a url');
  });

  it('names a posting by board job id when there is one, else by canonical URL', () => {
    expect(postingId('lever', 'abc', 'https://x')).toBe('lever:abc');
    expect(postingId('web', null, 'https://x.org/j?utm_medium=a')).toBe('url:https://x.org/j');
    expect(postingId('web', '  ', 'https://x.org/j')).toBe('url:https://x.org/j');
  });
});
