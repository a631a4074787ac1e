// The data that flows through JobFit: page → Posting → Evaluation → Job (stored) → badge / shortlist / email.
// Every boundary (messages, stored records, imported files, the profile) parses with these schemas.
import { z } from './zod';
import { MAX_EMAIL_LENGTH, MAX_EMAILS } from './posting-emails';

export const WORKPLACES = ['remote', 'hybrid', 'onsite', 'unknown'] as const;
export const Workplace = z.enum(WORKPLACES);
export type Workplace = z.infer<typeof Workplace>;

export const REMOTE_SCOPES = ['anywhere', 'restricted', 'unspecified'] as const;
export const RemoteScope = z.enum(REMOTE_SCOPES);
export type RemoteScope = z.infer<typeof RemoteScope>;

export const EMPLOYMENT_TYPES = ['full-time', 'part-time', 'contract', 'internship'] as const;
export const EmploymentType = z.enum(EMPLOYMENT_TYPES);
export type EmploymentType = z.infer<typeof EmploymentType>;

export const VERDICTS = ['match', 'maybe', 'skip'] as const;
export const Verdict = z.enum(VERDICTS);
export type Verdict = z.infer<typeof Verdict>;

export const SALARY_PERIODS = ['hour', 'day', 'week', 'month', 'year'] as const;
export const Salary = z.object({
  min: z.number().nullable(),
  max: z.number().nullable(),
  currency: z.string().nullable(),
  period: z.enum(SALARY_PERIODS).nullable(),
  /** As shown on the page, for the user to read. */
  text: z.string(),
});
export type Salary = z.infer<typeof Salary>;

/** Where the fields of a posting came from; the health report and the tests read it. */
export const PostingSource = z.enum(['jsonld', 'adapter', 'generic', 'import']);
export type PostingSource = z.infer<typeof PostingSource>;

const text = (max: number) => z.string().max(max);

/** One job as read from one page (or one line of a JSONL file), before any judgement. */
export const Posting = z.object({
  /** Stable across visits: `<board>:<board job id>`, else `url:<canonical url>`. */
  id: text(2_000).min(1),
  board: text(64).min(1),
  boardJobId: text(500).nullable(),
  /** Canonical URL of the posting (query noise removed). */
  url: text(4_000),
  applyUrl: text(4_000).nullable(),
  title: text(1_000),
  company: text(1_000),
  location: text(2_000),
  /** What the board's own metadata says; the text is read by the scorer, which may disagree. */
  workplace: Workplace,
  /** Regions the board's metadata limits remote work to (e.g. JSON-LD applicantLocationRequirements). */
  remoteRegions: z.array(text(200)).max(100),
  employment: z.array(EmploymentType),
  salary: Salary.nullable(),
  /** ISO date (YYYY-MM-DD or full timestamp) when the board gives one. */
  datePosted: text(100).nullable(),
  /** Plain text, paragraphs separated by blank lines. */
  description: text(200_000),
  /** Lower-cased, de-obfuscated addresses found in the posting. */
  emails: z.array(text(MAX_EMAIL_LENGTH)).max(MAX_EMAILS),
  source: PostingSource,
  /** Fields the adapter expected but could not read: the page is read only in part. */
  missing: z.array(text(64)),
});
export type Posting = z.infer<typeof Posting>;

export const CriterionResult = z.object({
  id: text(64),
  label: text(200),
  /** null when the posting says nothing either way. */
  met: z.boolean().nullable(),
  points: z.number(),
  maxPoints: z.number(),
  /** The sentence or metadata field that earned the points, as shown to the user. */
  evidence: text(2_000).nullable(),
  /** A hard dealbreaker overrides the total and forces the verdict to skip. */
  dealbreaker: z.boolean().default(false),
});
export type CriterionResult = z.infer<typeof CriterionResult>;

/** The judgement of one posting against one profile. */
export const Evaluation = z.object({
  score: z.number().min(0).max(100),
  verdict: Verdict,
  workplace: Workplace,
  /** null when the job is not remote. */
  remoteScope: RemoteScope.nullable(),
  remoteRegions: z.array(text(200)),
  employment: z.array(EmploymentType),
  criteria: z.array(CriterionResult),
  /** Where the board's metadata and the text disagree, in words for the badge. */
  conflicts: z.array(text(500)),
  /** Identifies the profile this was scored against, so that a profile change re-scores. */
  profileHash: text(64),
});
export type Evaluation = z.infer<typeof Evaluation>;

/** How much one criterion counts, and the words it looks for (the criterion supplies defaults). */
export const CriterionSettings = z.object({
  enabled: z.boolean(),
  weight: z.number().min(0).max(100),
  /** Extra words or phrases that count for this criterion, on top of its built-in ones. */
  keywords: z.array(text(200)).max(500).default([]),
});
export type CriterionSettings = z.infer<typeof CriterionSettings>;

export const Profile = z.object({
  schemaVersion: z.literal(1),
  name: text(200),
  email: text(320),
  /** A few sentences about the user, pasted into contact emails. */
  pitch: text(5_000),
  links: z.array(text(2_000)).max(20),
  /** ISO 3166 alpha-2 code, or '' when not set (region limits then cannot be checked). */
  country: text(2),
  /** IANA time zone, e.g. "Europe/Berlin", or '' when not set. */
  timeZone: text(100),
  salaryFloor: z
    .object({ amount: z.number().positive(), currency: text(3).min(3), period: z.enum(SALARY_PERIODS) })
    .nullable(),
  employmentWanted: z.array(EmploymentType).min(1),
  /** Keyed by criterion id; a criterion missing here uses its defaults. */
  criteria: z.record(z.string(), CriterionSettings),
  dealbreakers: z.object({
    onsiteOnly: z.boolean(),
    hybrid: z.boolean(),
    relocation: z.boolean(),
    securityClearance: z.boolean(),
    regionExcludesUser: z.boolean(),
    /** Any of these phrases in a posting is a dealbreaker. */
    phrases: z.array(text(200)).max(200),
  }),
  thresholds: z.object({ match: z.number().min(0).max(100), maybe: z.number().min(0).max(100) }),
  emailTemplate: z.object({ subject: text(500), body: text(10_000) }),
});
export type Profile = z.infer<typeof Profile>;

export const JOB_STATUSES = [
  'new', 'interested', 'contacted', 'applied', 'interviewing', 'offer', 'rejected', 'archived',
] as const;
export const JobStatus = z.enum(JOB_STATUSES);
export type JobStatus = z.infer<typeof JobStatus>;

/** One board's sighting of a job; a job seen on LinkedIn, its ATS and Hacker News has three. */
export const JobSource = z.object({
  postingId: text(2_000),
  board: text(64),
  url: text(4_000),
  firstSeen: z.number(),
  lastSeen: z.number(),
});
export type JobSource = z.infer<typeof JobSource>;

/** The stored record: one per job, however many boards and visits it was seen on. */
export const Job = z.object({
  id: text(2_000),
  /** The best source's posting (an ATS page is preferred over an aggregator's copy). */
  posting: Posting,
  evaluation: Evaluation,
  sources: z.array(JobSource).min(1),
  /** Normalised company + title, to recognise the same role across boards and reposts. */
  fingerprint: text(2_000),
  repostCount: z.number().int().min(0),
  firstSeen: z.number(),
  lastSeen: z.number(),
  status: JobStatus,
  statusHistory: z.array(z.object({ status: JobStatus, at: z.number() })),
  notes: text(20_000),
  hidden: z.boolean(),
  // Copies of nested fields, kept flat so that Dexie can index them.
  score: z.number(),
  verdict: Verdict,
  board: text(64),
  company: text(1_000),
  remoteScope: RemoteScope.nullable(),
});
export type Job = z.infer<typeof Job>;
