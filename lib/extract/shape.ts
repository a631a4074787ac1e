// Reading a board's script data, a stranger's JSON of unknown shape, field by field. Zod would do it too, but it is
// most of the content script's size; the background parses every Posting with the schema (lib/messages.ts) anyway.
// A field of the wrong type reads as absent; an adapter rejects an object only when a field it needs is missing.

export type JsonRecord = Readonly<Record<string, unknown>>;

export function asRecord(value: unknown): JsonRecord | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as JsonRecord) : null;
}

export function asString(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

export function asNumber(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

export function asList(value: unknown): readonly unknown[] {
  return Array.isArray(value) ? value : [];
}

/** The strings of an array; other items are skipped. */
export function asStrings(value: unknown): string[] {
  return asList(value).filter((item): item is string => typeof item === 'string');
}

/** A script-data item that names a job (a string id and title), with its record; null for anything else. */
export function asJobRecord(value: unknown): { data: JsonRecord; id: string; title: string } | null {
  const data = asRecord(value);
  const id = asString(data?.id);
  const title = asString(data?.title);
  return data && id !== null && title !== null ? { data, id, title } : null;
}
