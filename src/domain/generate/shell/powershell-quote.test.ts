import { describe, expect, it } from 'vitest';
import { powerShellStringLiteral, quotePowerShell, quotePowerShellInComment } from './powershell-quote';

// PowerShell is not packaged for Debian, so these rules are checked as text: inside
// single quotes PowerShell expands nothing, and a quote is written by doubling it.
// render-powershell.test.ts reads whole scripts with a tokenizer.
describe('quotePowerShell', () => {
  it.each([
    ['a Windows path stays bare', 'C:\\ProgramData\\certs\\ca.crt', 'C:\\ProgramData\\certs\\ca.crt'],
    ['a --flag=value word with a URL stays bare', '--url=https://fleet:8220', '--url=https://fleet:8220'],
    [
      'a comma is quoted, or PowerShell would pass an array',
      '--certificate-authorities=C:\\a.crt,C:\\b.crt',
      "'--certificate-authorities=C:\\a.crt,C:\\b.crt'",
    ],
    ['$ is quoted, or PowerShell would expand a variable', 'tok$en', "'tok$en'"],
    ['a backtick is quoted, or it would escape', 'a`b', "'a`b'"],
    ['a single quote is doubled', "it's", "'it''s'"],
    ['a space is quoted', 'a b', "'a b'"],
    ['an empty word is quoted', '', "''"],
    ['angle brackets of a placeholder are quoted', '--enrollment-token=<ENROLLMENT_TOKEN>', "'--enrollment-token=<ENROLLMENT_TOKEN>'"],
    ['a line break is a [char], outside any string', 'a\nb', "('a' + [char]0x000A + 'b')"],
    ['a carriage return too (it would end a # comment)', 'a\rb', "('a' + [char]0x000D + 'b')"],
    [
      'typographic single quotes are [char]s, never inside a string (PowerShell treats them as quotes)',
      'a\u2019b\u2018c',
      "('a' + [char]0x2019 + 'b' + [char]0x2018 + 'c')",
    ],
    ['non-ASCII text is [char]s: Windows PowerShell reads a file without a BOM in the ANSI code page', 'ça', "('' + [char]0x00E7 + 'a')"],
    ['a character outside the BMP is its two UTF-16 halves', '😀', "('' + [char]0xD83D + [char]0xDE00)"],
  ])('%s', (_title, input, expected) => {
    expect(quotePowerShell(input)).toBe(expected);
  });

  it('a string literal for an expression is always quoted, even when it would be a safe bare word', () => {
    expect(powerShellStringLiteral('C:\\certs\\a.pass')).toBe("'C:\\certs\\a.pass'");
  });

  it('a value in a comment keeps non-ASCII legible and still doubles every kind of single quote', () => {
    expect(quotePowerShellInComment('C:\\certs')).toBe('C:\\certs');
    expect(quotePowerShellInComment("C:\\ça’s 'x'")).toBe("'C:\\ça’’s ''x'''");
  });
});
