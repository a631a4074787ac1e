// At least one advertised role is ML / AI / data / retrieval work, judged from the role's own title and duties,
// not from the company describing itself as an "AI company".
import { defineAnchors, matchesAt } from '../../text/anchors';
import { lineBounds, sentenceAround, sentenceBounds } from '../../text/sentences';
import type { Criterion, CriterionContext } from '../context';
import { findKeyword } from './keywords';
import { CRITERION_INFO } from './catalog';

/** What else a list of roles' areas may name beside ML or data ("ML, Design, and Product Engineers"). */
const ROLE_AREA = String.raw`(?:platform|backend|back-end|frontend|front-end|infra\w*|full[- ]?stack|product|software|research|devops|mobile|data(?: science)?|systems|cloud|web|design|ml|ai)`;

/** Role titles that are ML / data work by themselves. */
const ROLE_TITLE = new RegExp(
  String.raw`\b(?:` +
    [
      String.raw`data(?:\s?/\s?[a-z]+| science)? (?:scientists?|engineers?|analysts?|architects?|technologists?|platform engineer\w*|infrastructure engineer\w*|warehouse engineer\w*|modell?er|specialist|lead|team lead)`,
      String.raw`(?:analytics|bi|business intelligence|etl|big data|dataops|data ops) (?:engineer\w*|developer\w*|analyst\w*|lead|manager)`,
      String.raw`(?:machine learning|ml|ai|ml/ai|ai/ml|deep learning|dl|nlp|natural language processing|computer vision|cv|vision|perception|search|relevance|ranking|recommendations?|recommender|personali[sz]ation|retrieval|llm|genai|generative ai|applied ai|mlops|ml ops|ml infrastructure|ml platform|ml systems|speech|conversational ai)(?:[- /](?:infra|infrastructure|platform|systems|ops|software|research|data|applied|backend|product|full[- ]stack|applications?|swe|performance|compilers?|kernels?|safety|evaluations?|evals|training|inference|runtime|efficiency|tooling)(?: (?:and|&) [a-z]+)?)?[- ](?:(?:staff|senior|sr\.?|principal|lead|founding|junior) )?(?:software )?(?:engineer\w*|engs?\b(?!\.)|scientist\w*|researcher\w*|developer\w*|devs?|research engineer\w*|infrastructure engineer\w*|platform engineer\w*|specialist\w*|architect\w*|lead|team lead|intern\w*|engineering manager)`,
      String.raw`(?:research|applied|decision|quantitative|research data|ml|ai) scientists?`,
      String.raw`(?:mlops|ml ops|statisticians?|business intelligence analysts?|(?:quantitative|marketing|product|growth|web|digital) analysts?)`,
      String.raw`(?:bioinformatics (?:engineers?|scientists?|developers?|analysts?)|bioinformaticians?)`,
      String.raw`head of (?:data|ai|ml|machine learning|analytics)`,
      String.raw`(?:ai )?agents? engineer\w*`,
      // "AI / Research Engineers", "Machine Learning and Backend Engineers", "AI, and Platform Engineers", "ML, Design,
      // and Product Engineers": areas sharing one role noun (a few: a run of ", data" must not be read from each word).
      String.raw`(?:ml|ai|machine learning|deep learning|data|nlp|computer vision|search)(?:\s*,\s*${ROLE_AREA}){0,8}\s*,?\s*(?:and|&|/|or)\s*${ROLE_AREA} (?:engineers?|scientists?|developers?|researchers?)`,
      // "Engineering (Full-stack and Infra) and Data Science / ML roles": the roles named after their area.
      String.raw`(?:ml|ai|machine learning|data science|data engineering|nlp|computer vision)(?:\s*(?:/|and|&)\s*(?:ml|ai|machine learning|data science|data engineering))? (?:roles|positions|openings)`,
      // "High-priority roles in ML", "engineers for AI", "openings in frontend, backend, data science": the area named
      // after the roles.
      // "Multiple roles are open …, including focuses on biomedical engineering, medical image processing, computer vision".
      String.raw`(?<=\b(?:roles?|positions?|openings?|engineers?)\s+(?:(?:are\s+)?open\s+[^.!?|]{0,40}?)?(?:in|for|including|(?:with\s+)?focus(?:es|ed)?\s+on|including\s+focus(?:es|ed)?\s+on)\s+(?:[a-z()/ -]{1,40},\s*){0,8})(?:ml|ai|machine learning|data science|data engineering|nlp|computer vision|(?:medical )?image processing)(?=\s*(?:[,.;:|)]|and\b|$))`,
      // "Staff SWE, AI", "Software Engineer – ML", "Backend Engineer (AI Systems)", "Senior Software Engineer (Vector DB)",
      // "Engineering Manager, Data Products": the qualifier after the role.
      String.raw`(?<=\b(?:swes?|engineers?|developers?|researchers?|engineering managers?)\s*(?:,|-|–|—|\()\s*(?:[a-z]+\s*(?:[,–—&/-]|and)\s*)?)(?:ai|ml|machine learning|llms?|genai|ai systems|ai agents|agentic(?: ai)?|ai infra\w*|ml infra\w*|ai/ml|ml/ai|agentops|llmops|data(?: (?:products?|platform|infra\w*|engineering|science))?(?![- ](?:planes?|visuali[sz]ation|cent(?:er|re)s?)\b)|vector (?:db|database|search)|search|retrieval|ranking|recommendations?|nlp|computer vision)\b(?![- ](?:company|startup|products?|powered|native|first)\b)`,
    ].join('|') +
    String.raw`)\b`,
  'y',
);

/** Topics that make a role ML / data work when they are its duties, not the company's pitch. */
const TOPIC = new RegExp(
  String.raw`\b(?:machine[- ]learning|deep learning|artificial intelligence|nlp|natural language|computer vision|data pipelines?|etl|elt|data (?:infrastructure|platform|warehouse|warehousing|lake|modeling|modelling|engineering|science|analysis|analytics|mining|ingestion|integration)|analytics (?:engineering|platform|infrastructure)|recommendation(?:s| systems?| engines?)?|recommender|personali[sz]ation|bayesian (?:[\w-]+ )?(?:model\w*|inference|statistics|methods|software|engineering)|probabilistic (?:model\w*|programming|inference)|quantitative model\w*|search (?:relevance|ranking|quality|infrastructure|engine)|ranking|information retrieval|retrieval|embeddings?|vector (?:search|database)|llms?|large language models?|rag|ai agents?|agentic|models? training|train(?:ing)? (?:ml |deep |neural )?models|neural (?:networks?|nets?)|predictive model\w*|statistical model\w*|statistics|spark|airflow|dbt|pytorch|tensorflow|kafka streams|big data|speech recognition|(?:medical )?image (?:recognition|processing|analysis|understanding)|ai/ml|ml/ai|ml (?:infrastructure|platform|systems?|models?|pipelines?|ops)|mlops|feature store|experimentation platform|(?:pre|post|mid)-?training|reinforcement learning|rl (?:environments?|infra\w*|training)|fine-?tuning (?:models|llms)?|evals|model evaluation|train(?:ing)? (?:our |the |your |large |foundation |frontier |custom |new )?(?:ml |ai |deep |neural |language |vision |foundation |generative )?models|(?:ml|ai|llm|gpu|dl|model|deep learning) inference|inference (?:infrastructure|infra|engines?|platform|performance|optimi[sz]ation|serving|stack|systems?|kernels?|runtime)|gpu clusters? for (?:training|inference)|training (?:infrastructure|infra|clusters?|runs|pipelines?|data)|ai infra(?:structure)?|ml infra|ml/inference|(?:ai|llm|coding|autonomous|voice|browser) agents?|agent (?:harness\w*|frameworks?|infrastructure|orchestration|memory|runtime|loops?|behaviou?r)|core agent|prompt engineering|context engineering|medical imag\w*|(?:compute|processing|ingestion|genomics?|bioinformatics|discovery|evaluation|eval) pipelines?|pipelines? for (?:\w+ )?data|data layer|inference|\bml\b|\bai\b)\b`,
  'y',
);
/** The first words of ROLE_TITLE and TOPIC, where those patterns are tried. */
const ML_ANCHORS = defineAnchors([
  'data', 'analytics', 'bi', 'business', 'marketing analyst*', 'product analyst*', 'growth analyst*', 'web analyst*', 'digital analyst*', 'bioinformatician*', 'dataeng', 'etl', 'elt', 'big', 'dataops', 'machine', 'ml', 'ai', 'ml/ai', 'ai/ml', 'deep',
  'dl', 'nlp', 'natural', 'computer', 'cv', 'vision', 'perception', 'search', 'relevance', 'ranking', 'recommendation',
  'recommendations', 'recommender', 'personalization', 'personalisation', 'retrieval', 'llm', 'llms', 'genai',
  'generative', 'applied', 'mlops', 'speech', 'conversational', 'research', 'decision', 'quantitative', 'quant',
  'statistician', 'statisticians', 'statistical', 'statistics', 'head', 'artificial', 'information', 'embedding',
  'embeddings', 'vector', 'large', 'rag', 'agentic', 'model', 'models', 'train', 'training', 'neural', 'inference',
  'predictive', 'spark', 'airflow', 'dbt', 'pytorch', 'tensorflow', 'kafka', 'medical', 'image', 'feature',
  'experimentation', 'pretraining', 'pre-training', 'posttraining', 'post-training', 'mid-training', 'reinforcement', 'rl', 'fine-tuning',
  'finetuning', 'evals', 'gpu', 'llm', 'coding', 'autonomous', 'voice', 'browser', 'agent', 'core', 'prompt', 'context', 'compute', 'processing', 'ingestion', 'genomic', 'genomics', 'bioinformatics', 'discovery',
  'evaluation', 'eval', 'pipeline', 'pipelines', 'bayesian', 'probabilistic', 'agentops', 'llmops',
]);

const EMBED_VERB_AFTER = /^\s+(?:our|the|a|an|it|them|your|this|these|its|into|directly|with)\b/;

/** "an app that uses computer vision", "driving AI agents effectively": the product or the worker uses the topic,
 *  the role does not build it. */
const PRODUCT_USES_BEFORE = /\b(?:that|which) (?:uses?|leverages?|relies on|employs?)\s+$/;
const WORKER_USES_BEFORE = /\b(?:us(?:e|es|ing)|driv(?:e|es|ing)|leverag(?:e|es|ing)|embrac(?:e|es|ing)|adopt(?:s|ing)?)\s+$/;
/** Agents and models a developer works with as tools ("driving AI agents", "using LLMs"). */
const TOOL_TOPIC = /^(?:(?:ai|coding) agents?|llms?)$/;
/** A duty verb shortly before the topic: "you will build data pipelines", "train and deploy models". */
const DUTY_BEFORE = /\b(?:solv\w*|integrat\w*|extend\w*|ship(?:s|ping)?|build\w*|built(?!\s*:)|orchestrat\w*|contribut\w* to|develop\w*|design\w*|train\w*|deploy\w*|implement\w*|work(?:ing)? on|own\w*|scal(?:e|ing)|improv\w+|research\w*|architect(?:ing|ed)?\b|creat\w+|apply(?:ing)?|productioni[sz]\w*|writ(?:e|ing)|maintain\w*|focus\w* on|stitch\w*|optimi[sz]\w*|tackl\w*|evaluat\w*|fine-?tun\w*)\b[^.!?|]{0,80}$/;
// Spark and Kafka Streams never count as a topic (skipped above), so they are not listed here.
const TOOL = /^(?:airflow|dbt|pytorch|tensorflow)$/;
const TOOLS_BEFORE = /\b(?:like|such as|including|e\.g\.|technologies|tools|stack|using|with)[:\s]+(?:[\w.+#/-]+,?\s+(?:and\s+)?)*$/;
/** The sentence is about the advertised role, not the company. */
const ROLE_MARKER = /\b(?:you|your|help us|engineers? (?:at [\w.-]+ )?will|we (?:work on|are working on)|we['’]re working on|the (?:work|job|role)|this (?:role|job|team)|we(?:['’]re| are)? (?:hiring|looking|seeking)|looking for|hiring|seeking|candidates?|the role|this role|positions?|responsibilit\w+|engineers? (?:to|who)|someone|duties)\b/;
const NICE_TO_HAVE = /\b(?:nice[- ]to[- ]have|optional(?:ly)?|bonus|a plus|is a plus|plus if|preferred|familiarity|exposure to|interest in|interested in(?! working on| building| joining)|curious about|not required|no (?:prior )?(?:ml|machine learning|ai) (?:experience|background)|don['’]t need)\b/;
const COMPANY_PITCH = /\b(?:our (?:company|mission|customers|clients)|company|startup|founded|powered by|funded|backed by|raised|investors?|ai[- ](?:powered|driven|native|first))\b/;
/** People the role works with, or the company's customers: "alongside data scientists", "tools for data engineers". */
const COLLEAGUES_BEFORE = /\b(?:alongside|with|team of|teams of|blend of|mix of|group of|by (?:our|the)|(?:applications?|apps?|tools?|tooling|products?|platforms?|software|services?|solutions?|infrastructure|systems?|dashboards?|interfaces?|workflows?|apis?|stacks?|frameworks?|sdks?|librar(?:y|ies))\s+(?:\w+\s+)?(?:for|between)|mostly|people|team (?:is|has)|we['’]re \d+|we are \d+|together with|composed of|made up of|consisting of|consists of|founded by|led by|designed for|built for|made for|used by|tools? for|products? for|platform for|help(?:s|ing)?|enabl\w+|empower\w*|serv(?:e|es|ing)|support\w*|partner\w*|collaborat\w*|customers?(?! success)|clients?|users?)\b/;
const TEAM_AFTER = /^(?:\/[a-z]+)?\s+(?:teams?|group|department|org|organi[sz]ation|experts?|practitioners|researchers|scientists|folks|people)\b/;
const HIRING_TAIL = /\b(?:hiring|looking for|seeking|positions?|roles?|openings?)\b(?![\s\S]*\b(?:hiring|looking for|seeking|positions?|roles?|openings?)\b)/;
/** A bullet of a "positions:" list naming a role ("- signal processing and machine learning (mostly R&D)"). */
const ROLE_BULLET = /^\s*(?:[-*•]\s*(?=[a-z])|(?:[-*•+●▪◦‣]|\d+[.)])\s+)(?!(?:experience|knowledge|familiarity|understanding|proficiency|strong|solid|deep|good|excellent|\d+\+? years|degree|bs|ms|phd|background|ability|you)\b)(?!.*\b(?:experience\b|knowledge of|familiarity|skills? (?:in|with)|proficien\w+))/;

/** "Lead Software Engineer — Design and build LLM-driven workflows": a line that names a role, then its duties. */
const ROLE_THEN_DUTIES_LINE = /^\s*(?:(?:[-*•+●▪◦‣]|\d+[.)])\s*)?(?:[a-z]+[ ,/&]+){0,5}(?:engineer|developer|scientist|researcher|analyst|architect)s?\b[^—–:|.]{0,30}\s(?:—|–|:)\s/;

/** Data plumbing ("the financial and data infrastructure") is part of most backend roles; on a role line it does not
 *  make the role data work the way AI or retrieval duties do. */
const GENERIC_DATA_DUTY = /^(?:data|etl|elt|pipelines?)\b/;
/** "build the core platform: APIs, backend systems, data infrastructure, and front-end interfaces": the parts of any
 *  product, data among them. */
const OTHER_COMPONENT = /\b(?:apis?|backend|back-end|front-?end|mobile apps?|ui|uis|web (?:apps?|applications?)|payments?|integrations?)\b/g;

/** "If you're a pure Data Engineer who wrangles data tools, read the requirements": the role this one is not. */
const NOT_THIS_ROLE_BEFORE = /\b(?:pure|purely|just an?|only an?|not an?)\s+$/;

/** Nothing but a list marker between the start of the line and a role title. */
const LINE_START_BEFORE = /^\s*(?:(?:[-*•+●▪◦‣]|\d+[.)])\s*)?$/;
/** What ends a role's name: its parenthesis, a colon or dash before a link or details, or the end of the line. */
const ROLE_NAME_AFTER = /^(?:\s*[(:|–—-]|\s*$)/;

function roleTitleEvidence(context: CriterionContext): string | null {
  const { lower, text } = context;
  for (const match of matchesAt(ROLE_TITLE, lower, context.anchors(ML_ANCHORS))) {
    const { start, end } = sentenceBounds(lower, match.index);
    const sentence = lower.slice(start, end);
    const before = lower.slice(start, match.index);
    // Only what follows the last hiring word matters: "looking for devs to join our team of … data scientists".
    const hiring = before.search(HIRING_TAIL);
    if (COLLEAGUES_BEFORE.test(hiring < 0 ? before : before.slice(hiring))) continue;
    if (NOT_THIS_ROLE_BEFORE.test(before)) continue;
    // A line that is a role's name ("* Machine Learning Scientist (PyTorch, PhD preferred)") names the role whatever its
    // parenthesis says is preferred.
    const line = lineBounds(lower, match.index);
    const namesLine = line !== null && LINE_START_BEFORE.test(lower.slice(line.start, match.index)) && ROLE_NAME_AFTER.test(lower.slice(match.index + match[0].length, match.index + match[0].length + 3));
    if (!namesLine && NICE_TO_HAVE.test(sentence) && !/\b(?:hiring|looking for|seeking|positions?|roles?|openings?)\b/.test(sentence)) continue;
    return sentenceAround(text, match.index);
  }
  return null;
}

/** A post for one role that is not engineering or data work ("Founding GTM Lead"): its duties ("own messaging for a
 *  technical audience (LangChain, LLM orchestration)") sell or support the topic, they do not build it. */
const NON_TECHNICAL_ROLE = /\b(?:gtm|go[- ]to[- ]market|sales|marketing|marketer|account (?:executive|manager)|recruit\w*|customer success|community manager|office manager|executive assistant|copywriter|(?:product |graphic )?designer)\b/i;
const ONE_ROLE = /^(?!.*\band\b)[^,/&|+]+$/i;

function dutyEvidence(context: CriterionContext): string | null {
  const { lower, text, headerStart, headerEnd } = context;
  const title = context.posting.title;
  if (NON_TECHNICAL_ROLE.test(title) && ONE_ROLE.test(title)) return null;
  const headerIsFields = lower.slice(headerStart, headerEnd).includes('|');
  for (const match of matchesAt(TOPIC, lower, context.anchors(ML_ANCHORS))) {
    // Alone, these name a field or a tool, not the role's duties.
    if (match[0] === 'ml' || match[0] === 'ai' || match[0] === 'statistics' || match[0] === 'spark' || match[0] === 'kafka streams' || match[0] === 'inference') continue;
    const { start, end } = sentenceBounds(lower, match.index);
    const sentence = lower.slice(start, end);
    if (NICE_TO_HAVE.test(sentence)) continue;
    // In a field of the header line ("Acme | ML Engineer, Backend | Remote") a topic names the role.
    if (headerIsFields && match.index >= headerStart && match.index < headerEnd && headerFieldAround(lower, match.index, headerStart, headerEnd).length <= MAX_HEADER_FIELD) {
      if (sentence.length <= 100 && !COMPANY_PITCH.test(sentence) && !isTopicTags(sentence)) return sentenceAround(text, match.index);
      continue;
    }
    // "our data science team" names colleagues, not the duties.
    if (TEAM_AFTER.test(lower.slice(match.index + match[0].length, match.index + match[0].length + 16))) continue;
    const bounds = lineBounds(lower, match.index);
    const line = bounds && { start: bounds.start, text: lower.slice(bounds.start, bounds.end) };
    const before = lower.slice(start, match.index);
    // "Embedding our tech into e-commerce platforms": the verb, not vector embeddings.
    if (match[0] === 'embedding' && EMBED_VERB_AFTER.test(lower.slice(match.index + match[0].length, match.index + match[0].length + 12))) continue;
    // "using technologies like Airflow, Grafana": a tool the role uses, not the work it does.
    if (TOOL.test(match[0]) && TOOLS_BEFORE.test(before)) continue;
    // Bullets list a post's roles or a role's duties (requirement bullets are left out by ROLE_BULLET), unless
    // the list is headed "Nice to have" / "Requirements".
    if (line) {
      if (ROLE_BULLET.test(line.text) && (line.text.length <= 100 || DUTY_BEFORE.test(before)) && !notDutiesList(listHeading(lower, line.start))) {
        return sentenceAround(text, match.index);
      }
      if (line.text.length <= 100 && DUTIES_HEADING.test(lineListHeading(lower, line.start))) return sentenceAround(text, match.index);
      if (DUTIES_LABEL.test(line.text)) return sentenceAround(text, match.index);
    }
    if (!DUTY_BEFORE.test(before) || !(ROLE_MARKER.test(sentence) || (line !== null && ROLE_THEN_DUTIES_LINE.test(line.text) && !GENERIC_DATA_DUTY.test(match[0]))) || COMPANY_PITCH.test(sentence) || COLLEAGUES_BEFORE.test(before.slice(-30))) continue;
    if (PRODUCT_USES_BEFORE.test(before) || (TOOL_TOPIC.test(match[0]) && WORKER_USES_BEFORE.test(before))) continue;
    if (GENERIC_DATA_DUTY.test(match[0]) && (sentence.match(OTHER_COMPONENT) ?? []).length >= 2) continue;
    return sentenceAround(text, match.index);
  }
  return null;
}

/** Longer than this, a "field" of the header line is the post's prose run on after the fields. */
const MAX_HEADER_FIELD = 100;

/** The text between the pipes of the header line around `index`. */
function headerFieldAround(lower: string, index: number, headerStart: number, headerEnd: number): string {
  const start = Math.max(headerStart, lower.lastIndexOf('|', index) + 1);
  const pipe = lower.indexOf('|', index);
  return lower.slice(start, pipe < 0 || pipe > headerEnd ? headerEnd : pipe);
}

/** "Full Stack/Backend/Data/Design", "Engineering, Data, Data infra, Product": a header field listing the areas a post
 *  hires for, one of them data or ML. */
const DATA_AREA = /^(?:data|data ?eng|data (?:infra\w*|platform|engineering|science|analytics)|analytics|ml|ai|ml\/ai|ai\/ml|machine learning)$/;
const OTHER_AREA = /^(?:full[- ]?stack|backend|back[- ]end|frontend|front[- ]end|design|product|devops|sre|mobile|ios|android|engineering|platform|infra\w*|security|qa|sales|marketing|ops|operations|web|embedded|firmware|hardware|support)\b/;
/** Areas only engineering roles are named after: two of them make a comma list a list of roles, not of topics. */
const DISCIPLINE_AREA = /^(?:full[- ]?stack|backend|back[- ]end|frontend|front[- ]end|mobile|ios|android|devops|sre|web|embedded|firmware)$/;
const AREA_SEPARATOR = /\s*(?:[/,&]|\band\b)\s*/;

function headerAreaEvidence(context: CriterionContext): string | null {
  const { lower, text, headerStart, headerEnd } = context;
  // Most headers name no data area at all: look only where an ML anchor lies inside the header.
  if (!context.anchors(ML_ANCHORS).some((hit) => hit.start >= headerStart && hit.start < headerEnd)) return null;
  let offset = headerStart;
  for (const field of lower.slice(headerStart, headerEnd).split('|')) {
    const areas = field.split(AREA_SEPARATOR).map((area) => area.replace(/[()]/g, '').trim()).filter(Boolean);
    const disciplines = areas.filter((area) => DISCIPLINE_AREA.test(area)).length;
    if (areas.length >= 2 && (!isTopicTags(field) || disciplines >= 2) && areas.some((area) => DATA_AREA.test(area)) && areas.some((area) => OTHER_AREA.test(area))) {
      return sentenceAround(text, offset + field.search(/\S/));
    }
    offset += field.length + 1;
  }
  return null;
}

/** A header field that is a comma list of the company's topics ("healthcare, machine learning"), naming no role. */
const ROLE_NOUN = /\b(?:engineer\w*|swes?|scientists?|developers?|researchers?|analysts?|architects?|leads?|intern\w*|managers?|specialists?|infra\w*|platform|ops|roles?|positions?)\b/;
function isTopicTags(field: string): boolean {
  return field.includes(',') && !ROLE_NOUN.test(field);
}

const REQUIREMENTS_HEADING = /\b(?:nice[- ]to[- ]have|bonus|plus|requirements?|qualifications?|skills|experience|what you(?:['’]ll)? (?:bring|have|need)|about you|you have|ideal candidate|we(?:['’]d| would) love)\b/;
/** "Our stack:", "Tech we use:" ending the line above a list; a paragraph that mentions its stack earlier may still
 *  head a list of roles. */
const STACK_HEADING_END = /\b(?:stack|technologies|tech we use|tools we use)\b[^.!?]{0,20}$/;

/** A list whose bullets are not the role's duties: what the candidate brings, or the stack ("Our stack:\n- Airflow"). */
function notDutiesList(heading: string): boolean {
  // "…with strong design skills to shape our product. Specifically:": only the heading's last sentence says what follows.
  const lastSentence = heading.slice(Math.max(heading.lastIndexOf('. '), heading.lastIndexOf('! '), heading.lastIndexOf('? ')) + 1);
  return REQUIREMENTS_HEADING.test(lastSentence) || STACK_HEADING_END.test(lastSentence);
}

/** "You'll work on:", "Responsibilities:": the short lines below it are the role's duties, marked or not. */
const DUTIES_HEADING = /\b(?:you(?:['’]ll| will)(?: be)?(?: (?:work(?:ing)? on|build(?:ing)?|own(?:ing)?|do(?:ing)?|focus on))?|responsibilities|what you(?:['’]ll| will) do|in this role)\s*:\s*$/;

/** "Role: Full AI stack + product. Agent orchestration, evals, RAG": a line that says what the role does. */
const DUTIES_LABEL = /^\s*(?:[-*•]\s*)?(?:the )?(?:role|responsibilities|duties|what you(?:['’]ll| will) do|you(?:['’]ll| will) (?:work on|build|own))\s*:/;

/** The nearest line ending with ':' above a run of short lines, or '' when there is none within a few lines. */
function lineListHeading(lower: string, lineStart: number): string {
  let end = lineStart - 1;
  for (let guard = 0; end > 0 && guard < 8; guard++) {
    const start = lower.lastIndexOf('\n', end - 1) + 1;
    const line = lower.slice(start, end);
    if (line.trimEnd().endsWith(':')) return line;
    if (line.length > 100) return '';
    end = start - 1;
  }
  return '';
}

/** The line above a run of bullets ("Nice to have:"), or '' when the bullets start the text. */
function listHeading(lower: string, lineStart: number): string {
  let end = lineStart - 1;
  for (let guard = 0; end > 0 && guard < 40; guard++) {
    const start = lower.lastIndexOf('\n', end - 1) + 1;
    const line = lower.slice(start, end);
    if (line.trim() && !/^\s*(?:[-*•+●▪◦‣]|\d+[.)])\s/.test(line)) return line;
    end = start - 1;
  }
  return '';
}

export const mlData: Criterion = {
  ...CRITERION_INFO.mlData,
  evaluate(context) {
    const weight = context.settings.weight;
    const evidence = roleTitleEvidence(context) ?? headerAreaEvidence(context) ?? dutyEvidence(context) ?? findKeyword(context);
    return evidence ? { met: true, points: weight, evidence } : { met: false, points: 0, evidence: null };
  },
};
