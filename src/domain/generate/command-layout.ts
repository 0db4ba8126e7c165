import type { NoteParam, ScriptNote, Words } from './artifact-note';
import { withoutControlCharacters } from './shell/control-characters';

/**
 * Lays out an already quoted command: on one line, or, when multi-line, the program and
 * its sub-command first and then one argument per line, joined by the shell's line
 * continuation (` \` for POSIX shells, `` ` `` for PowerShell).
 */
export function layoutCommand(first: string, rest: readonly string[], multiline: boolean | undefined, continuation: string): string {
  if (!multiline || rest.length <= 1) return [first, ...rest].join(' ');
  const [sub, ...flags] = rest;
  const subIsWord = sub !== undefined && !sub.startsWith('-');
  const opening = subIsWord ? `${first} ${sub}` : first;
  return [opening, ...(subIsWord ? flags : rest).map((f) => `  ${f}`)].join(`${continuation}\n`);
}

/**
 * A note as comment lines, `#` in both shells. Each value is written with the shell's
 * quoting (`quote`) after its control characters are replaced, so that a comment line
 * stays one line and, run as a command (an interactive zsh without interactive_comments
 * does that), expands nothing; the words around the values are inert by the catalogue's
 * own rule (src/i18n/en/artifact-notes.ts).
 */
export function commentLines(words: Words, note: ScriptNote, quote: (value: string) => string): string[] {
  const value = (v: NoteParam): NoteParam =>
    typeof v === 'number' ? v : typeof v === 'string' ? quote(withoutControlCharacters(v)) : v.map((x) => quote(withoutControlCharacters(x)));
  const params = note.params ? Object.fromEntries(Object.entries<NoteParam>(note.params).map(([k, v]) => [k, value(v)])) : undefined;
  // Quoting keeps each value's kind (a string stays a string, a list a list, a number a
  // number), so the note keeps its code's parameters; Object.fromEntries cannot say so.
  return words(params ? ({ ...note, params } as ScriptNote) : note)
    .split('\n')
    .map((l) => `# ${withoutControlCharacters(l)}`.trimEnd());
}
