/**
 * The only POSIX shell quoting in the project. A word made of safe characters stays
 * bare; anything else is single-quoted, with embedded single quotes written as '\''.
 * Single quotes keep every byte literal in bash and sh: spaces, $, backticks,
 * double quotes, backslashes, newlines and non-ASCII text.
 */
const SAFE = /^[A-Za-z0-9_\-.,:/=@%+^]+$/;

export function quotePosix(word: string): string {
  if (SAFE.test(word)) return word;
  return `'${word.replace(/'/g, `'\\''`)}'`;
}
