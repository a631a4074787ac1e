// The employer builds or maintains open source, the role works on it, or open-source contributions are valued.
// Using open-source tools (Postgres, Linux, React) is not enough; a link to the company's own GitHub org is.
import { defineAnchors, matchesAt } from '../../text/anchors';
import { sentenceAround, sentenceBounds } from '../../text/sentences';
import type { Criterion, CriterionContext } from '../context';
import { findKeyword } from './keywords';
import { CRITERION_INFO } from './catalog';

// "Open-source intelligence" (OSINT) is research on public information, not software.
const OPEN_SOURCE = /\b(?:open[- ]?sourc(?:e|ed|ing)(?! intelligence)|oss|foss|free software|open[- ]core|apache[- ]licen[cs]ed|mit[- ]licen[cs]ed|gpl)\b/y;
const OPEN_SOURCE_ANCHORS = defineAnchors(['open*', 'oss', 'foss', 'free software', 'apache*', 'mit*', 'gpl']);
const CONTRIBUTES_ANCHORS = defineAnchors(['contribut*', 'send*', 'push*', 'submit*', 'upstream']);
/** The employer or the role makes it: "our open-source X", "we maintain", "contribute back", "is open source". */
const BUILDS = new RegExp(
  [
    String.raw`\b(?:our|we|we['’]re|we are|us|company|team|core|product|platform|engine|sdk|library|framework|project|code ?base|code|tool|database|stack is)\b[^.!?|]{0,60}\b(?:open[- ]?sourc(?:e|ed|ing)|oss)\b`,
    String.raw`\b(?:open[- ]?source|oss)\b[^.!?|]{0,50}\b(?:we (?:build\w*|maintain\w*|develop\w*|creat\w*|releas\w*|publish\w*|sponsor\w*|wr(?:ote|ite)|start\w*|contribut\w*)|(?:company|startup|business|projects?|products?|first|core|maintainers?|contributions?|contributors?|community|roots|heart|dna|ethos|mindset|culture|mission|ecosystem|commitment|work|development|developers?|engineers?|programmers?|contributing|from day one|by default))\b`,
    String.raw`\b(?:maintain\w*|maintainers? of|authors? of|creators? of|contribut\w+ (?:to|back|upstream)|upstream|work(?:ing)? on|develop\w* (?:and maintain\w* )?|build\w* (?:and maintain\w* )?|release\w*|publish\w*|sponsor\w*)\b[^.!?|]{0,40}\b(?:open[- ]?sourc(?:e|ed)|oss)\b`,
    String.raw`\b(?:open[- ]?source|oss)\b[^.!?|]{0,20}\b(?:(?:is|are) (?:a )?(?:big )?(?:plus|bonus|valued|welcome|appreciated|encouraged)|experience (?:is )?(?:a )?(?:plus|bonus))`,
    String.raw`\b(?:grow\w*|support\w*|fund\w*|sustain\w*|champion\w*|advanc\w*)\s+(?:the\s+)?(?:open[- ]?source|oss)\b`,
    // "Hatchet is an open-source platform", "the leading open-source billing platform", "Open-source robotics platform".
    String.raw`(?:(?<!\b(?:from|of|with|on|using|use|uses|in|into|to)\s)\b(?:an?|the|our|is|are)\s+(?:(?!(?:of|mix|variety|range|lots?|bunch|set|number|host|wide)\b)(?:[\w-]+|\([\w -]{1,20}\)),?\s+){0,2}|^\W*)open[- ]?sourced?,?\s+(?:[\w+/-]+,?\s+){0,3}?(?:platforms?|sdks?|databases?|librar(?:y|ies)|frameworks?|tools?|engines?|gateways?|projects?|software|products?|infrastructure|stack|protocols?|sequencers?|compilers?|runtimes?|os|systems?|alternatives?|apis?|apps?|cms|suites?|solutions?|models?|datasets?|billing|ai|llms?|editors?|ides?|toolkits?|browsers?)\b`,
    String.raw`\b(?:open[- ]?source|oss)(?:/[\w-]+)?\s+(?:contributions?|experience|work)\b[^.!?|]{0,20}\b(?:required|plus|preferred|valued|welcome|bonus)`,
    String.raw`\b(?:is|are|it['’]s|being|fully|100%|entirely|completely|proudly)\s+(?:also\s+)?(?:fully\s+)?(?:open[- ]?sourced?|free and open[- ]source)\b`,
    // "have open sourced some successful data tools", "Open-sourcing our research", "release our tools as open source",
    // "available in both open-source and commercial editions".
    String.raw`\bha(?:ve|s) open[- ]?sourced\b|\bopen[- ]?sourc(?:ing|ed) (?:our|its|their)\b|\bas open[- ]?source\b|\bonly open[- ]?source\b`,
    String.raw`\bopen[- ]?source (?:and (?:commercial|enterprise|paid|hosted|cloud) )?(?:editions?|versions?|tiers?)\b`,
    // "Sentry provides open source error tracking", "Your work will be mainly open-source", "solid open-source traction".
    String.raw`\b(?:provides?|offers?|makes?|ships?)\s+(?:an?\s+)?open[- ]?source\b|\b(?:will|would) be\s+(?:mainly|mostly|largely|all|fully)?\s*open[- ]?source\b|\bopen[- ]?source\s+(?:traction|adoption|users|stars|downloads)\b`,
  ].join('|'),
);
/** "a team that includes ex-founders, open source contributors (authors of neovim)": who the colleagues are, not work
 *  the employer or the role does. */
const TEAM_PEDIGREE = /\b(?:includ\w*|made up of|consist\w* of|composed of|alumni|former|ex-[a-z]+)\b[^.!?|]{0,80}$/;
const PEOPLE_AFTER = /^\s*(?:contributors|maintainers|authors|committers)\b/;
/** "We use open-source tools such as …", "built on open source technologies", "analyze and rank all open source code":
 *  using or studying it, not making it. */
const ONLY_USES = /\b(?:us(?:e|es|ing)|built (?:on|with|from)|build\w* with|experience (?:with|in)|familiar\w* with|knowledge of|rely on|relies on|leverag\w+|run(?:s|ning)? on|powered by|based on|(?:tech|technology|software|our) stack|technologies|tools|such as|like|including)\b[^.!?|]{0,40}\b(?:open[- ]?source|oss)\b(?![^.!?|]{0,40}\b(?:we (?:maintain\w*|buil[dt]\w*|created|published|released)|contribut))|\b(?:open[- ]?source|oss)\s+(?:tools|technologies|stack|software like|software such as|components|libraries we use|databases? like)\b|\b(?:analy[sz]\w*|scan\w*|rank\w*|index\w*|audit\w*)\s+(?:\w+\s+){0,2}open[- ]?source (?:code|packages|dependencies|libraries|projects|software)\b/;
const OWN_REPOSITORY = /\bgithub\.com\/([a-z0-9][a-z0-9-]{0,38})(?:\/|\b)/g;
const NOT_AN_ORG = new Set(['orgs', 'features', 'about', 'pricing', 'sponsors', 'marketplace', 'topics', 'collections', 'jobs', 'careers', 'apps']);

/** Open-source work named without the words: "contributing fixes upstream", "contributing to the scientific Python ecosystem". */
const CONTRIBUTES = /\b(?:contribut\w+|send\w*|push\w*|submit\w*)\s+(?:\w+\s+){0,3}(?:back\s+)?(?:upstream|to (?:the )?(?:[\w/-]+\s+){0,3}?(?:(?:python|pydata|jupyter|rust|julia|r|javascript|js|node|go|ruby|haskell|ocaml|elixir|erlang|clojure|scala|linux|kubernetes|cncf|apache|open[- ]?source)\s+(?:ecosystem|community|projects?)|open[- ]?source|foss|free software|upstream|projects? (?:we|you) use))\b|\bupstream (?:contributions?|patches|fixes)\b|\bupstream(?:ing)? (?:our|their|the|all|most) (?:work|changes|patches|fixes|code)\b/y;

function contributionEvidence(context: CriterionContext): string | null {
  const [match] = matchesAt(CONTRIBUTES, context.lower, context.anchors(CONTRIBUTES_ANCHORS));
  return match ? sentenceAround(context.text, match.index) : null;
}

function openSourceEvidence(context: CriterionContext): string | null {
  const { lower, text } = context;
  for (const match of matchesAt(OPEN_SOURCE, lower, context.anchors(OPEN_SOURCE_ANCHORS))) {
    const { start, end } = sentenceBounds(lower, match.index);
    const sentence = lower.slice(start, end);
    if (!BUILDS.test(sentence)) continue;
    if (TEAM_PEDIGREE.test(lower.slice(start, match.index)) && PEOPLE_AFTER.test(lower.slice(match.index + match[0].length, match.index + match[0].length + 24))) continue;
    if (ONLY_USES.test(sentence) && !/\b(?:we (?:maintain\w*|build|built|created|develop|released?|published|work on)|our (?:own )?open[- ]?source|contribut\w+ (?:to|back)|(?:is|are) (?:also )?open[- ]?sourced? (?:itself|too|as well)|behind (?:\w+ ){0,3}open[- ]?source|(?:develop|maintain|build|create|write)\w*\s+(?:and\s+\w+\s+)?open[- ]?source)\b/.test(sentence)) continue;
    return sentenceAround(text, match.index);
  }
  return null;
}

/** A link to the company's own GitHub organisation (named like the company or its website). */
/** "All of our software is available in GitHub": the employer publishes its code, with or without a link. */
const CODE_ON_GITHUB = /\bour (?:\w+ )?(?:software|code|code ?base|source code|tools|work)\s+is\s+(?:all\s+)?(?:publicly |freely |openly )?(?:available|hosted|published|developed)\s+(?:on|in|at)\s+github\b/;

function repositoryEvidence({ lower, text, posting }: CriterionContext): string | null {
  const first = lower.indexOf('github');
  if (first < 0) return null;
  const published = CODE_ON_GITHUB.exec(lower);
  if (published) return sentenceAround(text, published.index);
  const firstLink = lower.indexOf('github.com/', first);
  if (firstLink < 0) return null;
  const companyWords = new Set(
    `${posting.company} ${lower.slice(0, lower.indexOf('|') > 0 ? lower.indexOf('|') : 0)}`
      .toLowerCase()
      .split(/[^a-z0-9]+/)
      .filter((word) => word.length >= 3 && !['inc', 'the', 'ltd', 'llc', 'gmbh', 'labs', 'www', 'com', 'https', 'http'].includes(word)),
  );
  OWN_REPOSITORY.lastIndex = Math.max(0, firstLink - 1);
  for (let match = OWN_REPOSITORY.exec(lower); match; match = OWN_REPOSITORY.exec(lower)) {
    const org = match[1]!;
    if (NOT_AN_ORG.has(org)) continue;
    const flat = org.replace(/-/g, '');
    const named = [...companyWords].some((word) => flat.includes(word) || (word.length >= 5 && word.includes(flat)));
    const { start, end } = sentenceBounds(lower, match.index);
    // "the company behind Kubecost https://github.com/…", "Join us to hack on https://github.com/…", "Wave codebase: …".
    const ours = /\b(?:our|we|check out|see|behind|hack(?:ing)? on|work(?:ing)? on|code ?base|repo(?:sitory)?)\b/.test(lower.slice(start, match.index)) && !/\b(?:your|my)\b/.test(lower.slice(start, end));
    // A take-home exercise or an application form on GitHub is not open-source work.
    if (/\b(?:apply|application|challenge|exercise|take[- ]home|assignment|interview|pull request|recruit\w*|hiring process)\b/.test(lower.slice(start, end)) || /challenge|interview|hiring|jobs|recruit|join-us|careers|principles|handbook|playbook|culture|values/.test(lower.slice(match.index, match.index + 80).split(/\s/)[0]!)) continue;
    if (named || ours) return sentenceAround(text, match.index);
  }
  return null;
}

export const openSource: Criterion = {
  ...CRITERION_INFO.openSource,
  evaluate(context) {
    const evidence = openSourceEvidence(context) ?? contributionEvidence(context) ?? repositoryEvidence(context) ?? findKeyword(context);
    return evidence ? { met: true, points: context.settings.weight, evidence } : { met: false, points: 0, evidence: null };
  },
};
