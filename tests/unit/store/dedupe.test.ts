import { describe, expect, it } from 'vitest';
import { descriptionSimilarity, fingerprint, normalizeCompany, normalizeTitle } from '../../../lib/store/dedupe';

describe('fingerprint', () => {
  it.each([
    ['Senior Machine Learning Engineer (Remote)', 'machine learning engineer'],
    ['Machine Learning Engineer - Remote US', 'machine learning engineer'],
    ['Sr. Machine Learning Engineer | Remote, Europe', 'machine learning engineer'],
    ['Machine Learning Engineer (Remote - EMEA)', 'machine learning engineer'],
    ['Remote Machine-Learning Engineer', 'machine learning engineer'],
    ['Data Scientist, Search', 'data scientist search'],
    ['Data Scientist II – Ads Ranking', 'data scientist ads ranking'],
    ['Ingénieur Données (Paris / Hybrid)', 'ingenieur donnees'],
    ['Staff Engineer (Platform)', 'staff engineer platform'],
  ])('normalises the title %j to %j', (title, expected) => {
    expect(normalizeTitle(title)).toBe(expected);
  });

  it.each([
    ['Acme Data, Inc.', 'acme data'],
    ['ACME DATA LLC', 'acme data'],
    ['Zürich Analytics GmbH', 'zurich analytics'],
    ['AT&T', 'at and t'],
    ['Company', 'company'],
  ])('normalises the company %j to %j', (company, expected) => {
    expect(normalizeCompany(company)).toBe(expected);
  });

  it('is the same for board variants of one role and differs for another role', () => {
    const ats = fingerprint({ company: 'Acme Data', title: 'Senior ML Engineer - Remote US' });
    expect(fingerprint({ company: 'Acme Data, Inc.', title: 'Sr ML Engineer (Remote)' })).toBe(ats);
    expect(fingerprint({ company: 'Acme Data', title: 'ML Engineer, Platform' })).not.toBe(ats);
    expect(fingerprint({ company: 'Acme Analytics', title: 'ML Engineer' })).not.toBe(ats);
  });
});

describe('descriptionSimilarity', () => {
  const text = Array.from({ length: 60 }, (_, i) => `word${i}`).join(' ');

  it('is 1 for the same text, high for a light edit, low for another text', () => {
    expect(descriptionSimilarity(text, text)).toBe(1);
    expect(descriptionSimilarity(text, `${text} Apply today!`)).toBeGreaterThanOrEqual(0.8);
    const other = Array.from({ length: 60 }, (_, i) => `other${i}`).join(' ');
    expect(descriptionSimilarity(text, other)).toBe(0);
  });

  it('cannot tell when a text is too short to compare', () => {
    expect(descriptionSimilarity(text, 'Short card text.')).toBeNull();
  });
});
