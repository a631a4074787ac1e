// `npm run bench`: runs every section in scripts/bench/ (one module per section, in file-name order). A section is a
// module whose default export is a BenchSection, or that exports `run()`; add a file there to add a section.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export interface BenchSection {
  title: string;
  /** Prints its own figures; throws to report a failure. */
  run(): Promise<void> | void;
}

const folder = path.join(path.dirname(fileURLToPath(import.meta.url)), 'bench');
const files = readdirSync(folder).filter((file) => /\.(?:ts|js|mjs)$/.test(file) && !file.endsWith('.d.ts')).sort();
let failed = 0;
for (const file of files) {
  const module = (await import(pathToFileURL(path.join(folder, file)).href)) as { default?: BenchSection; run?: () => Promise<void> | void };
  const section = module.default ?? (module.run ? { title: file.replace(/\.\w+$/, ''), run: module.run } : null);
  if (!section || typeof section.run !== 'function') {
    console.warn(`scripts/bench/${file}: exports neither a BenchSection nor run(), skipped`);
    continue;
  }
  console.log(`\n== ${section.title} (${file})`);
  try {
    await section.run();
  } catch (error) {
    failed++;
    console.error(`   failed: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
  }
}
if (failed) process.exitCode = 1;
