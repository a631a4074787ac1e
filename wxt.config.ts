import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  hooks: {
    // Content scripts load on every board page: they use only the promise-returning APIs that Chromium (MV3) and
    // Firefox both have natively, so they skip the WebExtension polyfill (~10 kB) that the module gives the rest.
    'vite:build:extendConfig'(entrypoints, viteConfig) {
      if (!entrypoints.every((entrypoint) => entrypoint.type === 'content-script')) return;
      const aliases = viteConfig.resolve?.alias;
      if (aliases && !Array.isArray(aliases)) delete (aliases as Record<string, string>)['wxt/browser'];
    },
  },
  // The sources zip (for Firefox review) carries the code, not test output or scratch files.
  zip: { excludeSources: ['test-results/**', 'web-ext-artifacts/**', '.*.ts', '**/*.log'] },
  manifest: ({ browser }) => ({
    name: 'JobFit',
    description: 'Scores the job postings you browse against your profile and keeps a private shortlist. Nothing leaves your machine.',
    permissions: ['storage', 'activeTab', 'scripting', 'unlimitedStorage'],
    action: { default_title: 'JobFit' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            // Nothing leaves the user's machine: declared to Firefox as no data collection at all.
            gecko: { id: 'jobfit@jobfit.local', strict_min_version: '142.0', data_collection_permissions: { required: ['none'] } },
          },
        }
      : {}),
  }),
});
