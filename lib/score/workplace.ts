// What a posting's text says about where the work happens: remote / hybrid / onsite / unknown, and for remote work,
// where the worker may be (anywhere / restricted to regions / unspecified).
//
// Each mention of remote, on-site or hybrid work is read in its clause: negated ("no remote", "Remote: No"),
// temporary ("remote until the office reopens", "remote during COVID"), partial ("partial remote", "WFH Fridays"),
// or about something else ("remote sensing", "virtual onsite" interviews, "hybrid cloud"). Then, as a careful reader
// would: remote if any role can be fully remote, else hybrid if any role is, else onsite if the text says so.
import type { RemoteScope, Workplace } from '../model';
import { defineAnchors, scanAnchors, type AnchorHit, type AnchorSet } from '../text/anchors';
import { sentenceAround, sentenceBounds } from '../text/sentences';
import { REGION_SOURCE, REGION_SPELLINGS, regionName, regionOfCountryCode } from './regions';

/** The anchors of a text: the scorer passes its one shared scan; alone, the text is scanned here. */
export type FindAnchors = (set: AnchorSet) => readonly AnchorHit[];

export interface WorkplaceReading {
  workplace: Workplace;
  /** The sentence that decided the workplace; null when the text says nothing. */
  evidence: string | null;
  /** Only for remote work. */
  scope: RemoteScope | null;
  regions: string[];
  scopeEvidence: string | null;
}

const MENTION_ANCHORS = defineAnchors([
  'remot*', 'telecommut*', 'work from home', 'working from home', 'wfh', 'work from anywhere', 'fully distributed',
  'fully-distributed', 'distributed team', 'distributed company', 'distributed workforce', 'location independent',
  'location-independent', 'onsite', 'on-site', 'on site', 'in-office', 'in office', 'in-person', 'in person',
  'office-based', 'office based', 'office only', 'hybrid', 'majority onsite', 'majority on-site', 'mostly onsite',
  'mostly on-site', 'primarily onsite', 'primarily on-site', 'day', 'days', 'week', 'wk', 'relocat*', 'office', 'hq',
  'headquarters',
]);
/** "You must relocate to Boulder", "willing to relocate": the job is where the office is. */
const RELOCATION_REQUIRED = /(?<=\b(?:must|need to|needs to|required to|have to|willing to|able to|expected to|will)\s+)relocate\b|relocation (?:to [\w ,.]{1,30} )?(?:is )?(?:required|mandatory|necessary|expected)/y;
const RELOCATION_OPTIONAL_AFTER = /\b(?:preferred|a plus|nice to have|optional|not required|welcome)\b/;
const REMOTE_WORD = /remote(?:ly)?\b|telecommut|work(?:ing)? from|wfh|fully|distributed|location/y;
/** "Join us in our NYC office", "work from our HQ in Austin": the work happens at the office. A list of the company's
 *  offices ("our headquarters in Helsinki and our new offices in Boston and Berlin") says where it is, not where you work. */
const AT_OUR_OFFICE_BEFORE = /\b(?:join(?:ing)? us|work(?:ing)?|be based|based|located)\s+(?:at|in|from|out of)\s+our\s+(?:[\w.,'’-]+\s+){0,3}$/;
const MORE_OFFICES_AFTER = /^[^.!?|\n]{0,80}\boffices\b/;
/** "partial onsite", "partly remote": some of the week only. */
const PARTIAL_BEFORE = /(?:partial(?:ly)?|part(?:ly|ial)?|semi)[\s-]+$/;
const SOME_DAYS_AFTER = /^\s*\(?\s*(?:[1-4]|one|two|three|four)(?:\s*[-–]\s*[1-5])?\s*(?:days?|x)\b/;
/** "We work together in-person at an office", "building the company in person in SoMa", "a 7 person team in person
 *  in NYC", "All the roles are in-office in Sunnyvale": how the team works, whatever follows. */
const IN_PERSON_WORK_BEFORE = /\b(?:work(?:s|ing)?|build(?:s|ing)?|collaborat\w+|team|together|company|(?:roles?|positions?|jobs?) (?:are|is)(?: in)?)\s+$/;
const OFFICE_WORDS = new Set(['office', 'hq', 'headquarters']);
const ONSITE_WORDS = new Set(['onsite', 'on-site', 'on site', 'in-office', 'in office', 'in-person', 'in person', 'office-based', 'office based', 'office only']);
const NUMBER_BEFORE_DAYS = /(?:\b(?:\d|one|two|three|four|five|a couple(?: of)?|couple of|few|several)(?:[-–]\d|-| or \d-?)?) ?$/;
/** "3 days a week", "3 days/wk", and in a header "3 days in-office". */
const WEEK_AFTER_DAYS = /^ ?(?:(?:a|per|each|every|\/) ?(?:week|wk)\b|(?:in[- ]office|in the office|on[- ]?site|in[- ]person)\b)/;
/** "3x/week in office", "2 times a week": a count of days before "week". */
const TIMES_BEFORE_WEEK = /\b(?:\d|one|two|three|four)\s?(?:x|times)\s?(?:a|per|\/|each|every)?\s?$/;

const NOT_WORKPLACE_AFTER =
  /^[-\s]?(?:sens\w*|meetings?\b|monitor\w*|control\w*|access|desktop|patient|procedure|execution|servers?|devices?|oper\w*|state|management|manag\w*|into|health|physical|units?|pair\w*|collaborat\w*|communicat\w*|drivers?|machines?|sessions?|updates?|assistance|troubleshoot\w*|robots?|administ\w*|sites?\b|locations?\b|areas?|communit\w*|villages?|regions?|learning|education|teaching|healthcare|care\b|diagnos\w*|interview\w*|hiring process|onboarding process|debugging|collaboration (?:tools?|software)|work(?:ers)? (?:software|platform|tools?|solutions?|market|economy)|teams? (?:tools?|software|platform|solutions?|collaborate)|jobs? (?:board|platform|marketplace|powered)|jobs powered|education|learning|tutoring|therapy|clinic\w*|visits?|connectivity|vehicles?|operations? (?:center|of)|pilot\w*|fleet|reliability|visit\w*|reliability)/;
const NOT_WORKPLACE_BEFORE = /(?:\bvirtual|\bfinal|\bzoom|\bfor|\bhelps?|\bhelping|\benabl\w+|\bempower\w*|\bsupport\w*|\bbuild\w*|\bpower\w*|\bmanag\w*) (?:the )?(?:\w+ )?$/;
const ONSITE_NOT_ARRANGEMENT_AFTER = /^[-\s]?(?:interviews?|visits?|days? (?:with|at)|events?|meet\w*|gym|caf\w*|lunch\w*|meals?|food|chef|childcare|parking|perks?|amenities|kitchen|(?:at|with) (?:the )?(?:customers?|clients?)\b|customer|client|support|training|installation)\b/;
const HYBRID_NOT_ARRANGEMENT_AFTER =
  /^[-\s]?(?:cloud|apps?|mobile|workloads?|vehicles?|cars?|engine|models?|search|approach|architecture|infrastructure|environment|systems?|solutions?|deployments?|on[- ]?prem\w*|saas|retrieval|quantum|classical|integrat\w*|storage|databases?|transactional|olap|htap|columnar|compute|network\w*|method\w*|algorithm\w*|data|energy|electric|powertrain|pricing|billing|setups|events?|conferences?|meetups?|teams? of|of\b|between|and|who\b|\/\s*multi)/;

const HAVE_BEFORE = /\b(?:we (?:also |already |do )?have|there are)\s+(?:[\w%]+\s+){0,2}$/;
/** "Some of the dev team work remotely": how some colleagues work, not what this job offers. */
const SOME_COLLEAGUES_BEFORE = /\b(?:some|a few|several|part) of (?:the|our) (?:[\w-]+ ){0,2}(?:team|engineers|developers|employees|staff|people)\s+(?:already\s+)?(?:work|works|are working)\s+$/;
/** "We're currently all remote but looking to establish a London office": remote until there is an office again. */
const CURRENTLY_REMOTE_BEFORE = /\bcurrently (?:all |fully |100% |working )?(?:(?:remote|wfh)\s*[/&,]\s*)?$/;
/** "ONSITE: St. Louis, NYC (remote 100% currently)": the same, said after. */
const CURRENTLY_AFTER = /^\s*(?:100%\s*)?(?:currently|for now|right now|at the moment)\s*\)/;
/** "Onsite/Remote [All remote for now]": the bracket is about everyone's work today, not this remote option. */
const LATER_REMOTE_MENTION = /[[(]\s*(?:all |fully |100% |currently )?(?:remote|wfh|work(?:ing)? from home)\b/;
/** "Remote for now, or forever if you like": the lasting option offered beside the temporary one. */
const LASTING_ALTERNATIVE_AFTER = /^[^.]*\bor (?:forever|permanently|long[- ]term)\b/;
/** "REMOTE (USA for now)": for now, the remote work is limited to a region; it is still remote. */
const REGION_FOR_NOW_AFTER = new RegExp(String.raw`^\s*[(\-–:]?\s*(?:${REGION_SOURCE})(?:\s+only)?\s+for now\b`);
const OFFICE_IN = /\b(?:offices?|on-?site|in[- ]person)\b/;
const COLLEAGUES_AFTER = /^\s*(?:engineers?|employees|team ?members|teammates|workers|staff|colleagues|developers|people|folks)\b/;
const ROLE_BEFORE_HYBRID = /(?:engineer|designer|developer|manager|analyst|scientist|player|[a-z]+\/[a-z]+|\ba|\b(?:mobile|tv|native|cross[- ]platform))\s+$/;
const NEGATED_BEFORE = /(?:\bno|\bnot|\bnon|n['’]t|\bnever|\bcannot|\bunable to|\bwithout|\bnor)[\s-]+(?!(?:only|just|matter|limited|necessarily|sure|required to)\b)(?:[\w'’%-]+[\s-]+){0,3}$/;
const NEGATED_AFTER =
  /^[)\s]*(?:work\w*|positions?|roles?|options?|candidates?|applicants?|employees?|\(\w+\))?\s*(?:[:\-–—?]\s*)?(?:no\b|none\b|n\/a\b|(?:is |are |would be |will be )?not (?:be )?(?:possible|available|an option|offered|supported|considered|allowed|accepted|permitted)|isn['’]t (?:possible|available|an option|offered|supported)|(?:is |are )?impossible|(?:is|are) not\s*(?:[.;!)]|$)|(?:applicants|candidates) (?:will not|won['’]t)|need not apply)/;
const TEMPORARY =
  /covid|corona\w*|pandemic|plague|lock ?down|quarantine|shelter[- ]in[- ]place|\bfor now\b|\bfor the (?:time being|moment|foreseeable)|\btemp\b|\breturn (?:to (?:the )?offices?|onsite|on-site|to in-person)|\bat this point (?:of|in) time|temporar\w*|\buntil\b|\btill\b|\binitially\b|\bto start\b|\bat first\b|\bstart(?:ing)? (?:out )?(?:fully |100% )?remote\w*\b(?! first)|at the moment|\batm\b|\bfor a while|first (?:few|\d+|one|two|three|six) (?:weeks|months)|\breopen\w*|\bhope to be|\bwhile (?:the )?offices?\b|\boffices? (?:are |is )?(?:closed|reopen)/;
/** "Remote (partial onsite eventually)", "currently remote but eventually onsite": remote for now, the office later
 *  (unless that later is "not strictly required"). */
const OFFICE_LATER_AFTER = /\b(?:on-?site|in[- ]office|in[- ]person|office|relocat\w*)\s+eventually\b(?!\s*\(?\s*(?:not (?:strictly )?required|optional))|\beventually\s+(?:on-?site|in[- ]office|in[- ]person|relocat\w*|mov\w+ to|return\w*)/;
/** "London ONSITE (currently WFH)": an office job that is remote for the time being. */
const ONSITE_FOR_NOW_REMOTE_BEFORE = /\b(?:on-?site|in[- ]office|office)\s*\(\s*(?:currently|for now|temporarily)\s+$/;
// "fully remote/wfh for the time being": a slash between two names of remote work joins them.
const ALTERNATIVE = /\bor\b|\||\/(?!\s*(?:wfh|remote|work from home)\b)/;
const NOT_TEMPORARY = /(?:after|post|beyond|past|before|pre|since before)[- ](?:the )?(?:covid|pandemic|corona)|permanent(?:ly)? (?:remote|wfh)|\bpermanently\b|\bforever\b|long[- ]term|here to stay|\bregardless\b|\beven after\b/;
const SET_DAYS_AT_HOME_AFTER = /^\s*(?:on\s+)?(?:mon|tues|wednes|thurs|fri)days?\b/;
/** "Fully remote", not "currently fully remote": a whole way of working, never a perk. */
const WHOLLY_BEFORE = /(?<!\bcurrently\s)\b(?:fully|100%|completely|entirely|permanently|all)[\s-]+$/;
/** Remote work offered as a perk of an office job: "Benefits: …, bi-weekly work from home days, snacks". */
const PERK_CONTEXT = /\b(?:perks?|benefits?|flexible (?:working |work )?hours|vacation|holidays|pto|gym|snacks|401k|wellness|commuter|health insurance|probation)\b/;
const PARTIAL_REMOTE_BEFORE = /(?:(?:partial(?:ly)?|part(?:ly|ial)?|semi|some|occasional(?:ly)?|bi-?weekly|weekly|flexible|limited|(?<!\d)\d{1,2}%)[\s-]+(?:time[\s-]+)?|\b(?:\d|one|two|three|four)(?:-\d)?[\s-]?(?:d|days?)(?:\s*(?:a|per|\/)\s*(?:week|wk))?\s*(?:of\s+)?)$/;
/** "WFH the rest", "from home part of the time", "remote at times": some days only. */
const PART_OF_THE_TIME = /^[^.]{0,30}\b(?:the rest\b|rest of the (?:week|time)|part of the (?:time|week)|some of the time|at times|remaining days)/;
const PARTIAL_REMOTE_AFTER = /^[\s-]*(?:days?|(?:mon|tues|wednes|thurs|fri)days?|once|twice|(?:\d|one|two|three)(?:\s*(?:-|–|to|or)\s*(?:\d|two|three|four))? days?|part[- ]time|occasionally|sometimes|as needed|when needed|perks?|is a perk|on occasion|(?!100%)\d+%)/;
const PERK_REMOTE = /(?:occasional(?:ly)?|some|bi-?weekly|weekly|flexible|periodic(?:ally)?|frequent(?:ly)?|generous|errands or need to|sometimes)[\s-]+(?:(?:work|working|to)[\s-]+)*$|^[\s-]*(?:\([^)]*\)\s*)?(?:days?|(?:mon|tues|wednes|thurs|fri)days?|on \w+days|once|twice|occasionally|sometimes|as needed|when needed|if needed|perks?|is a perk|on occasion|polic(?:y|ies)|(?:work )?is (?:just )?fine)/;

const ANYWHERE_AT = /(?:anywhere|worldwide|world-wide|global(?:ly)?|around the (?:world|globe)|across the (?:world|globe)|all over the world|any (?:country|time ?zone|location)|international(?:ly)?|all time ?zones)\b/y;
const ANYWHERE =
  /\b(?:anywhere|worldwide|world-wide|global(?:ly)?|around the (?:world|globe)|across the (?:world|globe)|all over the world|any (?:country|time ?zone|location)|international(?:ly)?|all time ?zones)\b/g;
const WORKERS = /\b(?:remote(?:ly)?|work(?:ing)? from|hir(?:e|es|ing)|employees|teammates|candidates|applicants|located|based|live|wfh|distributed|you can (?:be|live|work))\b/;
const GLOBAL_NOT_WORKERS = /^\s*(?:presence|compan\w+|customers?|leaders?|scale|brands?|markets?|reach|footprint|clients?|users?|audiences?|econom\w+|enterprises?|organi[sz]ations?|businesses|banks?|partners?|supply)/;
const WORLD_FIELD = /^\s*(?:world|worldwide|world-wide|global|anywhere|(?:planet )?earth)\s*$/;
/** "Remote (World)", "REMOTE - global": a worldwide word right after "remote". */
const WORLD_RIGHT_AFTER = /^\s*[(\-–:,/]?\s*(?:world|global|worldwide|anywhere|international)\b/;
// "anywhere in Canada", "Anywhere USA": a region right after "anywhere" bounds it.
const ANYWHERE_LIMITED = new RegExp(String.raw`^\s*(?:(?:(?:with)?in|across|inside|from|in the|within the)\s+)?(?:the\s+)?(?:(?:${REGION_SOURCE})\b|[a-z]+ (?:time ?zones?|states?))`);
/** "a world where anyone can belong anywhere", "ship anywhere": not where the worker lives. */
const ANYWHERE_NOT_WORK_BEFORE = /\b(?:belong|travel|ship|shipping|deliver\w*|sell|access\w*|deploy\w*|run|runs)\s+$/;
/** The places listed so far before a region ("US, Canada and "), which a team-place pattern ends with. */
const PLACES_SO_FAR = String.raw`\s+(?:the\s+)?(?:[\w.]+(?:\s[\w.]+)?(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s*[&/+]\s*))*$`;
/** The end of "distributed across US, Canada and ", "with people in Singapore, ": the places of a team, the list
 *  read one region at a time. */
const TEAM_SPREAD_BEFORE = new RegExp(String.raw`\b(?:(?:distributed|spread|scattered) (?:across|over|between|throughout|in)|with (?:people|folks|team ?members|teammates|employees|engineers|colleagues|staff) (?:in|across|from))${PLACES_SO_FAR}`);
/** How far before a region "we're … based in" is looked for: a long sentence is not read again for each region. */
const TEAM_BASED_REACH = 120;
/** "We're fully remote (currently based in UK, Switzerland + ": where the team lives, unless the sentence turns to
 *  what the worker must do. */
const TEAM_BASED_BEFORE = new RegExp(String.raw`\b(?:we(?:'re|’re| are)|our team(?: is)?)\b(?:(?!\b(?:you|must|need|needs|required|should|candidates|applicants)\b)[^.;!?])*\b(?:based|located|living) in${PLACES_SO_FAR}`);
/** "although our base is in Melbourne, ", "with offices in London, New York, ": where the company sits, not where the
 *  worker must. */
const COMPANY_BASE_BEFORE = /\b(?:our (?:base|hq|headquarters|head office|offices?)|(?:with|has|have) (?:offices|(?:our |its )?headquarters)|headquartered|head office)\b[^.;]{0,20}\bin\s+(?:[\w.]+(?:\s[\w.]+)?\s*,\s*)*$/;
const HOURS_CONDITION = /\b(?:as long as|provided|but|if)\b[^.!?|]*\b(?:utc|gmt|time ?zones?|overlap\w*|(?:business|working|core) hours)\b/;
const ANYWHERE_NOT_SCOPE = /^\s*(?:from \d|between|else|near|close|\d)/;
const GLOBAL_NEEDS_REMOTE_NEARBY = /^(?:global|globally|international|internationally|around|across|all over|any location)/;

/** "US or international", "EU or worldwide": a region offered beside the rest of the world. */
const OR_ELSEWHERE_AFTER = /^\s*(?:,\s*)?(?:or|and|\/)\s+(?:international(?:ly)?|worldwide|world-wide|anywhere(?: else)?|global(?:ly)?|elsewhere|abroad)\b/;
/** "Remote (US)", "US-remote", "remote within Canada", "Remote - EMEA / UTC±2": a region right next to "remote". */
const REGION_NEAR_REMOTE = new RegExp(String.raw`\b(${REGION_SOURCE})\b|\b(?:utc|gmt)\s?(?:\+\/-|[+±−-]{1,2}|plus|minus)\s?\d|time ?zones?|\boverlap\b`, 'g');
/** The end of "positions in United States - ": the country the roles are in, right before a remote mention. */
const POSITIONS_IN_REGION_BEFORE = new RegExp(String.raw`\b(?:positions?|roles?|jobs?|openings?|engineers?|hiring)\s+(?:(?:based|located)\s+)?in\s+(?:the\s+)?(${REGION_SOURCE})\s*[-–—:,(]?\s*$`);
const RESTRICTION_ANCHORS = defineAnchors([
  ...REGION_SPELLINGS, 'remote', 'remotely', 'anywhere', 'authorized', 'authorised', 'eligible', 'allowed', 'permitted',
  'authorization', 'authorisation', 'permission', 'overlap', 'overlapping', 'within', 'during', 'time zone', 'time zones', 'timezone', 'timezones', 'utc', 'gmt', 'candidates',
  'applicants', 'folks', 'anyone', 'residents', 'reside', 'residing', 'resident', 'located', 'based', 'living', 'live',
  'only', 'working rights', 'work rights', 'right to work', 'rights to work',
]);
const ANYWHERE_ANCHORS = defineAnchors([
  'anywhere', 'worldwide', 'world-wide', 'global', 'globally', 'around the world', 'around the globe', 'across the world',
  'across the globe', 'all over the world', 'any country', 'any time zone', 'any timezone', 'any location',
  'international', 'internationally', 'all time zones', 'all timezones',
]);
/** "We are only hiring within the US", "Hiring in the US right now"; not "Hiring in France, Germany and London".
 *  Apart from RESTRICTION: most posts say "hiring", and this pattern fails at once where "in" does not follow. */
const HIRING_IN_REGION = new RegExp(
  String.raw`(?:(?<=\bonly\s+)hiring|hiring\s+only)\s+(?:with)?in\s+(?:the\s+)?(${REGION_SOURCE})\b` +
    String.raw`|hiring\s+(?:with)?in\s+(?:the\s+)?(${REGION_SOURCE})\s+(?:only|right now|at the moment|for now|at this time|currently)\b`,
  'y',
);
const HIRING_ANCHORS = defineAnchors(['hiring']);
/**
 * Sticky: tried only where one of RESTRICTION_ANCHORS starts. Each copy of REGION_SOURCE makes it much larger: one more
 * alternative holding it made every match 3-4x slower (probably past the size V8 compiles to machine code), so a
 * region is tried once per alternative and new limits join an alternative that already has one.
 */
const RESTRICTION = new RegExp(
  [
    // A region and what follows it, in one alternative: the region list is tried once at a hit, not once per suffix.
    // "US-only", "UK citizens", "US work auth", "US Mountain Time business hours", "EU time zones".
    String.raw`\b(${REGION_SOURCE})(?:` +
      String.raw`[- ](?:only|based|residents?|citizens?|citizenship|persons?)\b(?![- ](?:cloud|hosting|servers?|providers?|data ?cent(?:er|re)s?|infrastructure|storage|vendors?|customers?|clients?|companies|businesses|startups?|team|teams|company|workforce|founders?|hq|headquarters|offices?|investors?)\b)` +
      String.raw`|\s+(?:work auth(?:ori[sz]ation)?\b|work permit|citizens? or (?:green card|permanent resident))` +
      String.raw`|\s+(?:[a-z]+\s+time\s+)?(?:business|working|core|office|work)\s+hours\b` +
      String.raw`|\s+time ?zones?\b)`,
    String.raw`(?<=\b(?:must|need to|needs to|required to|have to|has to|should|please)\s+(?:already\s+)?(?:be\s+)?(?:currently\s+)?)(?:located|based|residing|reside|resident|live|living)\s+(?:with)?in\s+(?:the\s+)?(${REGION_SOURCE})\b`,
    String.raw`\b(?:remote|anywhere|remotely)\s+(?:with)?in\s+(?:the\s+)?(${REGION_SOURCE})\b`,
    String.raw`\banywhere\s+(${REGION_SOURCE})\b`,
    String.raw`\b(?:authori[sz]ed|eligible|allowed|permitted|authori[sz]ation|permission)\s+(?:to\s+work\s+)?(?:(?:legally|lawfully)\s+)?(?:to\s+work\s+)?(?:in|for)\s+(?:the\s+)?(${REGION_SOURCE})\b`,
    // "must have working rights in Canada or Netherlands", "the right to work in the UK".
    String.raw`\b(?:work(?:ing)? rights?|rights? to work)\s+(?:in|for)\s+(?:the\s+)?(${REGION_SOURCE})\b`,
    String.raw`\bwithin\s+(?:\+\/-\s*|±\s*)?(?:\d+|one|two|three|four|five|a few)\s+hours?\s+(?:of|from)\s+(?:the\s+)?(${REGION_SOURCE})\b`,
    // "overlap with US business hours", "within US hours", but not "a dev environment within hours".
    String.raw`\b(?:overlap(?:ping)?|within)\s+(?:with\s+)?(?:the\s+)?(?:(?:${REGION_SOURCE})\s+)?(?:business |working |work )?(?:hours|time ?zones?)\b(?<!\bwithin\s+(?:the\s+)?hours)`,
    // "(UTC-8 to UTC+3)", "between GMT and GMT+6": a range of time zones, before a single offset.
    String.raw`\b(?:utc|gmt)\s?(?:[+±−-]\s?\d{1,2}(?::\d\d)?\s*)?(?:to|and|through|-|–)\s*(?:utc|gmt)\s?[+±−-]\s?\d`,
    String.raw`\b(?:utc|gmt)\s?(?:\+\/-|[+±−-]{1,2}|plus|minus)\s?\d`,
    // "as long as your work can overlap for 4 hours with 9am to 5pm PST".
    String.raw`\boverlap(?:ping)?\s+(?:for\s+)?(?:(?:at least|a few|a solid|a couple of|some|\d+(?:-\d+)?|two|three|four|five|several)\s+)+hours?\s+(?:(?:a|per) day\s+|daily\s+)?(?:with|between)\b`,
    // "Overlap with US Eastern", "core reviews happen during PST hours", "time zones no further west than EST".
    String.raw`\boverlap(?:ping)?\s+with\s+(?:the\s+)?(${REGION_SOURCE})\b`,
    String.raw`\bduring\s+(?:the\s+)?(${REGION_SOURCE})\s+(?:business |working |work |core )?hours\b`,
    String.raw`\btime ?zones?\s+no\s+(?:further|farther|more)\s+(?:west|east)\s+than\s+(${REGION_SOURCE})\b`,
    String.raw`\b(?:candidates|applicants|folks|anyone|residents)\s+(?:who (?:live|are|reside)\s+|(?:to|must|should) be\s+)?(?:(?:located|based|residing|living)\s+)?(?:with)?in\s+(?:the\s+)?(${REGION_SOURCE})\b`,
    String.raw`\bonly (?:if|when) you (?:already )?(?:live|reside|are based|are located) in\b`,
    String.raw`\b(?:reside|located|based|living|live)\s+in\s+(?:one of )?(?:the\s+)?(?:following|these)\s+(?:countries|states|locations)`,
  ].join('|'),
  'y',
);

const REGION_FIELD = new RegExp(String.raw`^[\s(]*(${REGION_SOURCE})(?:\s*[-,]?\s*(?:only|based|residents?))?[\s).]*$`);
/** "US and Canada", "US / EU", "UK, Ireland": a header field listing several regions. */
const REGION_LIST_SEPARATOR = /\s*(?:,|\/|&|\+|\band\b|\bor\b)\s*/;
/** "DE/CH/ES", "US/CA", "(DE)": capital country codes, read in the original text of a header next to "remote". */
const COUNTRY_CODES = /(?<![A-Za-z])([A-Z]{2})((?:\s*[/,]\s*[A-Z]{2})+)(?![A-Za-z])|(?<=\(\s*)([A-Z]{2})(?=\s*\))/g;
const US_STATE_CODES = new Set('AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC'.split(' '));
/** "I travel to Europe and Asia": places visited, not where the worker must live. */
const TRAVEL_BEFORE = /\b(?:travel\w*|trips?|visit\w*|offsites?|meet(?:ups?|ings?)?|conferences?)\b/;

/** A RESTRICTION match that only names a time zone, an offset or some hours ("US time zones", "UTC+2", "during
 *  Eastern Time hours", "APAC business hours", which one role of several may keep), not a condition. */
const NAMED_TIME_ZONE = /^(?:utc|gmt)\s?(?:\+\/-|[+±−-]{1,2}|plus|minus)\s?\d+$|^during\b|^(?!overlap|within)[\w .-]*(?:time ?zones?|hours)$/;
const UTC_OFFSET_SOURCE = String.raw`(?:utc|gmt)\s?(?:\+\/-|[+±−-]{1,2})\s?\d{1,2}(?::\d\d)?`;
const UTC_OFFSET = new RegExp(`^${UTC_OFFSET_SOURCE}`);
const UTC_OFFSETS = new RegExp(String.raw`\b${UTC_OFFSET_SOURCE}`, 'g');
/** "utc + 2" → "UTC+2", as a region. */
const offsetRegion = (offset: string) => offset.toUpperCase().replace(/\s+/g, '');

interface Mention {
  kind: 'remote' | 'onsite' | 'hybrid';
  /** "5 days a week in the office": read like a count of days, but the whole week is on-site. */
  wholeWeek?: boolean;
  index: number;
  length: number;
}

/** The remote / on-site / hybrid mentions of a text, in order, from its anchors. */
function findMentions(lower: string, hits: readonly AnchorHit[]): Mention[] {
  const mentions: Mention[] = [];
  let covered = 0;
  for (const hit of hits) {
    if (hit.start < covered) continue;
    const word = MENTION_ANCHORS.words[hit.word]!;
    let mention: Mention | null = null;
    if (word === 'day' || word === 'days') {
      const number = NUMBER_BEFORE_DAYS.exec(lower.slice(Math.max(0, hit.start - 12), hit.start));
      const week = number ? WEEK_AFTER_DAYS.exec(lower.slice(hit.end, hit.end + 14)) : null;
      // Five days a week in the office is the whole week: on-site.
      const wholeWeek = number !== null && /(?:[5-7]|five|six|seven) ?$/.test(number[0]);
      if (number && week) mention = { kind: 'hybrid', wholeWeek, index: hit.start - number[0].length, length: number[0].length + hit.end - hit.start + week[0].length };
    } else if (word === 'week' || word === 'wk') {
      const times = TIMES_BEFORE_WEEK.exec(lower.slice(Math.max(0, hit.start - 14), hit.start));
      if (times) mention = { kind: 'hybrid', index: hit.start - times[0].length, length: times[0].length + hit.end - hit.start };
    } else if (word === 'relocat*') {
      RELOCATION_REQUIRED.lastIndex = hit.start;
      const required = RELOCATION_REQUIRED.exec(lower);
      // "Being able to relocate to Boulder is preferred": welcome, not required.
      if (required && RELOCATION_OPTIONAL_AFTER.test(lower.slice(hit.start, sentenceBounds(lower, hit.start).end))) continue;
      if (required) mention = { kind: 'onsite', index: hit.start, length: required[0].length };
    } else if (word === 'hybrid' || word.startsWith('majority') || word.startsWith('mostly') || word.startsWith('primarily')) {
      mention = { kind: 'hybrid', index: hit.start, length: hit.end - hit.start };
    } else if (OFFICE_WORDS.has(word)) {
      const atOurOffice = AT_OUR_OFFICE_BEFORE.test(lower.slice(Math.max(0, hit.start - 60), hit.start));
      if (atOurOffice && !MORE_OFFICES_AFTER.test(lower.slice(hit.end, hit.end + 80))) mention = { kind: 'onsite', index: hit.start, length: hit.end - hit.start };
    } else if (ONSITE_WORDS.has(word)) {
      mention = { kind: 'onsite', index: hit.start, length: hit.end - hit.start };
    } else {
      REMOTE_WORD.lastIndex = hit.start;
      if (!REMOTE_WORD.test(lower)) continue;
      let end = hit.end;
      // "remot*" / "telecommut*" stop mid-word: the mention is the whole word.
      if (word.endsWith('*')) while (end < lower.length && /[a-z]/.test(lower[end]!)) end++;
      mention = { kind: 'remote', index: hit.start, length: end - hit.start };
    }
    if (mention) {
      mentions.push(mention);
      covered = mention.index + mention.length;
    }
  }
  return mentions;
}

function firstLine(lower: string): { start: number; end: number } {
  const end = lower.indexOf('\n');
  return { start: 0, end: end < 0 ? lower.length : end };
}

/** Reads the workplace from a posting's text; `lower` is `text.toLowerCase()` (same indices). */
export function readWorkplace(
  text: string,
  lower: string,
  header: { start: number; end: number } = firstLine(lower),
  find: FindAnchors = (set) => scanAnchors(lower)[set.id]!,
): WorkplaceReading {
  let firstRemote: Mention | null = null;
  let firstHybrid: Mention | null = null;
  let firstOnsite: Mention | null = null;
  const remoteMentions: Mention[] = [];
  for (const mention of findMentions(lower, find(MENTION_ANCHORS))) {
    const reading = readMention(lower, mention);
    if (reading === 'remote') {
      firstRemote ??= mention;
      remoteMentions.push(mention);
    } else if (reading === 'hybrid') firstHybrid ??= mention;
    else if (reading === 'onsite') firstOnsite ??= mention;
  }
  const decisive = firstRemote ?? firstHybrid ?? firstOnsite;
  const workplace: Workplace = firstRemote ? 'remote' : firstHybrid ? 'hybrid' : firstOnsite ? 'onsite' : 'unknown';
  const reading: WorkplaceReading = {
    workplace,
    evidence: decisive ? sentenceAround(text, decisive.index) : null,
    scope: null,
    regions: [],
    scopeEvidence: null,
  };
  if (workplace === 'remote') Object.assign(reading, readScope(text, lower, remoteMentions, header, find));
  return reading;
}

type MentionReading = 'remote' | 'hybrid' | 'onsite' | null;

function readMention(lower: string, mention: Mention): MentionReading {
  const { start, end } = sentenceBounds(lower, mention.index);
  const mentionEnd = mention.index + mention.length;
  const before = lower.slice(Math.max(start, mention.index - 48), mention.index);
  const after = lower.slice(mentionEnd, Math.min(end, mentionEnd + 64));
  if (mention.kind === 'hybrid') {
    const word = lower.slice(mention.index, mentionEnd);
    // "hybrid cloud", "an engineer/designer hybrid": not a way of working.
    if (word === 'hybrid') return HYBRID_NOT_ARRANGEMENT_AFTER.test(after) || ROLE_BEFORE_HYBRID.test(before) ? null : 'hybrid';
    // "3 days a week in the office" is hybrid work; "lunch provided 5 days a week" is not about where.
    const near = lower.slice(Math.max(start, mention.index - 40), Math.min(end, mentionEnd + 40));
    if (PERK_CONTEXT.test(near)) return null;
    if (!/\b(?:office|on[- ]?site|in[- ]person|remote(?:ly)?|from home|wfh|hq|headquarters)\b/.test(near)) return null;
    return mention.wholeWeek ? 'onsite' : 'hybrid';
  }
  if (mention.kind === 'onsite') {
    if (ONSITE_NOT_ARRANGEMENT_AFTER.test(after) || /(?:virtual|final|zoom|remote|video)[\s-]+$/.test(before)) return null;
    if (lower.slice(mention.index, mentionEnd).startsWith('in') && !/^\s*(?:only|role|position|required|team\b|[|),.;]|$)/.test(after) && !IN_PERSON_WORK_BEFORE.test(before)) return null;
    if (NEGATED_BEFORE.test(before)) return null;
    // "Partial onsite", "partly on-site", "on-site (4 days)": some days in the office.
    if (PARTIAL_BEFORE.test(before) || SOME_DAYS_AFTER.test(after)) return 'hybrid';
    return 'onsite';
  }
  if (NOT_WORKPLACE_AFTER.test(after) || NOT_WORKPLACE_BEFORE.test(before) && /^\s*(?:teams?|work(?:ers|force)?|employees|companies|organi[sz]ations|jobs)\b/.test(after)) return null;
  // "interviews are conducted remotely" is about hiring, not the job.
  if (/\binterview\w*\s+(?:[\w-]+\s+){0,2}$/.test(before)) return null;
  // "We also have remote engineers in 4 countries": who already works for the company, not what this job offers.
  if (HAVE_BEFORE.test(before) && COLLEAGUES_AFTER.test(after)) return null;
  if (SOME_COLLEAGUES_BEFORE.test(before)) return null;
  if (NEGATED_BEFORE.test(before) || NEGATED_AFTER.test(after)) return 'onsite';
  // The temporary words must qualify this mention: "Onsite (remote during COVID)", "starting remote", but not the
  // other option of "Onsite in LA (once COVID-safe), or remote".
  const clauseBefore = lower.slice(Math.max(start, mention.index - 60), mention.index).split(ALTERNATIVE).pop()!;
  const rightAfter = lower.slice(mentionEnd, Math.min(end, mentionEnd + 100));
  const clauseAfter = rightAfter.split(ALTERNATIVE)[0]!.split(LATER_REMOTE_MENTION)[0]!;
  const clause = `${clauseBefore}${lower.slice(mention.index, mentionEnd)}${clauseAfter}`;
  const temporary = TEMPORARY.test(clause) && !NOT_TEMPORARY.test(clause) && !LASTING_ALTERNATIVE_AFTER.test(rightAfter) && !REGION_FOR_NOW_AFTER.test(rightAfter);
  if (temporary || OFFICE_LATER_AFTER.test(clauseAfter)) return 'onsite';
  if (ONSITE_FOR_NOW_REMOTE_BEFORE.test(before)) return 'onsite';
  if ((CURRENTLY_REMOTE_BEFORE.test(before) || CURRENTLY_AFTER.test(after)) && OFFICE_IN.test(lower.slice(start, end))) return 'onsite';
  const sentence = lower.slice(Math.max(start, mention.index - 120), Math.min(end, mentionEnd + 120));
  // "we WFH on Fridays": set days at home in an office job, which is hybrid work whatever perks surround it.
  if (SET_DAYS_AT_HOME_AFTER.test(after)) return 'hybrid';
  // "Fully remote + Competitive salary + 401k": listed beside the perks, but a whole way of working, not a perk.
  if ((PERK_REMOTE.test(before) || PERK_REMOTE.test(after) || PERK_CONTEXT.test(sentence)) && !WHOLLY_BEFORE.test(before)) {
    return PARTIAL_BEFORE.test(before) ? 'hybrid' : null;
  }
  if (PARTIAL_REMOTE_BEFORE.test(before) || PARTIAL_REMOTE_AFTER.test(after) || PART_OF_THE_TIME.test(lower.slice(mentionEnd, Math.min(end, mentionEnd + 60)))) return 'hybrid';
  return 'remote';
}

/** "Remote (AZ, CA, MI, TX)": codes that are all US states, one of them no country's, name the United States;
 *  otherwise each code is a country ("DE/ES"), or the list is not codes at all (null among the names). */
function regionsOfCodes(codes: readonly string[]): (string | null)[] {
  if (codes.length >= 2 && codes.every((code) => US_STATE_CODES.has(code)) && codes.some((code) => regionOfCountryCode(code) === null)) {
    return [regionName('united states')];
  }
  return codes.map(regionOfCountryCode);
}

/** The regions a header field lists and nothing else ("USA", "US and Canada", "UK / EU only"), or []. */
function regionList(field: string): string[] {
  const single = REGION_FIELD.exec(field);
  if (single) {
    const name = regionName(single[1]!);
    return name ? [name] : [];
  }
  if (field.length > 80 || !REGION_LIST_SEPARATOR.test(field)) return [];
  // "USA, Canada (HQ: San Francisco, CA)", "UK/Portugal (EU or similar timezone preferred)": the places are the list.
  const parts = field.replace(/\([^)]*\)/g, ' ').replace(/^[\s(]+|[\s).]+$/g, '').replace(/\s*[-,]?\s*(?:only|based)$/, '').split(REGION_LIST_SEPARATOR);
  const names: string[] = [];
  for (const part of parts) {
    const name = regionName(part);
    if (name === null) return [];
    names.push(name);
  }
  return names.length > 1 ? names : [];
}

function readScope(
  text: string,
  lower: string,
  mentions: readonly Mention[],
  header: { start: number; end: number },
  find: FindAnchors,
): Pick<WorkplaceReading, 'scope' | 'regions' | 'scopeEvidence'> {
  const regions = new Set<string>();
  let restrictionAt = -1;
  let anywhereAt = -1;
  let weakAnywhereAt = -1;
  // The header's own "International OK", read once: a header can hold every mention of a one-line post.
  let headerWide: number | undefined;
  // "Remote (US Only)" right after a remote mention in the header outweighs a perk line's "work from anywhere"; only
  // a header that names the whole world ("Remote (World)", "| Worldwide |") outweighs it.
  let headerLimitAt = -1;
  let headerWorldAt = -1;
  // "Acme | USA | REMOTE": in a header that says remote, a field that is only a country or region limits it.
  const inHeader = (index: number) => index >= header.start && index < header.end;
  if (mentions.some((mention) => inHeader(mention.index))) {
    let offset = header.start;
    for (const field of lower.slice(header.start, header.end).split('|')) {
      // "Acme | Engineer | World | Remote": a header field that is only the whole world.
      if (anywhereAt < 0 && WORLD_FIELD.test(field)) anywhereAt = headerWorldAt = offset + field.search(/\S/);
      const names = regionList(field);
      if (names.length) {
        for (const name of names) regions.add(name);
        if (restrictionAt < 0) restrictionAt = offset + field.search(/\S/);
      }
      offset += field.length + 1;
    }
    for (const mention of mentions) {
      if (!inHeader(mention.index)) continue;
      const fieldEnd = text.indexOf('|', mention.index + mention.length);
      const windowEnd = fieldEnd < 0 || fieldEnd > header.end ? header.end : fieldEnd;
      const window = text.slice(mention.index + mention.length, Math.min(windowEnd, mention.index + mention.length + 40));
      for (const match of window.matchAll(COUNTRY_CODES)) {
        const codes = match[3] ? [match[3]] : [match[1]!, ...match[2]!.split(/[/,]/).map((code) => code.trim()).filter(Boolean)];
        const names = regionsOfCodes(codes);
        if (names.some((name) => name === null)) continue;
        for (const name of names) regions.add(name!);
        if (restrictionAt < 0) restrictionAt = mention.index + mention.length + match.index;
      }
    }
  }
  // Right next to a remote mention: "Remote (US only)", "US-remote", "REMOTE / EMEA / UTC±2".
  for (const mention of mentions) {
    const { start, end } = sentenceBounds(lower, mention.index);
    const mentionInHeader = inHeader(mention.index);
    // "Multiple positions in United States - WORK FROM HOME": in a header field, the roles' country before the mention.
    if (mentionInHeader) {
      const positionsIn = POSITIONS_IN_REGION_BEFORE.exec(lower.slice(Math.max(start, mention.index - 60), mention.index));
      const name = positionsIn && regionName(positionsIn[1]!);
      if (name) {
        regions.add(name);
        if (restrictionAt < 0) restrictionAt = mention.index;
      }
    }
    const windowStart = Math.max(start, mention.index - 12);
    const windowEnd = Math.min(end, mention.index + mention.length + 90);
    const window = lower.slice(windowStart, windowEnd);
    REGION_NEAR_REMOTE.lastIndex = 0;
    for (let match = REGION_NEAR_REMOTE.exec(window); match; match = REGION_NEAR_REMOTE.exec(window)) {
      const offset = match[1] ? null : UTC_OFFSET.exec(match[0].startsWith('utc') || match[0].startsWith('gmt') ? window.slice(match.index, match.index + 16) : '');
      if (offset) regions.add(offsetRegion(offset[0]));
      if (match[1]) {
        const before = window.slice(0, match.index);
        // "Remote-friendly, we're in the US" is not a limit, but "Remote (US)" and "US remote" are.
        if (/\b(?<!only )(?:from|with|for|join|at|by|and our)\s+(?:(?:a|an|the|our)\s+)?(?:(?:mostly|primarily|largely|mainly)\s+)?$/.test(before)) continue;
        // "100% remote, distributed across US, Canada and Estonia": where the team is, not a limit.
        if (TEAM_SPREAD_BEFORE.test(before) || COMPANY_BASE_BEFORE.test(before)) continue;
        if (TEAM_BASED_BEFORE.test(lower.slice(Math.max(start, windowStart + match.index - TEAM_BASED_REACH), windowStart + match.index))) continue;
        if (TRAVEL_BEFORE.test(window.slice(Math.max(0, mention.index - windowStart), match.index))) continue;
        // "each of us", "help us build": the pronoun, not the country, unless written "US" or set off ("remote(us)").
        if (match[1] === 'us' && text.slice(windowStart + match.index, windowStart + match.index + 2) !== 'US' && !/[(\-–/,:|]\s*$/.test(before)) continue;
        const name = regionName(match[1]);
        if (!name) continue;
        // "remote programmers, US or international": the region is one choice, the rest of the world the other.
        if (OR_ELSEWHERE_AFTER.test(window.slice(match.index + match[0].length))) {
          if (weakAnywhereAt < 0) weakAnywhereAt = windowStart + match.index;
          continue;
        }
        regions.add(name);
      }
      if (restrictionAt < 0) restrictionAt = windowStart + match.index;
      if (headerLimitAt < 0 && mentionInHeader && (match[1] || offset)) headerLimitAt = windowStart + match.index;
    }
    if (WORLD_RIGHT_AFTER.test(lower.slice(mention.index + mention.length, mention.index + mention.length + 24))) {
      if (anywhereAt < 0) anywhereAt = mention.index;
      if (mentionInHeader) headerWorldAt = mention.index;
    }
    const anywhere = findAnywhere(lower, Math.max(start, mention.index - 80), Math.min(end, mention.index + mention.length + 80));
    if (anywhere.strong >= 0 && anywhereAt < 0) anywhereAt = anywhere.strong;
    if (inHeader(anywhere.strong)) headerWorldAt = anywhere.strong;
    if (anywhere.weak >= 0 && weakAnywhereAt < 0) weakAnywhereAt = anywhere.weak;
    // A header's fields are all about the job: "REMOTE or San Francisco, …, or Washington DC - INTERNATIONAL OK".
    if (mentionInHeader && weakAnywhereAt < 0) {
      headerWide ??= findAnywhere(lower, header.start, header.end).weak;
      if (headerWide >= 0) weakAnywhereAt = headerWide;
    }
  }
  // A condition the worker must meet ("Must live in USA", "overlap for 4 hours with 9am to 5pm PST") limits even a
  // remote job that says "Global" or "from anywhere"; a time zone or an offset merely named does not.
  let requirementAt = -1;
  for (const [pattern, anchors] of [[RESTRICTION, RESTRICTION_ANCHORS], [HIRING_IN_REGION, HIRING_ANCHORS]] as const) {
    let covered = 0;
    for (const hit of find(anchors)) {
      if (hit.start < covered) continue;
      pattern.lastIndex = hit.start;
      const match = pattern.exec(lower);
      if (!match) continue;
      covered = hit.start + match[0].length;
      const spelled = match.slice(1).find((group) => group !== undefined);
      // The pattern stops at an offset's first digit ("utc+5" of "utc+5:30"): the offsets are read a little further.
      if (/^(?:utc|gmt)/.test(match[0])) {
        for (const offset of lower.slice(match.index, covered + 5).matchAll(UTC_OFFSETS)) regions.add(offsetRegion(offset[0]));
      }
      const name = spelled ? regionName(spelled) : null;
      if (name) {
        // "EU time zones": the region's time zones, not the region.
        const zones = match[0].startsWith(spelled!) && /\btime ?zones?$/.test(match[0]) && !/time zones$/i.test(name);
        regions.add(zones ? `${name} time zones` : name);
      }
      if (restrictionAt < 0) restrictionAt = match.index;
      if (requirementAt < 0 && !NAMED_TIME_ZONE.test(match[0])) requirementAt = match.index;
    }
  }
  for (const hit of find(ANYWHERE_ANCHORS)) {
    if (anywhereAt >= 0) break;
    ANYWHERE_AT.lastIndex = hit.start;
    const match = ANYWHERE_AT.exec(lower);
    if (!match || GLOBAL_NEEDS_REMOTE_NEARBY.test(match[0])) continue;
    // "used by researchers worldwide" is about customers; "hire from anywhere" is about workers.
    const { start, end } = sentenceBounds(lower, match.index);
    const sentence = lower.slice(start, end);
    // A bare "Worldwide" line labels a list of roles like a location does.
    if (!WORKERS.test(sentence) && sentence.trim().length > 30) continue;
    const after = lower.slice(match.index + match[0].length, match.index + match[0].length + 40);
    if (ANYWHERE_LIMITED.test(after) || ANYWHERE_NOT_SCOPE.test(after)) continue;
    if (ANYWHERE_NOT_WORK_BEFORE.test(lower.slice(Math.max(start, match.index - 20), match.index))) continue;
    // "open worldwide as long as you can be available 2–8 PM UTC": the hours are the limit.
    if (HOURS_CONDITION.test(lower.slice(match.index, end))) {
      if (restrictionAt < 0) restrictionAt = match.index;
      continue;
    }
    anywhereAt = match.index;
  }
  if (anywhereAt >= 0 && requirementAt < 0 && (headerLimitAt < 0 || headerWorldAt >= 0)) {
    return { scope: 'anywhere', regions: [], scopeEvidence: sentenceAround(text, anywhereAt) };
  }
  if (restrictionAt >= 0) {
    return { scope: 'restricted', regions: [...regions], scopeEvidence: sentenceAround(text, restrictionAt) };
  }
  if (weakAnywhereAt >= 0) {
    return { scope: 'anywhere', regions: [], scopeEvidence: sentenceAround(text, weakAnywhereAt) };
  }
  return { scope: 'unspecified', regions: [], scopeEvidence: null };
}

/**
 * "Worldwide", "from anywhere", "team spread across the world" within a remote sentence (strong), or "international
 * OK" (weak: a time-zone limit elsewhere wins over it); -1 when absent or limited to a region.
 */
function findAnywhere(lower: string, start: number, end: number): { strong: number; weak: number } {
  const found = { strong: -1, weak: -1 };
  const sentence = lower.slice(start, end);
  ANYWHERE.lastIndex = 0;
  for (let match = ANYWHERE.exec(sentence); match; match = ANYWHERE.exec(sentence)) {
    const after = sentence.slice(match.index + match[0].length, match.index + match[0].length + 40);
    if (ANYWHERE_LIMITED.test(after) || ANYWHERE_NOT_SCOPE.test(after)) continue;
    if (/^global/.test(match[0]) && GLOBAL_NOT_WORKERS.test(after)) continue;
    if (match[0].startsWith('international')) {
      if (found.weak < 0 && /^\s+(?:ok|okay|welcome|candidates|applicants|is fine|remote)/.test(after)) found.weak = start + match.index;
      continue;
    }
    // "open worldwide as long as you can be available 2–8 PM UTC": the hours are the limit.
    const at = start + match.index;
    if (HOURS_CONDITION.test(lower.slice(at, sentenceBounds(lower, at).end))) continue;
    if (found.strong < 0) found.strong = at;
  }
  return found;
}

