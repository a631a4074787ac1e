// Stable identities for postings: the same job seen twice (another visit, another tracking link) gets the same id.

/** Query parameters that say how the visitor arrived, not which job it is. */
const TRACKING_PARAMS = new Set(
  [
    'refid', 'trackingid', 'trk', 'trkinfo', 'lipi', 'midtoken', 'midsig', 'ebp', 'originalsubdomain', 'recommendedflavor',
    'fbclid', 'gclid', 'msclkid', 'mc_cid', 'mc_eid', '_hsenc', '_hsmi', 'gh_src', 'lever-source', 'lever-origin',
    'source', 'src', 'ref', 'referrer', 'from', 'tk', 'position', 'pagenum', 'alternatechannel',
  ].map((name) => name.toLowerCase()),
);

/** Job pages whose path already names the job, where a `currentJobId` is only the focus of a side list. */
const PATH_NAMES_JOB = /\/jobs\/view\/|\/job\/|\/jobs\/\d/i;

/**
 * The URL with tracking parameters and the fragment removed; host lower-cased. URLs that do not parse are
 * returned trimmed, unchanged: a posting from a JSONL line may carry anything.
 */
export function canonicalUrl(url: string, base?: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url.trim(), base);
  } catch {
    return url.trim();
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return parsed.href;
  parsed.hash = '';
  const pathNamesJob = PATH_NAMES_JOB.test(parsed.pathname);
  // forEach, not an iterator: Firefox content scripts see the page's URLSearchParams through an Xray wrapper
  // whose iterators are not iterable there.
  const names: string[] = [];
  parsed.searchParams.forEach((_value, name) => names.push(name));
  for (const name of names) {
    const lower = name.toLowerCase();
    if (lower.startsWith('utm_') || TRACKING_PARAMS.has(lower) || (lower === 'currentjobid' && pathNamesJob)) {
      parsed.searchParams.delete(name);
    }
  }
  return parsed.href;
}

/** `<board>:<board job id>` when the board names its jobs, else `url:<canonical url>`. */
export function postingId(board: string, boardJobId: string | null | undefined, url: string): string {
  const jobId = boardJobId?.trim();
  return jobId ? `${board}:${jobId}` : `url:${canonicalUrl(url)}`;
}

/** Absolute URL of an href read from a page, or null when it is not a web link. */
export function absoluteUrl(href: string, base: string): string | null {
  try {
    const parsed = new URL(href.trim(), base);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}

/** Host name without a leading `www.`: the board name of a site no adapter knows. */
export function siteName(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '') || 'web';
  } catch {
    return 'web';
  }
}
