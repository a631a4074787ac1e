/** Hands a text, given in parts (a large export is never one string), to the browser as a file download. */
export function downloadText(filename: string, parts: readonly string[], type: string): void {
  const url = URL.createObjectURL(new Blob(parts as string[], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
