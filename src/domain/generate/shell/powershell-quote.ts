/**
 * The only PowerShell quoting in the project. A word made of safe characters stays
 * bare; anything else becomes one single-quoted string, in which PowerShell expands
 * nothing. Inside it every single quote is doubled, including the typographic ones
 * (U+2018–U+201B) that PowerShell also treats as single quotes. Commas are quoted
 * too: bare, they would make PowerShell pass an array.
 */
const SAFE = /^[A-Za-z0-9_\-.=:\\/]+$/;

export function quotePowerShell(word: string): string {
  return SAFE.test(word) ? word : powerShellStringLiteral(word);
}

/** A string literal for expression contexts (method arguments), where bare words are not strings. */
export function powerShellStringLiteral(text: string): string {
  return `'${text.replace(/['\u2018\u2019\u201A\u201B]/g, (q) => q + q)}'`;
}
