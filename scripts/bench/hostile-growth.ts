// How the cost of reading a stranger's text grows with its length. Every pair of fragments below, repeated to N and
// to 4N characters, goes through the e-mail finder, HTML to text and the whole scorer: linear code takes about 4×
// as long on the 4N text, code that costs the square of the length 16×. The fragments are the kinds of run that were
// found to be quadratic and their neighbours: before they were fixed, this section printed growths of 17.8× for the
// e-mail finder ("at-at-", 2.5 s at 32,000 characters), 26.4× for HTML to text ("<li<li", 1.3 s) and 15.2× for the
// scorer ("anywhere remote-", 21.5 s). Figures only; the line per target names its worst growth and its slowest text.
import { postingFromRecord } from '../../lib/extract/index';
import { DEFAULT_PROFILE, score } from '../../lib/score/score';
import { findEmails } from '../../lib/text/emails';
import { htmlToText } from '../../lib/text/html';
import type { BenchSection } from '../bench';

const FRAGMENTS = [
  ' ', '\n', '-', ',', '.', '(', '[', '|', '/', '@', '<', '<a', '<li', '<!--', '<script>', '"', 'at-', ' at ', 'dot ',
  'a@', 'a dot a@', '[at]', 'remote ', 'remote-', 'us ', 'utc+', '$100k-', 'ml/', 'data ', ',data ', 'open-', 'source ',
  'engineer ', 'anywhere ', 'company name ', '\u0130',
];
const SHORT = 8_000;
const LONG = SHORT * 4;
/** The slowest pairs at SHORT are timed again at LONG: a growth ratio of a case that takes no time is noise. */
const RETIMED = 12;
/** Growth above this is flagged: linear code stays near 4, quadratic code goes to 16. */
const SUPERLINEAR = 8;

const TARGETS: { name: string; run: (text: string) => unknown }[] = [
  { name: 'findEmails', run: findEmails },
  { name: 'htmlToText', run: htmlToText },
  { name: 'score (text read as a posting)', run: (text) => score(postingFromRecord({ id: 1, text }), DEFAULT_PROFILE) },
];

function msFor(run: (text: string) => unknown, unit: string, length: number): number {
  const text = unit.repeat(Math.ceil(length / unit.length));
  const start = process.hrtime.bigint();
  run(text);
  return Number(process.hrtime.bigint() - start) / 1e6;
}

const section: BenchSection = {
  title: 'Growth of the cost with hostile text',
  run() {
    const units = FRAGMENTS.flatMap((first) => FRAGMENTS.map((second) => first + second));
    console.log(`   ${units.length} pairs of ${FRAGMENTS.length} fragments, each repeated to ${SHORT.toLocaleString('en')} characters; the ${RETIMED} slowest again at ${LONG.toLocaleString('en')} (linear: about 4×)`);
    for (const { name, run } of TARGETS) {
      const slowest = units
        .map((unit) => ({ unit, short: msFor(run, unit, SHORT) }))
        .sort((a, b) => b.short - a.short)
        .slice(0, RETIMED)
        .map((entry) => ({ ...entry, long: msFor(run, entry.unit, LONG) }));
      const growth = (entry: { short: number; long: number }) => entry.long / Math.max(entry.short, 1);
      const worst = slowest.reduce((a, b) => (growth(b) > growth(a) ? b : a));
      const heaviest = slowest.reduce((a, b) => (b.long > a.long ? b : a));
      console.log(`   ${name.padEnd(32)} worst growth ${growth(worst).toFixed(1)}× on ${JSON.stringify(worst.unit)} (${worst.short.toFixed(1)} → ${worst.long.toFixed(1)} ms); ` +
        `slowest ${heaviest.long.toFixed(1)} ms on ${JSON.stringify(heaviest.unit)} — ${growth(worst) <= SUPERLINEAR ? 'linear' : 'SUPER-LINEAR'}`);
    }
  },
};

export default section;
