// Size of the content scripts: each board's own script (entrypoints/<board>.content.ts), which every page of that
// board loads, and the on-demand reader (content.js, injected only by the popup's "Evaluate this page"), as built in
// .output/chrome-mv3/content-scripts (built first when absent or older than the sources), raw and gzipped; the
// largest board script against the target, and what its biggest parts are.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { EXTENSION_DIR } from '../../tests/e2e/fixture';
import type { BenchSection } from '../bench';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const BUILT = path.join(EXTENSION_DIR, 'content-scripts');
/** The on-demand reader: every adapter and the generic reader, loaded only when the user asks. */
const ON_DEMAND = 'content.js';
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

/** The biggest modules of a board script's import graph, bundled and minified the way the build does. */
async function largestParts(script: string): Promise<[string, number][]> {
  const { build } = await import('esbuild');
  const result = await build({
    entryPoints: [path.join(root, 'entrypoints', script.replace(/\.js$/, '.content.ts'))],
    bundle: true, minify: true, format: 'iife', write: false, metafile: true, jsx: 'automatic', jsxImportSource: 'preact', logLevel: 'silent',
    plugins: [
      {
        // Vite's `import css from './x.css?inline'`: the file's text (the build also minifies it).
        name: 'inline-css',
        setup(build) {
          build.onResolve({ filter: /\?inline$/ }, (args) => ({ path: path.resolve(args.resolveDir, args.path.replace(/\?inline$/, '')), namespace: 'inline-css' }));
          build.onLoad({ filter: /.*/, namespace: 'inline-css' }, (args) => ({ contents: readFileSync(args.path, 'utf8'), loader: 'text' }));
        },
      },
    ],
  });
  const inputs = Object.values(result.metafile.outputs)[0]!.inputs;
  const byPart = new Map<string, number>();
  for (const [file, { bytesInOutput }] of Object.entries(inputs)) {
    const part = file.includes('node_modules/') ? file.split('node_modules/')[1]!.split('/')[0]! : file;
    byPart.set(part, (byPart.get(part) ?? 0) + bytesInOutput);
  }
  return [...byPart].sort((a, b) => b[1] - a[1]).slice(0, 8);
}

const section: BenchSection = {
  title: 'Content script size',
  async run() {
    const newest = Math.max(...SOURCE_FOLDERS.map((folder) => newestSource(path.join(root, folder))));
    const stale = !existsSync(BUILT) || readdirSync(BUILT).some((file) => statSync(path.join(BUILT, file)).mtimeMs < newest);
    if (stale) {
      console.log('   building the extension (npx wxt build)…');
      execFileSync('npx', ['wxt', 'build'], { cwd: root, stdio: 'ignore' });
    }
    const sizes = readdirSync(BUILT)
      .filter((file) => file.endsWith('.js'))
      .map((file) => {
        const code = readFileSync(path.join(BUILT, file));
        return { file, bytes: code.length, gzipped: gzipSync(code, { level: 9 }).length };
      })
      .sort((a, b) => b.bytes - a.bytes);
    const boards = sizes.filter(({ file }) => file !== ON_DEMAND);
    for (const { file, bytes, gzipped } of sizes) {
      const role = file === ON_DEMAND ? 'on demand only' : 'board script';
      console.log(`   ${file.padEnd(26)} ${kB(bytes).padStart(9)} minified, ${kB(gzipped).padStart(8)} gzipped (${role})`);
    }
    const largest = boards[0];
    if (!largest) throw new Error(`no board content scripts in ${BUILT}`);
    const verdict = largest.bytes < TARGET_BYTES ? 'ok' : 'OVER';
    console.log(`   largest board script: ${largest.file} ${kB(largest.bytes)} (${largest.bytes} bytes) — target < ${kB(TARGET_BYTES)} minified: ${verdict}`);
    console.log(`   largest parts of ${largest.file} (esbuild, minified):`);
    for (const [part, bytes] of await largestParts(largest.file)) console.log(`     ${kB(bytes).padStart(8)}  ${part}`);
  },
};
export default section;
