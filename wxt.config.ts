import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
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
