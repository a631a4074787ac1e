// @vitest-environment happy-dom
// What the settings page says when saving the profile fails, and when the profile is stored but re-scoring the stored
// jobs stops (a full disk, say): the store is played by stubs.
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';

const store = vi.hoisted(() => ({ saveError: null as Error | null, rescoreError: null as Error | null, saved: 0 }));

vi.mock('../../../components/useJobStore', () => ({ jobDb: () => ({ jobs: { count: async () => 3 } }) }));
vi.mock('../../../lib/store/settings', async () => {
  const { DEFAULT_PROFILE } = await import('../../../lib/score/profile');
  return {
    loadProfile: async () => ({ ...DEFAULT_PROFILE, timeZone: 'Europe/Berlin' }),
    saveProfile: async () => {
      if (store.saveError) throw store.saveError;
      store.saved += 1;
    },
  };
});
vi.mock('../../../lib/store/jobs', () => ({
  resumeRescore: async () => 0,
  rescoreAll: async (_db: unknown, _profile: unknown, _score: unknown, onProgress: (done: number) => void) => {
    onProgress(2);
    if (store.rescoreError) throw store.rescoreError;
    return 3;
  },
}));

const { App } = await import('../../../entrypoints/options/App');

afterEach(() => {
  cleanup();
  Object.assign(store, { saveError: null, rescoreError: null, saved: 0 });
});

/** Opens the page and saves the profile as loaded; the save status's text once it settles. */
async function saveAndRead(): Promise<string> {
  render(<App />);
  const save = await screen.findByRole('button', { name: /^Save/ });
  fireEvent.click(save);
  const status = document.querySelector('.save-state')!;
  await waitFor(() => expect(status.className).toMatch(/save-(saved|failed)/));
  return status.textContent ?? '';
}

describe('the settings page saving the profile', () => {
  it('says how many stored jobs it re-scored', async () => {
    expect(await saveAndRead()).toBe('Saved. Re-scored 3 stored jobs.');
    expect(store.saved).toBe(1);
  });

  it('says the profile was not saved when storing it failed', async () => {
    store.saveError = new Error('The disk is full.');
    expect(await saveAndRead()).toBe('Not saved: The disk is full.');
    expect(store.saved).toBe(0);
  });

  it('says the profile was saved when only the re-scoring stopped, and how to finish it', async () => {
    store.rescoreError = new Error('The disk is full.');
    expect(await saveAndRead()).toBe('Saved, but re-scoring the stored jobs stopped (The disk is full.); save again to finish it.');
    expect(store.saved).toBe(1);
  });
});
