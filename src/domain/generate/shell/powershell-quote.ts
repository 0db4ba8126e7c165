/**
 * The only PowerShell quoting in the project. A word made of safe characters stays
 * bare; anything else becomes one single-quoted string, in which PowerShell expands
 * nothing and a single quote is written by doubling it. Commas are quoted too: bare,
 * they would make PowerShell pass an array.
 *
 * Code stays printable ASCII. Any other character (a control character, a line break,
 * non-ASCII text) is written as `[char]0xNNNN` in a parenthesised concatenation:
 * Windows PowerShell 5.1 reads a .ps1 file without a byte order mark in the system's
 * ANSI code page, where the UTF-8 bytes of, say, Cyrillic В (D0 92) read as Ð’, and
 * ’ (U+2019) is a single quote to PowerShell: the string would end there and the rest
 * of the value would run. As ASCII, the script means the same in any encoding, and no
 * string holds a line break.
 */
const SAFE = /^[A-Za-z0-9_\-.=:\\/]+$/;
const PRINTABLE_ASCII = /^[\x20-\x7e]$/;

/** A command argument: bare, '…', or ('…' + [char]0x… + '…'). */
export function quotePowerShell(word: string): string {
  return SAFE.test(word) ? word : powerShellStringLiteral(word);
}

/** A string for expression contexts (method arguments, assignments), where bare words are not strings. */
export function powerShellStringLiteral(text: string): string {
  const parts: string[] = [];
  let run = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text.charAt(i);
    if (PRINTABLE_ASCII.test(ch)) {
      run += ch;
      continue;
    }
    // The first operand is a string, so that + concatenates rather than adds.
    if (run !== '' || parts.length === 0) parts.push(singleQuoted(run));
    run = '';
    // One UTF-16 code unit at a time: a surrogate pair becomes two [char]s, joined back.
    parts.push(`[char]0x${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`);
  }
  if (run !== '' || parts.length === 0) parts.push(singleQuoted(run));
  return parts.length === 1 ? (parts[0] ?? "''") : `(${parts.join(' + ')})`;
}

/**
 * A value inside a `#` comment, where it is only read: bare when safe, else single-quoted
 * as in code but keeping non-ASCII text legible. The caller has replaced line breaks.
 */
export function quotePowerShellInComment(text: string): string {
  return SAFE.test(text) ? text : singleQuoted(text);
}

/** Single quotes, with every quote PowerShell accepts (', U+2018–U+201B) doubled. */
function singleQuoted(text: string): string {
  return `'${text.replace(/['\u2018\u2019\u201A\u201B]/g, (q) => q + q)}'`;
}
