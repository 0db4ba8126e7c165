/** A one-per-line textarea's text → its entries: trimmed, blank lines dropped. */
export function parseLines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

/** Whether the text already shows these entries (so typing a newline is not undone). */
export function textShows(text: string, entries: readonly string[]): boolean {
  const shown = parseLines(text);
  return shown.length === entries.length && shown.every((line, i) => line === entries[i]);
}
