import { useState } from 'preact/hooks';
import { Notice } from './Notice';

interface Props {
  /** Downloads the file; resolves to what was exported, in words. */
  onExport: (format: 'csv' | 'json') => Promise<string>;
  /** Reads a backup file's text into the store; resolves to what happened, in words. */
  onImport: (text: string) => Promise<string>;
}

export function DataTransfer({ onExport, onImport }: Props) {
  const [result, setResult] = useState<{ ok: boolean; message: string } | null>(null);
  const run = async (action: () => Promise<string>) => {
    setResult(null);
    try {
      setResult({ ok: true, message: await action() });
    } catch (error) {
      setResult({ ok: false, message: error instanceof Error ? error.message : String(error) });
    }
  };
  return (
    <section class="form-section data-transfer" aria-labelledby="your-data">
      <h2 id="your-data">Your data</h2>
      <p class="section-hint">Everything stays in this browser. Export a spreadsheet, or a backup that another browser can import.</p>
      <div class="row">
        <button type="button" class="btn" onClick={() => run(() => onExport('csv'))}>
          Export CSV
        </button>
        <button type="button" class="btn" onClick={() => run(() => onExport('json'))}>
          Export JSON backup
        </button>
        <label class="btn file-button">
          Import JSON backup…
          <input
            type="file"
            accept="application/json,.json"
            class="sr-only"
            aria-label="Import JSON backup"
            onChange={(event) => {
              const input = event.currentTarget;
              const file = input.files?.[0];
              input.value = '';
              if (file) void run(async () => onImport(await file.text()));
            }}
          />
        </label>
      </div>
      {result && (
        <div data-testid="data-result">
          <Notice ok={result.ok} message={result.message} onDismiss={() => setResult(null)} />
        </div>
      )}
    </section>
  );
}
