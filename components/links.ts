// Links made from posting data (a page's URL, its apply link, a stored source): only web pages and mail drafts become
// hrefs. A `javascript:`, `data:` or other URL from a stranger's page is shown as no link at all.
import { absoluteUrl } from '../lib/extract/ids';

/** The URL when it is an absolute http(s) URL, else undefined (no href). */
export function webHref(url: string | null | undefined): string | undefined {
  return (url && absoluteUrl(url, 'about:blank')) || undefined;
}

/** A mailto: link as JobFit drafts it, else undefined. */
export function mailtoHref(url: string | null | undefined): string | undefined {
  return url && /^mailto:/i.test(url) ? url : undefined;
}
