import { describe, expect, it } from 'vitest';
import { describeNote } from '../../i18n/en-artifact-notes';
import { renderPowerShell } from './render-powershell';
import type { Script } from './script';

describe('renderPowerShell', () => {
  it('writes one flag per line with backtick continuations and no sudo, and checks the exit code of a native program', () => {
    const text = renderPowerShell(
      [{ kind: 'command', argv: ['.\\elastic-agent.exe', 'install', { flag: '--url', value: 'https://f:8220' }, { flag: '--insecure', value: 'x y' }, '--non-interactive'], elevated: true, multiline: true }],
      describeNote,
      { form: 'paste' },
    );
    expect(text).toBe(
      [
        '& {',
        "$ErrorActionPreference = 'Stop'",
        ".\\elastic-agent.exe install `\n  --url=https://f:8220 `\n  '--insecure=x y' `\n  --non-interactive",
        "if ($LASTEXITCODE -ne 0) { throw ('.\\elastic-agent.exe failed with exit code ' + $LASTEXITCODE + '. The script stops here.') }",
        '}',
        '',
      ].join('\n'),
    );
  });

  it('a passphrase file is written from a secure prompt, without a newline; an empty answer throws; the variable is removed', () => {
    const script: Script = [{ kind: 'write-secret-file', path: 'C:\\certs\\agent.key.pass', prompt: { code: 'prompt-passphrase', params: { key: "Agent's key" } } }];
    expect(renderPowerShell(script, describeNote, { form: 'paste' })).toBe(
      [
        '& {',
        "$ErrorActionPreference = 'Stop'",
        "$secret = Read-Host -AsSecureString 'Passphrase for Agent''s key'",
        "if ($secret.Length -eq 0) { throw 'Nothing was typed, so the script stops here and writes no file.' }",
        "[System.IO.File]::WriteAllText('C:\\certs\\agent.key.pass', [System.Net.NetworkCredential]::new('', $secret).Password)",
        'Remove-Variable secret',
        '}',
        '',
      ].join('\n'),
    );
  });

  it('the file form says how to run a downloaded script (Mark-of-the-Web, execution policy), then stops on errors', () => {
    const text = renderPowerShell([], describeNote, { form: 'file', fileName: 'agent-windows-x86_64.ps1' });
    expect(text).toBe(
      [
        '# Run this file in Windows PowerShell opened as Administrator, not in PowerShell ISE, from the folder that holds it.',
        '# Windows blocks a downloaded script, so unblock it first, then run it with the execution policy bypassed for this run only:',
        '#   Unblock-File .\\agent-windows-x86_64.ps1',
        '#   powershell -ExecutionPolicy Bypass -File .\\agent-windows-x86_64.ps1',
        "$ErrorActionPreference = 'Stop'",
        '',
      ].join('\n'),
    );
  });

  it('a comment quotes its values and keeps them on its line: a carriage return would end the comment', () => {
    const note = { code: 'write-passphrase', params: { path: "C:\\it's\r& calc.exe" } } as const;
    expect(renderPowerShell([{ kind: 'comment', note }], describeNote, { form: 'file' }).split('\n').at(-2)).toBe(
      "# Write the passphrase of the key to 'C:\\it''s\uFFFD& calc.exe', with no trailing newline.",
    );
  });

  it('a refusal is thrown first: the paste block leaves, the window stays', () => {
    const text = renderPowerShell([{ kind: 'statement', text: "$ProgressPreference = 'SilentlyContinue'" }], describeNote, { form: 'paste', refusal: "Not ready: it's\r\nbroken" });
    expect(text.split('\n').slice(0, 3)).toEqual(['& {', "$ErrorActionPreference = 'Stop'", "throw ('Not ready: it''s' + [char]0xFFFD + [char]0xFFFD + 'broken')"]);
  });
});
