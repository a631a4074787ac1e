// The user's own words for a criterion (CriterionSettings.keywords): any of them in the posting counts.
import { sentenceAround } from '../../text/sentences';
import type { CriterionContext } from '../context';

/** The sentence around the first of the criterion's extra keywords found in the posting, or null. */
export function findKeyword({ settings, lower, text }: CriterionContext): string | null {
  for (const keyword of settings.keywords) {
    const needle = keyword.trim().toLowerCase();
    if (!needle) continue;
    const index = lower.indexOf(needle);
    if (index >= 0) return sentenceAround(text, index);
  }
  return null;
}
