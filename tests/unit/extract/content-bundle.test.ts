// What the board content scripts are built from must stay small: a value imported from lib/model.ts once pulled zod
// (about 95 kB minified) into every board script. The page-side code is bundled here and its inputs listed.
import { build, type Plugin } from 'esbuild';
import { describe, expect, it } from 'vitest';

const PAGE_SIDE = ['entrypoints/content/board-script.ts', 'lib/extract/boards/index.ts'];
/** Vite's `?inline` CSS imports, which esbuild does not know: the CSS text does not matter here. */
const inlineCss: Plugin = {
  name: 'inline-css',
  setup(builder) {
    builder.onResolve({ filter: /\?inline$/ }, (args) => ({ path: args.path, namespace: 'inline-css' }));
    builder.onLoad({ filter: /.*/, namespace: 'inline-css' }, () => ({ contents: 'export default ""', loader: 'js' }));
  },
};

describe('the code a board content script is made of', () => {
  it('includes no zod (the background validates everything a page sends)', async () => {
    const result = await build({
      entryPoints: PAGE_SIDE, bundle: true, write: false, metafile: true, outdir: 'out', format: 'esm', platform: 'browser', logLevel: 'silent',
      jsx: 'automatic', jsxImportSource: 'preact', plugins: [inlineCss],
    });
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs).toContain('entrypoints/content/page-session.ts');
    expect(inputs).toContain('lib/extract/engine.ts');
    expect(inputs.filter((input) => /node_modules\/zod\//.test(input))).toEqual([]);
  });
});
