import { describe, expect, it } from 'vitest';
import { describeNote } from '../../../i18n/en-artifact-notes';
import { renderPowerShell } from '../render-powershell';
import { powerShellStringLiteral, quotePowerShell } from './powershell-quote';

// PowerShell is not packaged for Debian, so these rules are checked as text: inside
// single quotes PowerShell expands nothing, and a quote is written by doubling it.
describe('quotePowerShell', () => {
  it.each([
    ['a Windows path stays bare', 'C:\\ProgramData\\certs\\ca.crt', 'C:\\ProgramData\\certs\\ca.crt'],
    ['a --flag=value word with a URL stays bare', '--url=https://fleet:8220', '--url=https://fleet:8220'],
    ['a comma is quoted, or PowerShell would pass an array', '--certificate-authorities=C:\\a.crt,C:\\b.crt', "'--certificate-authorities=C:\\a.crt,C:\\b.crt'"],
    ['$ is quoted, or PowerShell would expand a variable', 'tok$en', "'tok$en'"],
    ['a backtick is quoted, or it would escape', 'a`b', "'a`b'"],
    ['a single quote is doubled', "it's", "'it''s'"],
    ['typographic single quotes are doubled too (PowerShell treats them as quotes)', 'a\u2019b\u2018c', "'a\u2019\u2019b\u2018\u2018c'"],
    ['a space is quoted', 'a b', "'a b'"],
    ['an empty word is quoted', '', "''"],
    ['angle brackets of a placeholder are quoted', '--enrollment-token=<ENROLLMENT_TOKEN>', "'--enrollment-token=<ENROLLMENT_TOKEN>'"],
  ])('%s', (_title, input, expected) => {
    expect(quotePowerShell(input)).toBe(expected);
  });

  it('a string literal for an expression is always quoted, even when it would be a safe bare word', () => {
    expect(powerShellStringLiteral('C:\\certs\\a.pass')).toBe("'C:\\certs\\a.pass'");
  });
});

describe('renderPowerShell', () => {
  it('writes one flag per line with backtick continuations and no sudo', () => {
    const text = renderPowerShell(
      [{ kind: 'command', argv: ['.\\elastic-agent.exe', 'install', { flag: '--url', value: 'https://f:8220' }, { flag: '--insecure', value: 'x y' }, '--non-interactive'], elevated: true, multiline: true }],
      describeNote,
    );
    expect(text).toBe(".\\elastic-agent.exe install `\n  --url=https://f:8220 `\n  '--insecure=x y' `\n  --non-interactive\n");
  });

  it('a passphrase file is written from a secure prompt, without a newline, and the variable removed', () => {
    expect(renderPowerShell([{ kind: 'write-secret-file', path: 'C:\\certs\\agent.key.pass', prompt: "Agent's key" }], describeNote)).toBe(
      [
        "$secret = Read-Host -AsSecureString 'Agent''s key'",
        "[System.IO.File]::WriteAllText('C:\\certs\\agent.key.pass', [System.Net.NetworkCredential]::new('', $secret).Password)",
        'Remove-Variable secret',
        '',
      ].join('\n'),
    );
  });
});
