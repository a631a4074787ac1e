// A level that fits an experienced practitioner (eight years): senior, staff, lead, principal or mid-level roles,
// not junior, entry-level or internship-only roles.
import { sentenceAround } from '../../text/sentences';
import type { Criterion } from '../context';

const LEVEL = /\b(?:(senior|sr\.?|staff|lead|principal|head of|director|mid[- ]?level|mid[- ]?senior|experienced|\d{1,2}\+? years)|(junior|jr\.?|entry[- ]level|graduate|new grad\w*|intern(?:s|ship)?|apprentice\w*))\b/g;

export const seniority: Criterion = {
  id: 'seniority',
  label: 'Experienced level',
  defaultWeight: 5,
  evaluate({ lower, text, settings }) {
    let junior: number | null = null;
    LEVEL.lastIndex = 0;
    for (let match = LEVEL.exec(lower); match; match = LEVEL.exec(lower)) {
      if (match[1]) return { met: true, points: settings.weight, evidence: sentenceAround(text, match.index) };
      junior ??= match.index;
    }
    if (junior !== null) return { met: false, points: 0, evidence: sentenceAround(text, junior) };
    return { met: null, points: settings.weight * 0.5, evidence: null };
  },
};
