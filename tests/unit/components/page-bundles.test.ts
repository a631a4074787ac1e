// What the popup and the dashboard are built from: they show stored jobs and never score one, and reading the
// default profile's weights from the criteria themselves once put the whole scorer (39 kB of 278 minified) into the
// popup's script. Their code is bundled here and its inputs listed.
import { build, type Plugin } from 'esbuild';
import { describe, expect, it } from 'vitest';

/** Vite's `?inline` and plain CSS imports, which esbuild bundles differently: the CSS does not matter here. */
const noCss: Plugin = {
  name: 'no-css',
  setup(builder) {
    builder.onResolve({ filter: /\.css(\?inline)?$/ }, (args) => ({ path: args.path, namespace: 'no-css' }));
    builder.onLoad({ filter: /.*/, namespace: 'no-css' }, () => ({ contents: 'export default ""', loader: 'js' }));
  },
};

async function inputsOf(entry: string): Promise<string[]> {
  const result = await build({
    entryPoints: [entry], bundle: true, write: false, metafile: true, outdir: 'out', format: 'esm', platform: 'browser', logLevel: 'silent',
    jsx: 'automatic', jsxImportSource: 'preact', plugins: [noCss], external: ['wxt/*', '#imports'],
  });
  return Object.keys(result.metafile.inputs);
}

describe.each(['entrypoints/popup/main.tsx', 'entrypoints/dashboard/main.tsx'])('the code of %s', (entry) => {
  it('includes the store and the default profile, and none of the scorer', async () => {
    const inputs = await inputsOf(entry);
    expect(inputs).toContain('lib/store/jobs.ts');
    expect(inputs).toContain('lib/score/profile.ts');
    expect(inputs.filter((input) => input.startsWith('lib/score/') && !['lib/score/profile.ts', 'lib/score/criteria/catalog.ts'].includes(input))).toEqual([]);
    expect(inputs).not.toContain('lib/text/anchors.ts');
  });
});
