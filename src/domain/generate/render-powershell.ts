import { powerShellStringLiteral, quotePowerShell, quotePowerShellInComment } from './shell/powershell-quote';
import { withoutControlCharacters } from './shell/control-characters';
import type { Words } from './artifact-note';
import { commentLines, layoutCommand } from './command-layout';
import type { RenderOptions } from './render-options';
import { argvOf, type Arg, type Script } from './script';
import { installArgs, msiQuoted, PRINTABLE } from './shell/msi-args';

function renderArg(a: Arg): string {
  if (typeof a === 'string') return quotePowerShell(a);
  const whole = `${a.flag}=${a.value}`;
  return quotePowerShell(whole);
}

/** The environment variable that carries INSTALLARGS past --% when it cannot go on the line. */
const MSI_VAR = 'FLEET_TLS_INSTALLARGS';

/** A string expression for a message: control characters replaced, then quoted. */
function message(text: string): string {
  return powerShellStringLiteral(withoutControlCharacters(text));
}

/** A program run from a file (`.\elastic-agent.exe`), not a cmdlet: PowerShell does not stop on its exit code. */
function isNativeProgram(program: string): boolean {
  return /\.exe$/i.test(program);
}

/** Throws when the native program just run failed; the exit code goes where the words put it. */
function exitCodeCheck(words: Words, program: string): string {
  const marker = '\u0001';
  const [before = '', after = ''] = words({ code: 'native-command-failed', params: { program, exitCode: marker } }).split(marker);
  const parts = [...(before ? [message(before)] : ["''"]), '$LASTEXITCODE', ...(after ? [message(after)] : [])];
  return `if ($LASTEXITCODE -ne 0) { throw (${parts.join(' + ')}) }`;
}

/**
 * Writes a script for Windows PowerShell, run as Administrator (not PowerShell ISE):
 * backtick continuations; elevation comes from the session, so there is no sudo. Two
 * forms (./render-options.ts): the file, with a header saying how to run a downloaded
 * script (Unblock-File, then -ExecutionPolicy Bypass), or a paste block `& {` … `}`,
 * which the console reads whole before it runs any of it and which `throw` leaves
 * without closing the window (`exit` would close it). Both stop on the first error:
 * `$ErrorActionPreference = 'Stop'` for cmdlets, a `$LASTEXITCODE` check after each
 * native program.
 */
export function renderPowerShell(script: Script, words: Words, options: RenderOptions): string {
  const paste = options.form === 'paste';
  const lines: string[] = [];
  if (paste) lines.push('& {');
  else {
    const file = `.\\${options.fileName ?? 'install.ps1'}`;
    lines.push(...commentLines(words, { code: 'run-powershell-file', params: { file } }, quotePowerShellInComment));
  }
  lines.push("$ErrorActionPreference = 'Stop'");
  if (options.refusal !== undefined) lines.push(`throw ${message(options.refusal)}`);

  for (const step of script) {
    switch (step.kind) {
      case 'comment':
        if (!paste) lines.push(...commentLines(words, step.note, quotePowerShellInComment));
        break;
      case 'command': {
        const env = (step.env ?? []).map(([k, v]) => `$env:${k} = ${quotePowerShell(v)}; `).join('');
        const [program = '', ...rest] = step.argv.map(renderArg);
        lines.push(layoutCommand(`${env}${program}`, rest, step.multiline, ' `'));
        const name = typeof step.argv[0] === 'string' ? step.argv[0] : '';
        if (isNativeProgram(name)) lines.push(exitCodeCheck(words, name));
        break;
      }
      case 'statement':
        lines.push(step.text);
        break;
      case 'msi': {
        // After --% PowerShell passes the rest of the line as it is, up to a line end, or a
        // | or && outside double quotes (“ ” „ count as quotes), except %NAME%, which it
        // always replaces with the environment variable when one is defined; %% is no
        // escape (about_Parsing, "The stop-parsing token"; tokenizer.cs
        // GetVerbatimCommandArgument). So INSTALLARGS goes on the line only when it is
        // printable ASCII with no %; otherwise it is set as an environment variable first
        // and the line names it. The package is elastic-agent-x.y.z-windows-x86_64.msi (the
        // gate read x.y.z). | Out-Null makes PowerShell wait for msiexec, a GUI program,
        // and set $LASTEXITCODE.
        const args = msiQuoted(installArgs(argvOf(step)));
        const inline = PRINTABLE.test(args) && !args.includes('%');
        if (!inline) lines.push(`$env:${MSI_VAR} = ${powerShellStringLiteral(args)}`);
        lines.push(`msiexec.exe --% /i ${step.package} /qn /L*V ${step.package}.log INSTALLARGS="${inline ? args : `%${MSI_VAR}%`}" | Out-Null`);
        if (!inline) lines.push(`Remove-Item Env:${MSI_VAR}`);
        lines.push(exitCodeCheck(words, 'msiexec.exe'));
        break;
      }
      case 'write-secret-file': {
        const path = powerShellStringLiteral(step.path);
        lines.push(`$secret = Read-Host -AsSecureString ${message(words(step.prompt))}`);
        lines.push(`if ($secret.Length -eq 0) { throw ${message(words({ code: 'secret-missing' }))} }`);
        // WriteAllText(string, string) writes UTF-8 without a BOM and adds no newline.
        lines.push(`[System.IO.File]::WriteAllText(${path}, [System.Net.NetworkCredential]::new('', $secret).Password)`);
        lines.push('Remove-Variable secret');
        break;
      }
    }
  }
  if (paste) lines.push('}');
  return lines.join('\n') + '\n';
}
