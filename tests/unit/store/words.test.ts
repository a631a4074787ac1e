import { describe, expect, it } from 'vitest';
import { jobWords, searchTerms } from '../../../lib/store/words';
import { makeJob, makePosting } from '../factories';

describe('jobWords', () => {
  it('lists each distinct word of title, company, location, description and notes once, folded', () => {
    const job = makeJob({
      posting: makePosting({ title: 'Senior C++ Engineer', company: 'Zürich AG', location: 'Remote (EU)', description: 'Build C# and C++ tools. Café, café!' }),
      notes: 'Ask about équipe',
    });
    job.company = job.posting.company;
    expect(jobWords(job).sort()).toEqual(['ag', 'ask', 'about', 'build', 'c#', 'c++', 'cafe', 'engineer', 'equipe', 'eu', 'remote', 'senior', 'tools', 'zurich'].sort());
  });

  it('leaves out words like "the" and keeps the start of a very long token', () => {
    const words = jobWords({ posting: makePosting({ title: 'The head of data', description: `id ${'x'.repeat(300)}` }), company: '', notes: '' });
    expect(words).toEqual(['head', 'data', 'remote', 'id', 'x'.repeat(24)]);
  });

  it('reads a corrupt record as far as it can', () => {
    expect(jobWords({ posting: { title: 42 } as never, company: 'Acme' })).toEqual(['acme']);
    expect(jobWords({})).toEqual([]);
  });
});

describe('searchTerms', () => {
  it('splits a query as job text is split, so a pasted title finds its job', () => {
    expect(searchTerms('  Node.js / Café  ENGINEER node ')).toEqual(['node', 'js', 'cafe', 'engineer']);
    expect(searchTerms('the and of')).toEqual([]);
    expect(searchTerms('x'.repeat(40))).toEqual(['x'.repeat(24)]);
  });
});
