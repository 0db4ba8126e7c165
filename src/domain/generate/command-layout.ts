import type { ArtifactNote, Words } from './artifact-note';

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

/** A note as comment lines, `#` in both shells. */
export function commentLines(words: Words, note: ArtifactNote): string[] {
  return words(note).split('\n').map((l) => `# ${l}`);
}
