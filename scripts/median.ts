/** The middle of a bench's figures (the upper middle of an even count): what each section judges against its target. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}
