// Size of the content script, which every board page loads: the built .output/chrome-mv3/content-scripts/content.js
// (built first when absent or older than the sources), raw and gzipped, and what the biggest parts of it are.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { BenchSection } from '../bench';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const BUILT = path.join(root, '.output/chrome-mv3/content-scripts/content.js');
const TARGET_BYTES = 60 * 1024;
const SOURCE_FOLDERS = ['lib', 'components', 'entrypoints'];

function newestSource(folder: string): number {
  let newest = 0;
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const full = path.join(folder, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(full) : statSync(full).mtimeMs);
  }
  return newest;
}

const kB = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;

/** The biggest modules of the content script's import graph, bundled and minified the way the build does. */
async function largestParts(): Promise<[string, number][]> {
  const { build } = await import('esbuild');
  const result = await build({
    entryPoints: [path.join(root, 'entrypoints/content/page-session.ts')],
    bundle: true, minify: true, format: 'iife', write: false, metafile: true, jsx: 'automatic', jsxImportSource: 'preact', logLevel: 'silent',
  });
  const inputs = Object.values(result.metafile.outputs)[0]!.inputs;
  const byPart = new Map<string, number>();
  for (const [file, { bytesInOutput }] of Object.entries(inputs)) {
    const part = file.includes('node_modules/') ? file.split('node_modules/')[1]!.split('/')[0]! : file.includes('/boards/') ? 'lib/extract/boards/*' : file;
    byPart.set(part, (byPart.get(part) ?? 0) + bytesInOutput);
  }
  return [...byPart].sort((a, b) => b[1] - a[1]).slice(0, 8);
}

const section: BenchSection = {
  title: 'Content script size',
  async run() {
    const stale = !existsSync(BUILT) || statSync(BUILT).mtimeMs < Math.max(...SOURCE_FOLDERS.map((folder) => newestSource(path.join(root, folder))));
    if (stale) {
      console.log('   building the extension (npx wxt build)…');
      execFileSync('npx', ['wxt', 'build'], { cwd: root, stdio: 'ignore' });
    }
    const code = readFileSync(BUILT);
    const gzipped = gzipSync(code, { level: 9 }).length;
    console.log(`   content.js: ${kB(code.length)} minified (${code.length} bytes), ${kB(gzipped)} gzipped — target < ${kB(TARGET_BYTES)} minified`);
    console.log('   largest parts (esbuild, minified, without the WebExtension polyfill):');
    for (const [part, bytes] of await largestParts()) console.log(`     ${kB(bytes).padStart(8)}  ${part}`);
  },
};
export default section;
