import { useEffect, useState } from 'preact/hooks';

interface Props {
  value: string;
  /** Saves on blur, so that typing does not write on every key. */
  onSave: (notes: string) => Promise<unknown>;
}

export function NotesField({ value, onSave }: Props) {
  const [text, setText] = useState(value);
  const [state, setState] = useState<'idle' | 'saving' | 'saved' | 'failed'>('idle');
  useEffect(() => setText(value), [value]);

  return (
    <div class="notes">
      <label for="job-notes" class="section-label">Notes</label>
      <textarea
        id="job-notes"
        rows={3}
        placeholder="Who you talked to, what to ask, deadlines…"
        value={text}
        onInput={(event) => {
          setText(event.currentTarget.value);
          setState('idle');
        }}
        onBlur={async () => {
          if (text === value) return;
          setState('saving');
          try {
            await onSave(text);
            setState('saved');
          } catch {
            setState('failed');
          }
        }}
      />
      <span class="notes-state muted" aria-live="polite">
        {state === 'saving' ? 'Saving…' : state === 'saved' ? 'Saved' : state === 'failed' ? 'Could not save' : ''}
      </span>
    </div>
  );
}
