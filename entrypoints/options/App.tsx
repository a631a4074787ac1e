import { useEffect, useMemo, useState } from 'preact/hooks';
import { DataTransfer } from '../../components/DataTransfer';
import { plural } from '../../components/format';
import { ProfileForm, type CriterionInfo } from '../../components/ProfileForm';
import { ScorePreview } from '../../components/ScorePreview';
import { jobDb } from '../../components/useJobStore';
import type { CriterionSettings, Profile } from '../../lib/model';
import { CRITERIA } from '../../lib/score/criteria';
import { DEFAULT_PROFILE } from '../../lib/score/profile';
import { score } from '../../lib/score/score';
import { rescoreAll, resumeRescore } from '../../lib/store/jobs';
import { loadProfile, saveProfile } from '../../lib/store/settings';
import { exportJobs, importJobs } from './data';
import { SAMPLE_POSTING_TEXT, samplePosting } from './sample';
import { checkProfile } from './validate';

/** While saving: once the profile is stored, how far the stored jobs are re-scored (a minute at 10,000 jobs). */
type SaveState =
  | { kind: 'idle' }
  | { kind: 'saving'; rescoring?: { done: number; total: number } }
  | { kind: 'saved' | 'invalid' | 'failed' | 'resuming'; message: string };

const CRITERIA_SHOWN: CriterionInfo[] = CRITERIA.map(({ id, label }) => ({ id, label }));

function criterionDefaults(id: string): CriterionSettings {
  const criterion = CRITERIA.find((c) => c.id === id);
  return { enabled: true, weight: criterion?.defaultWeight ?? 0, keywords: [] };
}

export function App() {
  const [saved, setSaved] = useState<Profile | null>(null);
  const [draft, setDraft] = useState<Profile | null>(null);
  const [timeZoneGuessed, setTimeZoneGuessed] = useState(false);
  const [sample, setSample] = useState(SAMPLE_POSTING_TEXT);
  const [save, setSave] = useState<SaveState>({ kind: 'idle' });
  const [showErrors, setShowErrors] = useState(false);

  useEffect(() => {
    void loadProfile(jobDb(), DEFAULT_PROFILE).then((profile) => {
      setSaved(profile);
      const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
      setTimeZoneGuessed(!profile.timeZone && Boolean(zone));
      setDraft(profile.timeZone || !zone ? profile : { ...profile, timeZone: zone });
      void finishLastRescoring(profile);
    });
  }, []);

  /** A re-scoring this page left unfinished when it was closed goes on here too (the worker shares it). */
  const finishLastRescoring = async (profile: Profile) => {
    const untouched = (state: SaveState) => state.kind === 'idle' || state.kind === 'resuming';
    const show = (next: SaveState) => setSave((state) => (untouched(state) ? next : state));
    try {
      const rescored = await resumeRescore(jobDb(), profile, score, () => show({ kind: 'resuming', message: 'Finishing the re-scoring of your last save…' }));
      if (rescored > 0) show({ kind: 'saved', message: `Re-scored ${plural(rescored, 'stored job')} left from your last save.` });
    } catch (error) {
      show({ kind: 'failed', message: `Re-scoring your last save failed: ${errorText(error)}` });
    }
  };

  const check = useMemo(() => (draft ? checkProfile(draft) : null), [draft]);
  // The preview follows the draft while it is valid, and keeps the last valid state while it is not.
  const [previewProfile, setPreviewProfile] = useState<Profile>(DEFAULT_PROFILE);
  useEffect(() => {
    if (check?.ok) setPreviewProfile(check.profile);
  }, [check]);
  const preview = useMemo(() => {
    const posting = samplePosting(sample);
    return { posting, evaluation: score(posting, previewProfile) };
  }, [sample, previewProfile]);

  const errors = showErrors && check && !check.ok ? check.errors : {};

  const store = async (profile: Profile) => {
    setSave({ kind: 'saving' });
    try {
      await saveProfile(jobDb(), profile);
    } catch (error) {
      setSave({ kind: 'failed', message: `Not saved: ${errorText(error)}` });
      return;
    }
    setSaved(profile);
    setTimeZoneGuessed(false);
    try {
      const total = await jobDb().jobs.count();
      setSave({ kind: 'saving', rescoring: { done: 0, total } });
      const rescored = await rescoreAll(jobDb(), profile, score, (done) => setSave({ kind: 'saving', rescoring: { done, total } }));
      setSave({ kind: 'saved', message: `Saved. Re-scored ${plural(rescored, 'stored job')}.` });
    } catch (error) {
      setSave({ kind: 'failed', message: `Saved, but re-scoring the stored jobs stopped (${errorText(error)}); save again to finish it.` });
    }
  };

  const onSave = () => {
    if (!check) return;
    setShowErrors(true);
    if (!check.ok) {
      const count = Object.keys(check.errors).length;
      setSave({ kind: 'invalid', message: `Fix ${plural(count, 'highlighted field')}; your saved profile is unchanged.` });
      document.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
      return;
    }
    void store(check.profile);
  };

  const onReset = () => {
    if (!confirm('Replace your whole profile with the defaults?')) return;
    setDraft(DEFAULT_PROFILE);
    setShowErrors(false);
    void store(DEFAULT_PROFILE);
  };

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 's') {
        event.preventDefault();
        onSave();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  if (!draft) return <p class="page-loading muted">Loading your profile…</p>;
  const dirty = JSON.stringify(draft) !== JSON.stringify(saved);

  return (
    <div class="options-page">
      <header class="page-header">
        <div>
          <h1>JobFit settings</h1>
          <p class="muted">What a good job is for you. Scores, badges and emails follow these settings.</p>
        </div>
        <span class="spacer" />
        <div class="save-bar">
          <span class={`save-state save-${save.kind}`} role="status" aria-live="polite">
            {save.kind === 'saving' ? savingText(save.rescoring) : 'message' in save ? save.message : dirty ? 'Unsaved changes' : ''}
          </span>
          <button type="button" class="btn" onClick={onReset}>Reset to default</button>
          <button type="button" class="btn btn-primary" onClick={onSave} disabled={save.kind === 'saving'} aria-keyshortcuts="Control+S">
            Save <kbd>Ctrl S</kbd>
          </button>
        </div>
      </header>
      <div class="options-layout">
        <main>
          <ProfileForm
            profile={draft}
            onChange={(profile) => {
              setDraft(profile);
              if (save.kind !== 'saving') setSave({ kind: 'idle' });
            }}
            errors={errors}
            criteria={CRITERIA_SHOWN}
            criterionDefaults={criterionDefaults}
            timeZoneGuessed={timeZoneGuessed}
          />
          <DataTransfer onExport={exportJobs} onImport={importJobs} />
        </main>
        <aside class="options-preview">
          <ScorePreview
            sample={sample}
            onSample={setSample}
            onResetSample={() => setSample(SAMPLE_POSTING_TEXT)}
            evaluation={preview.evaluation}
            stale={Boolean(check && !check.ok)}
          />
        </aside>
      </div>
    </div>
  );
}

function savingText(rescoring: { done: number; total: number } | undefined): string {
  if (!rescoring) return 'Saving…';
  return `Saved. Re-scoring stored jobs: ${rescoring.done.toLocaleString()} of ${rescoring.total.toLocaleString()}…`;
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
