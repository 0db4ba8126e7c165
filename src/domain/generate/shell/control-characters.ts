/**
 * Characters that end a line or act on a terminal: C0 controls (\n, \r, tab, ESC, …),
 * DEL, C1 controls (U+0080–U+009F, U+0085 NEL among them) and the Unicode line and
 * paragraph separators. A shell comment ends at some of them (PowerShell ends `#` at
 * \r as well as \n), so whatever follows would run; pasted into a terminal, others
 * are editing keys.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
export const CONTROL_CHARACTER = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/u;
const CONTROL_CHARACTERS = new RegExp(CONTROL_CHARACTER.source, 'gu');

/** U+FFFD, the replacement character: visible, and inert in every shell. */
export const REPLACEMENT = '\uFFFD';

/** Prose (a comment value, a message) with each control character replaced by U+FFFD. */
export function withoutControlCharacters(text: string): string {
  return text.replace(CONTROL_CHARACTERS, REPLACEMENT);
}
