// At least one advertised role is ML / AI / data / retrieval work, judged from the role's own title and duties,
// not from the company describing itself as an "AI company".
import { sentenceAround, sentenceBounds } from '../../text/sentences';
import type { Criterion, CriterionContext } from '../context';
import { findKeyword } from './keywords';

/** Role titles that are ML / data work by themselves. */
const ROLE_TITLE = new RegExp(
  String.raw`\b(?:` +
    [
      String.raw`data (?:scien\w+|engineer\w*|analyst\w*|analytics|architect\w*|platform engineer\w*|infrastructure engineer\w*|warehouse engineer\w*|modell?er|specialist|lead|team lead)`,
      String.raw`(?:analytics|bi|business intelligence|etl|big data|dataops|data ops) (?:engineer\w*|developer\w*|analyst\w*|lead)`,
      String.raw`(?:machine learning|ml|ai|ml/ai|ai/ml|deep learning|dl|nlp|natural language processing|computer vision|cv|vision|perception|search|relevance|ranking|recommendations?|recommender|personali[sz]ation|retrieval|llm|genai|generative ai|applied ai|mlops|ml ops|ml infrastructure|ml platform|ml systems|speech|conversational ai)[- ](?:engineer\w*|scientist\w*|researcher\w*|developer\w*|research engineer\w*|infrastructure engineer\w*|platform engineer\w*|specialist\w*|architect\w*|lead|team lead|intern\w*|engineering manager)`,
      String.raw`(?:research|applied|decision|quantitative|research data|ml|ai) scientists?`,
      String.raw`(?:mlops|ml ops|statisticians?|data science|machine learning|business intelligence analysts?|quantitative analysts?|quants?|bioinformatics engineer\w*)`,
      String.raw`head of (?:data|ai|ml|machine learning|analytics)`,
    ].join('|') +
    String.raw`)\b`,
  'g',
);

/** Topics that make a role ML / data work when they are its duties, not the company's pitch. */
const TOPIC = new RegExp(
  String.raw`\b(?:machine[- ]learning|deep learning|\bml\b|\bai\b|artificial intelligence|nlp|natural language|computer vision|data pipelines?|etl|elt|data (?:infrastructure|platform|warehouse|warehousing|lake|modeling|modelling|engineering|science|analysis|analytics|mining|processing|ingestion|integration)|analytics|recommendation(?:s| systems?| engines?)?|recommender|search (?:relevance|ranking|quality|infrastructure|engine)|ranking|information retrieval|retrieval|embeddings?|vector (?:search|database)|llms?|large language models?|rag|ai agents?|agentic|models? training|train(?:ing)? (?:ml |deep |neural )?models|neural (?:networks?|nets?)|inference|predictive model\w*|statistical model\w*|statistics|spark|airflow|dbt|pytorch|tensorflow|kafka streams|big data|speech recognition|image recognition|forecasting|mlops|feature store|experimentation platform)\b`,
  'g',
);

const DUTY = /\b(?:you(?:'ll|’ll| will| would)|you['’]?re|your (?:job|role|work|responsibilit\w*)|responsib\w+|build(?:ing)?|develop(?:ing)?|design(?:ing)?|own(?:ing)?|work(?:ing)? on|train(?:ing)?|deploy(?:ing)?|implement(?:ing)?|improv(?:e|ing)|scal(?:e|ing)|research(?:ing)?|looking for|hiring|seeking|we need|role|position|engineer\w*|scientists?|join (?:our|the))\b/;
const NICE_TO_HAVE = /\b(?:nice[- ]to[- ]have|bonus|a plus|is a plus|plus if|preferred|familiarity|exposure to|interest in|interested in|curious about|not required|no (?:prior )?(?:ml|machine learning|ai) (?:experience|background)|don['’]t need)\b/;
const COMPANY_PITCH = /\b(?:we are|we['’]re|our (?:company|mission|platform|product|customers|clients)|company|startup|founded|powered by|leverag\w+|uses? (?:ai|ml|machine learning)|ai[- ](?:powered|driven|native|first)|funded|backed by|raised|investors?)\b/;
/** Duties of a generic engineer that are not ML work even next to ML words ("full-stack app for our ML platform"). */
const GENERIC_ROLE = /\b(?:front[- ]?end|full[- ]?stack|back[- ]?end|ios|android|mobile|designer|product manager|sales|account executive|recruiter|marketing|devops|sre|site reliability|qa|support)\b/;

function roleTitleEvidence(context: CriterionContext): string | null {
  const { lower, text } = context;
  ROLE_TITLE.lastIndex = 0;
  for (let match = ROLE_TITLE.exec(lower); match; match = ROLE_TITLE.exec(lower)) {
    const { start, end } = sentenceBounds(lower, match.index);
    const sentence = lower.slice(start, end);
    // "Experience working with data scientists" / "partner with our data engineers": colleagues, not the role.
    const before = lower.slice(Math.max(start, match.index - 40), match.index);
    if (/\b(?:with|alongside|for|support(?:ing|s)?|partner(?:ing)? with|help(?:ing|s)?|enable|enabling|empower\w*|by|serve|like|of)\s+(?:our\s+|the\s+|other\s+|fellow\s+|internal\s+|\w+\s+)?$/.test(before)) continue;
    if (/^(?:data science|machine learning)$/.test(match[0]) && !DUTY.test(sentence)) continue;
    if (NICE_TO_HAVE.test(sentence) && !/\b(?:hiring|looking for|seeking|positions?|roles?|openings?)\b/.test(sentence)) continue;
    return sentenceAround(text, match.index);
  }
  return null;
}

function dutyEvidence(context: CriterionContext): string | null {
  const { lower, text, headerStart, headerEnd } = context;
  const headerIsFields = lower.slice(headerStart, headerEnd).includes('|');
  TOPIC.lastIndex = 0;
  for (let match = TOPIC.exec(lower); match; match = TOPIC.exec(lower)) {
    const { start, end } = sentenceBounds(lower, match.index);
    const sentence = lower.slice(start, end);
    if (NICE_TO_HAVE.test(sentence)) continue;
    // In the header line ("Acme | ML Engineer, Backend | Remote") a topic names the role.
    if (headerIsFields && match.index >= headerStart && match.index < headerEnd && !COMPANY_PITCH.test(sentence)) {
      if (match[0] === 'ai' || match[0] === 'ml' || match[0] === 'inference') continue;
      return sentenceAround(text, match.index);
    }
    if (!DUTY.test(sentence) || COMPANY_PITCH.test(sentence) || GENERIC_ROLE.test(sentence)) continue;
    if (match[0] === 'ai' || match[0] === 'statistics' || match[0] === 'spark' || match[0] === 'kafka streams') continue;
    return sentenceAround(text, match.index);
  }
  return null;
}

export const mlData: Criterion = {
  id: 'ml-data',
  label: 'ML / data / retrieval work',
  defaultWeight: 30,
  evaluate(context) {
    const weight = context.settings.weight;
    const evidence = roleTitleEvidence(context) ?? dutyEvidence(context) ?? findKeyword(context);
    return evidence ? { met: true, points: weight, evidence } : { met: false, points: 0, evidence: null };
  },
};
