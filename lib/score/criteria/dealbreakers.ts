// What the user will not take whatever the rest says: office-only or hybrid work, relocation, security clearance,
// a remote region that excludes them, their own phrases. A hit forces the verdict to skip.
import { defineAnchors, type AnchorSet } from '../../text/anchors';
import { sentenceAround } from '../../text/sentences';
import { userInRegions } from '../regions';
import type { Criterion, CriterionContext } from '../context';
import { CRITERION_INFO } from './catalog';

const RELOCATION = /\b(?:(?:must|need to|needs to|required to|willing(?:ness)? to|have to|expected to|will need to|able to) relocate|relocation (?:is )?(?:required|mandatory|necessary|expected)|must (?:live|be based|reside) (?:in|within|near))\b/g;
const NOT_REQUIRED = /\b(?:not (?:required|necessary|needed)|no need|optional|don['’]t need|do not need|or remote|if you prefer)\b/;
const RELOCATION_ANCHORS = defineAnchors(['relocat*', 'must live', 'must be based', 'must reside']);
const CLEARANCE_ANCHORS = defineAnchors(['clearance', 'ts/sci']);
const CLEARANCE = /\b(?:security clearance|(?:secret|top secret|ts\/sci|ts|sci|dv|sc|public trust) clearance|clearance (?:is )?required|(?:active|current|existing|obtain|eligib\w+ (?:for|to obtain)(?: a)?) (?:a )?(?:security )?clearance|ts\/sci)\b/g;

/** The sentence of the first match of `pattern` near one of the anchors (the pattern runs only there). */
function firstMatch(pattern: RegExp, anchors: AnchorSet, context: CriterionContext, exclude?: RegExp): string | null {
  const { lower, text } = context;
  for (const hit of context.anchors(anchors)) {
    const from = Math.max(0, hit.start - 50);
    const window = lower.slice(from, hit.end + 50);
    pattern.lastIndex = 0;
    for (let match = pattern.exec(window); match; match = pattern.exec(window)) {
      const around = window.slice(Math.max(0, match.index - 40), match.index + match[0].length + 40);
      if (exclude && exclude.test(around)) continue;
      return sentenceAround(text, from + match.index);
    }
  }
  return null;
}

function dealbreaker(context: CriterionContext): string | null {
  const { profile, workplace } = context;
  const rules = profile.dealbreakers;
  if (rules.onsiteOnly && workplace.workplace === 'onsite') return `On-site only: ${workplace.evidence ?? ''}`.trim();
  if (rules.hybrid && workplace.workplace === 'hybrid') return `Hybrid: ${workplace.evidence ?? ''}`.trim();
  if (rules.regionExcludesUser && workplace.workplace === 'remote' && workplace.scope === 'restricted') {
    if (userInRegions(workplace.regions, profile.country, profile.timeZone) === false) {
      return `Remote only in ${workplace.regions.join(', ')}: ${workplace.scopeEvidence ?? ''}`.trim();
    }
  }
  if (rules.relocation && workplace.workplace !== 'remote') {
    const found = firstMatch(RELOCATION, RELOCATION_ANCHORS, context, NOT_REQUIRED);
    if (found) return `Relocation: ${found}`;
  }
  if (rules.securityClearance) {
    const found = firstMatch(CLEARANCE, CLEARANCE_ANCHORS, context, /\b(?:no|not|without|don['’]t need)\s+(?:a\s+)?(?:security\s+)?clearance/);
    if (found) return `Security clearance: ${found}`;
  }
  for (const phrase of rules.phrases) {
    const needle = phrase.trim().toLowerCase();
    const index = needle ? context.lower.indexOf(needle) : -1;
    if (index >= 0) return `“${phrase}”: ${sentenceAround(context.text, index)}`;
  }
  return null;
}

export const dealbreakers: Criterion = {
  ...CRITERION_INFO.dealbreakers,
  evaluate(context) {
    const found = dealbreaker(context);
    return found ? { met: false, points: 0, evidence: found, dealbreaker: true } : { met: true, points: context.settings.weight, evidence: null };
  },
};
