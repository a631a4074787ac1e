// Teaching, writing or developer-education work in the role: the user writes and teaches.
import { defineAnchors, matchesAt } from '../../text/anchors';
import { sentenceAround } from '../../text/sentences';
import type { Criterion } from '../context';
import { findKeyword } from './keywords';
import { CRITERION_INFO } from './catalog';

const TEACHING =
  /\b(?:teach\w*|instructors?|curricul\w+|course (?:author|creator|content)|(?:write|writing|author\w*) (?:tutorials?|docs|documentation|blog posts?|articles|guides|courses?)|technical writ\w+|tech writers?|developer (?:advocate|advocacy|relations|educat\w+|evangelis\w+)|devrel|educat(?:or|ors|ional content)|workshops?|tutorials?|lectur\w+|training materials?)\b/y;
const TEACHING_ANCHORS = defineAnchors([
  'teach*', 'instructor*', 'curricul*', 'course', 'write', 'writing', 'author*', 'technical', 'tech', 'developer', 'devrel',
  'educat*', 'workshop*', 'tutorial*', 'lectur*', 'training',
]);
const NOT_THE_ROLE = /\b(?:teachers|schools?|students|k-12|classrooms?|edtech|for educators|learners)\b/;
/** "we'll teach you", "we can teach you everything about our stack": what the hire will learn, not teach. */
const TAUGHT_TO_THE_HIRE = /^teach\w*\s+(?:you|new hires)\b|^teach(?:er|ers|ing)?[- ](?:trusted|and learning)\b/;
/** "Companies use our platform to teach …": the product teaches. */
const PRODUCT_TEACHES_BEFORE = /\b(?:platform|product|app|tool|software|service)s?\s+(?:to|that|which|helps?)\s+(?:\w+\s+)?$/;

export const teaching: Criterion = {
  ...CRITERION_INFO.teaching,
  evaluate(context) {
    const { lower, text, settings } = context;
    for (const match of matchesAt(TEACHING, lower, context.anchors(TEACHING_ANCHORS))) {
      const around = lower.slice(Math.max(0, match.index - 60), match.index + 60);
      // An edtech company's customers are teachers; the role is not teaching.
      if (NOT_THE_ROLE.test(around) && !/\b(?:you|write|writing|create|develop)\b/.test(around)) continue;
      if (TAUGHT_TO_THE_HIRE.test(lower.slice(match.index, match.index + 40))) continue;
      if (PRODUCT_TEACHES_BEFORE.test(lower.slice(Math.max(0, match.index - 40), match.index))) continue;
      return { met: true, points: settings.weight, evidence: sentenceAround(text, match.index) };
    }
    const keyword = findKeyword(context);
    return keyword ? { met: true, points: settings.weight, evidence: keyword } : { met: false, points: 0, evidence: null };
  },
};
