import { describe, expect, it } from 'vitest';
import { hasCorpus } from '../../../../lib/corpus';
import { welcometothejungle } from '../../../../lib/extract/boards/welcometothejungle';
import { expectMatchesLabel } from './labelled';

describe.skipIf(!hasCorpus())('Welcome to the Jungle adapter on the saved French result list', () => {
  it('reads the 36 cards (sponsored ones included) by data-testid and chip icon names', () => {
    const extraction = expectMatchesLabel(welcometothejungle.testedOn[0]!);
    const postings = extraction.items.map((item) => item.posting);
    expect(new Set(postings.map((p) => p.id)).size).toBe(36);
    expect(postings.every((p) => /^welcometothejungle:[0-9a-f-]{36}$/.test(p.id) && p.url.includes('/fr/companies/'))).toBe(true);
    // Search highlights (<em>Stage</em>) are joined into the title without extra spaces.
    expect(postings[0]!.title).toBe('Stage : Technicien/Ingénieur Cybersécurité - H/F');
    expect(postings.filter((p) => p.employment.includes('internship'))).toHaveLength(35);
    expect(postings.find((p) => p.company === 'XAnge')?.employment).toEqual(['full-time']); // CDI
    expect(extraction.health?.failedFields).toEqual([]);
  });

  it('reads the French remote-work chips: "non autorisé" is on-site, "occasionnel" and "fréquent" are hybrid', () => {
    const postings = expectMatchesLabel(welcometothejungle.testedOn[0]!).items.map((item) => item.posting);
    const count = (workplace: string) => postings.filter((p) => p.workplace === workplace).length;
    expect({ onsite: count('onsite'), hybrid: count('hybrid'), remote: count('remote') }).toEqual({ onsite: 15, hybrid: 15, remote: 0 });
  });

  it('reads French salary chips ("850 à 1 250 € par mois", "1,5K € par mois") and ignores "< 1 €"', () => {
    const postings = expectMatchesLabel(welcometothejungle.testedOn[0]!).items.map((item) => item.posting);
    expect(postings[2]!.salary).toMatchObject({ min: 850, max: 1250, currency: 'EUR', period: 'month' });
    expect(postings.find((p) => p.company === 'En Voiture Simone')?.salary).toMatchObject({ min: 1500, currency: 'EUR', period: 'month' });
    expect(postings[1]!.salary).toBeNull();
  });
});
