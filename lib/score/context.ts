// What every criterion reads: the posting's text once lower-cased, and the readings several criteria share
// (workplace, employment), computed on first use so that a disabled criterion costs nothing.
import type { CriterionSettings, EmploymentType, Posting, Profile, RemoteScope, Workplace } from '../model';
import { scanAnchors, type AnchorHit, type AnchorSet } from '../text/anchors';
import { readEmployment, type EmploymentReading } from './employment';
import { readWorkplace } from './workplace';

export interface WorkplaceJudgement {
  workplace: Workplace;
  scope: RemoteScope | null;
  regions: string[];
  /** A sentence of the posting, or "metadata: <field>=<value>". */
  evidence: string | null;
  scopeEvidence: string | null;
  conflicts: string[];
}

export interface EmploymentJudgement {
  types: EmploymentType[];
  evidence: string | null;
}

export interface CriterionOutcome {
  met: boolean | null;
  points: number;
  evidence: string | null;
  dealbreaker?: boolean;
}

/** One criterion: a pure function of the context. Its settings (weight, extra keywords) come with the context. */
export interface Criterion {
  id: string;
  label: string;
  defaultWeight: number;
  evaluate(context: CriterionContext): CriterionOutcome;
}

/** The context as a criterion sees it: `settings` are that criterion's own. */
export type CriterionContext = ScoringContext;

export class ScoringContext {
  /** Title, location and description, one per line: what the criteria read. */
  readonly text: string;
  /** `text` lower-cased, same length so that indices match (see lowerSameLength). */
  readonly lower: string;
  /** Where the description's first line lies in `text`: HN posts put "Company | Role | Location | Remote" there. */
  readonly headerStart: number;
  readonly headerEnd: number;
  /** A "Who wants to be hired?" post ("Location: … Remote: Yes … Willing to relocate: …"): a person, not a job. */
  readonly seekerPost: boolean;
  /** The settings of the criterion being evaluated (set by the scorer before each criterion). */
  settings: CriterionSettings = { enabled: true, weight: 0, keywords: [] };
  private workplaceCache: WorkplaceJudgement | null = null;
  private anchorCache: AnchorHit[][] | null = null;
  private employmentCache: EmploymentJudgement | null = null;

  constructor(
    readonly posting: Posting,
    readonly profile: Profile,
  ) {
    this.text = [posting.title, posting.location, posting.description].filter(Boolean).join('\n');
    this.lower = lowerSameLength(this.text);
    this.headerStart = this.text.length - posting.description.length;
    const lineEnd = this.text.indexOf('\n', this.headerStart);
    this.headerEnd = lineEnd < 0 ? this.text.length : lineEnd;
    this.seekerPost = isJobSeekerPost(this.lower);
  }

  /** Where the words of an anchor set occur: one scan of the text serves every criterion. */
  anchors(set: AnchorSet): readonly AnchorHit[] {
    this.anchorCache ??= scanAnchors(this.lower);
    return this.anchorCache[set.id] ?? [];
  }

  get workplace(): WorkplaceJudgement {
    this.workplaceCache ??= judgeWorkplace(this);
    return this.workplaceCache;
  }

  get employment(): EmploymentJudgement {
    if (!this.employmentCache) {
      const reading: EmploymentReading = readEmployment(this.text, this.lower, (set) => this.anchors(set));
      // Structured fields (JSON-LD, a board's own "Employment type") add to the text; fields an importer or the
      // generic reader guessed from this same text would only repeat its mistakes.
      const structured = this.posting.source === 'jsonld' || this.posting.source === 'adapter' ? this.posting.employment : [];
      const types = new Set<EmploymentType>([...structured, ...reading.types]);
      const fromText = [...new Set(reading.types.map((type) => reading.evidence[type]!))].join(' … ');
      this.employmentCache = {
        types: [...types].sort((a, b) => EMPLOYMENT_ORDER.indexOf(a) - EMPLOYMENT_ORDER.indexOf(b)),
        evidence: fromText ? fromText : structured.length ? `metadata: employment=${structured.join(', ')}` : null,
      };
    }
    return this.employmentCache;
  }
}

/** The field labels of a job seeker's template, each at the start of a line (or of the text). */
const SEEKER_FIELD = /(?:^|\n)\s*(location|remote|willing to relocate|technologies|r[ée]sum[ée](?:\/cv)?|cv|email)\s*:/g;

/** Three of the template's fields, one of them only a seeker writes (relocation, résumé). Cheap: a text without
 *  "location:" and one of "relocate", "résumé", "resume", "cv:" is not read further. */
export function isJobSeekerPost(lower: string): boolean {
  if (!lower.includes('location:') || (!lower.includes('relocate') && !lower.includes('sumé') && !lower.includes('resume') && !lower.includes('cv:'))) return false;
  const fields = new Set<string>();
  let seekerOnly = false;
  for (const match of lower.matchAll(SEEKER_FIELD)) {
    fields.add(match[1]!);
    if (match[1] === 'willing to relocate' || /^(?:r[ée]sum|cv)/.test(match[1]!)) seekerOnly = true;
  }
  return seekerOnly && fields.size >= 3;
}

const EMPLOYMENT_ORDER: readonly EmploymentType[] = ['full-time', 'part-time', 'contract', 'internship'];

/**
 * toLowerCase, except for the rare characters whose lower case is longer ("İ"): those stay as they are so that an
 * index found in the lower-cased text points at the same place in the original.
 */
export function lowerSameLength(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower;
  let result = '';
  for (const char of text) {
    const lowered = char.toLowerCase();
    result += lowered.length === char.length ? lowered : char;
  }
  return result;
}

const WORDS: Record<Workplace, string> = { remote: 'remote', hybrid: 'hybrid', onsite: 'on-site', unknown: 'unknown' };
const WORLDWIDE = /^(?:world ?wide|anywhere|global|earth|international)$/i;

/** The board's metadata and the text together; the text wins when it says something, and disagreements are named. */
function judgeWorkplace(context: ScoringContext): WorkplaceJudgement {
  const { posting } = context;
  if (context.seekerPost) return { workplace: 'unknown', scope: null, regions: [], evidence: null, scopeEvidence: null, conflicts: [] };
  const reading = readWorkplace(context.text, context.lower, { start: context.headerStart, end: context.headerEnd }, (set) => context.anchors(set));
  const conflicts: string[] = [];
  let { workplace, evidence, scope, regions, scopeEvidence } = reading;
  if (workplace === 'unknown' && posting.workplace !== 'unknown') {
    workplace = posting.workplace;
    evidence = `metadata: workplace=${posting.workplace}`;
    scope = workplace === 'remote' ? 'unspecified' : null;
  } else if (posting.workplace !== 'unknown' && posting.workplace !== workplace) {
    conflicts.push(
      `The board lists this job as ${WORDS[posting.workplace]}, but the text says ${WORDS[workplace]}: “${reading.evidence}”`,
    );
  }
  if (workplace === 'remote' && posting.remoteRegions.length > 0) {
    if (posting.remoteRegions.every((region) => WORLDWIDE.test(region.trim()))) {
      if (scope !== 'restricted') {
        scope = 'anywhere';
        scopeEvidence ??= `metadata: remoteRegions=${posting.remoteRegions.join(', ')}`;
      }
    } else {
      if (scope === 'anywhere') {
        conflicts.push(`The board limits remote work to ${posting.remoteRegions.join(', ')}, but the text says: “${scopeEvidence}”`);
      }
      scope = 'restricted';
      regions = [...new Set([...posting.remoteRegions, ...regions])];
      scopeEvidence = `metadata: remoteRegions=${posting.remoteRegions.join(', ')}`;
    }
  }
  return { workplace, scope: workplace === 'remote' ? scope ?? 'unspecified' : null, regions: workplace === 'remote' ? regions : [], evidence, scopeEvidence, conflicts };
}
