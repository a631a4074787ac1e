// Contact addresses in posting text: plain, mailto:, and the obfuscated forms people write to dodge scrapers
// ("jobs at acme dot com", "jobs [at] acme [dot] io", "jobs(at)acme.com").

const AT = String.raw`\s*(?:@|\(at\)|\[at\]|\{at\}|<at>|\s+at\s+|\s+AT\s+)\s*`;
const DOT = String.raw`\s*(?:\.|\(dot\)|\[dot\]|\{dot\}|<dot>|\s+dot\s+|\s+DOT\s+)\s*`;
const LOCAL = String.raw`[a-z0-9][a-z0-9._%+-]*`;
const LABEL = String.raw`[a-z0-9](?:[a-z0-9-]*[a-z0-9])?`;
const TLD = String.raw`[a-z]{2,24}`;
const OBFUSCATED = new RegExp(`(?<![a-z0-9._%+-])(${LOCAL})${AT}((?:${LABEL}${DOT})+${TLD})(?![a-z0-9-])`, 'gi');
const DOT_SEPARATOR = new RegExp(DOT, 'gi');
const PLACEHOLDER_LOCALS = new Set(['firstname', 'lastname', 'first', 'name', 'yourname', 'you', 'email', 'first.last', 'firstname.lastname']);

/** Every contact address in the text, lower-cased, de-obfuscated, in order of first appearance. */
export function findEmails(text: string): string[] {
  const found = new Set<string>();
  for (const match of text.matchAll(OBFUSCATED)) {
    const local = match[1]!.toLowerCase().replace(/\.+$/, '');
    const domain = match[2]!.replace(DOT_SEPARATOR, '.').toLowerCase();
    if (PLACEHOLDER_LOCALS.has(local)) continue;
    if (!/\./.test(domain) || /\.(png|jpe?g|gif|svg|webp)$/.test(domain)) continue;
    found.add(`${local}@${domain}`);
  }
  return [...found];
}
