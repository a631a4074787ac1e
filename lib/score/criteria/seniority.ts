// A level that fits an experienced practitioner (eight years): senior, staff, lead, principal or mid-level roles,
// not junior, entry-level or internship-only roles.
import { defineAnchors, matchesAt } from '../../text/anchors';
import { sentenceAround } from '../../text/sentences';
import type { Criterion } from '../context';
import { CRITERION_INFO } from './catalog';

const LEVEL = /(?:(senior|sr\.?|staff|lead|principal|head of|director|mid[- ]?level|mid[- ]?senior|experienced)|(junior|jr\.?|entry[- ]level|graduate|new grad\w*|intern(?:s|ship)?|apprentice\w*))\b/y;
const LEVEL_ANCHORS = defineAnchors([
  'senior', 'sr', 'staff', 'lead', 'principal', 'head of', 'director', 'mid*', 'experienced', 'junior', 'jr', 'entry*',
  'graduate', 'new grad*', 'intern*', 'apprentic*',
]);

export const seniority: Criterion = {
  ...CRITERION_INFO.seniority,
  evaluate(context) {
    const { lower, text, settings } = context;
    let junior: number | null = null;
    for (const match of matchesAt(LEVEL, lower, context.anchors(LEVEL_ANCHORS))) {
      if (match[1]) return { met: true, points: settings.weight, evidence: sentenceAround(text, match.index) };
      junior ??= match.index;
    }
    if (junior !== null) return { met: false, points: 0, evidence: sentenceAround(text, junior) };
    return { met: null, points: settings.weight * 0.5, evidence: null };
  },
};
