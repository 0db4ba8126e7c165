/**
 * The only POSIX shell quoting in the project. A word made of safe characters stays
 * bare; anything else is single-quoted, with embedded single quotes written as '\''.
 * Single quotes keep every byte literal in bash, dash and zsh: spaces, $, backticks,
 * double quotes, backslashes, newlines and non-ASCII text, and interactive history
 * expansion (!) does not look inside them.
 *
 * `^` is not safe (a glob operator in zsh with EXTENDED_GLOB), and neither is a leading
 * `=` (zsh's EQUALS option turns `=name` into the path of the command name).
 */
const SAFE = /^[A-Za-z0-9_\-.,:/=@%+]+$/;

export function quotePosix(word: string): string {
  if (SAFE.test(word) && !word.startsWith('=')) return word;
  return `'${word.replace(/'/g, `'\\''`)}'`;
}
