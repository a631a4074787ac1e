// Form fields with their label, hint and error message wired together for screen readers.
import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';

interface FieldProps {
  id: string;
  label: string;
  hint?: ComponentChildren;
  error?: string;
}

function describedBy({ id, hint, error }: FieldProps): string | undefined {
  const ids = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

function FieldFrame({ id, label, hint, error, children }: FieldProps & { children: ComponentChildren }) {
  return (
    <div class={`field${error ? ' field-invalid' : ''}`}>
      <label for={id} class="field-label">{label}</label>
      {children}
      {hint && <span id={`${id}-hint`} class="field-hint">{hint}</span>}
      {error && <span id={`${id}-error`} class="field-error" role="alert">{error}</span>}
    </div>
  );
}

export function TextField(props: FieldProps & { value: string; onChange: (value: string) => void; type?: 'text' | 'email' | 'url'; placeholder?: string; multiline?: number }) {
  const common = {
    id: props.id,
    value: props.value,
    placeholder: props.placeholder,
    'aria-invalid': props.error ? ('true' as const) : undefined,
    'aria-describedby': describedBy(props),
  };
  return (
    <FieldFrame {...props}>
      {props.multiline ? (
        <textarea {...common} rows={props.multiline} onInput={(event) => props.onChange(event.currentTarget.value)} />
      ) : (
        <input {...common} type={props.type ?? 'text'} onInput={(event) => props.onChange(event.currentTarget.value)} />
      )}
    </FieldFrame>
  );
}

/** An empty or unreadable entry becomes NaN, which the schema rejects with a message next to the field. */
export function NumberField(props: FieldProps & { value: number; onChange: (value: number) => void; min?: number; max?: number; step?: number }) {
  return (
    <FieldFrame {...props}>
      <input
        id={props.id}
        type="number"
        class="number-input"
        value={Number.isNaN(props.value) ? '' : String(props.value)}
        min={props.min}
        max={props.max}
        step={props.step}
        aria-invalid={props.error ? 'true' : undefined}
        aria-describedby={describedBy(props)}
        onInput={(event) => props.onChange(event.currentTarget.value.trim() === '' ? Number.NaN : Number(event.currentTarget.value))}
      />
    </FieldFrame>
  );
}

export function parseLines(text: string): string[] {
  return text.split('\n').map((line) => line.trim()).filter((line) => line.length > 0);
}

/** One entry per line. Keeps the raw text while typing, so that a new empty line is not swallowed. */
export function ListField(props: FieldProps & { value: string[]; onChange: (value: string[]) => void; rows?: number; placeholder?: string }) {
  const [text, setText] = useState(props.value.join('\n'));
  useEffect(() => {
    if (parseLines(text).join('\n') !== props.value.join('\n')) setText(props.value.join('\n'));
  }, [props.value]);
  return (
    <FieldFrame {...props}>
      <textarea
        id={props.id}
        rows={props.rows ?? 3}
        value={text}
        placeholder={props.placeholder}
        aria-invalid={props.error ? 'true' : undefined}
        aria-describedby={describedBy(props)}
        onInput={(event) => {
          setText(event.currentTarget.value);
          props.onChange(parseLines(event.currentTarget.value));
        }}
      />
    </FieldFrame>
  );
}

export function CheckField({ id, label, checked, onChange, hint }: { id: string; label: string; checked: boolean; onChange: (checked: boolean) => void; hint?: string }) {
  return (
    <label class="check" for={id}>
      <input id={id} type="checkbox" checked={checked} onChange={(event) => onChange(event.currentTarget.checked)} />
      <span>
        {label}
        {hint && <span class="field-hint"> {hint}</span>}
      </span>
    </label>
  );
}
