import { powerShellStringLiteral, quotePowerShell, quotePowerShellInComment } from './shell/powershell-quote';
import { withoutControlCharacters } from './shell/control-characters';
import type { Words } from './artifact-note';
import { commentLines, layoutCommand } from './command-layout';
import type { Arg, Script } from './script';

function renderArg(a: Arg): string {
  if (typeof a === 'string') return quotePowerShell(a);
  const whole = `${a.flag}=${a.value}`;
  return quotePowerShell(whole);
}

/**
 * Writes a script for Windows PowerShell, run as Administrator (not PowerShell ISE):
 * backtick continuations; elevation comes from the session, so there is no sudo.
 */
export function renderPowerShell(script: Script, words: Words): string {
  const lines: string[] = [];
  for (const step of script) {
    switch (step.kind) {
      case 'comment':
        lines.push(...commentLines(words, step.note, quotePowerShellInComment));
        break;
      case 'command': {
        const env = (step.env ?? []).map(([k, v]) => `$env:${k} = ${quotePowerShell(v)}; `).join('');
        const [program = '', ...rest] = step.argv.map(renderArg);
        lines.push(layoutCommand(`${env}${program}`, rest, step.multiline, ' `'));
        break;
      }
      case 'statement':
        lines.push(step.text);
        break;
      case 'write-secret-file': {
        const path = powerShellStringLiteral(step.path);
        lines.push(`$secret = Read-Host -AsSecureString ${powerShellStringLiteral(withoutControlCharacters(words(step.prompt)))}`);
        // WriteAllText(string, string) writes UTF-8 without a BOM and adds no newline.
        lines.push(`[System.IO.File]::WriteAllText(${path}, [System.Net.NetworkCredential]::new('', $secret).Password)`);
        lines.push('Remove-Variable secret');
        break;
      }
    }
  }
  return lines.join('\n') + '\n';
}
