import type { Words } from './artifact-note';
import { commentLines } from './command-layout';
import type { RenderOptions } from './render-options';
import { argvOf, type Script } from './script';
import { installArgs, msiQuoted, PRINTABLE } from './shell/msi-args';

/** Each % doubled: a batch file reads %% as %. */
const percents = (v: string) => v.replace(/%/g, '%%');

/** A value for a rem line: in double quotes (so a ^ at its end continues nothing), each % doubled. */
const remValue = (v: string) => `"${msiQuoted(percents(v))}"`;

/**
 * Writes the MSI install as a Command Prompt batch file, run as Administrator. Reading
 * each line of a batch file, cmd replaces %NAME% and reads %% as %; then & | < > ^ act
 * only outside double quotes, and ! only with delayed expansion, which setlocal turns
 * off (cmd /?, set /?, setlocal /?). Every value sits in double quotes whose own quotes
 * come in pairs (./shell/msi-args.ts), so cmd never leaves them inside a value. cmd
 * reads a batch file in the console's code page, so a value that is not printable ASCII
 * stops the file before anything runs; comments are made ASCII. A batch file waits for
 * msiexec, a GUI program, and ends with its exit code. Copy gives the same text: only a
 * file reads %% as %.
 */
export function renderCmd(script: Script, words: Words, options: RenderOptions): string {
  const rem = (note: Parameters<typeof commentLines>[1]) => commentLines(words, note, remValue).map((l) => `rem${l.slice(1).replace(/[^\x20-\x7e]/g, '?')}`);
  // The words carry no & | < > ^ (src/i18n/en/artifact-notes.ts), so echo prints them as they are.
  const stop = (text: string) => [`echo ${percents(text)}`, 'exit /b 1'];
  const lines = ['@echo off', ...rem({ code: 'run-cmd-file', params: { file: options.fileName ?? 'install.cmd' } }), 'setlocal DisableDelayedExpansion'];
  if (options.refusal !== undefined) lines.push(...stop(options.refusal));
  for (const step of script) {
    if (step.kind === 'comment') lines.push(...rem(step.note));
    if (step.kind !== 'msi') continue;
    // The package is elastic-agent-x.y.z-windows-x86_64.msi: the gate read x.y.z.
    const args = msiQuoted(installArgs(argvOf(step)));
    lines.push(
      ...(PRINTABLE.test(args)
        ? [`msiexec.exe /i ${step.package} /qn /L*V ${step.package}.log INSTALLARGS="${percents(args)}"`]
        : stop(words({ code: 'msi-cmd-refused' }))),
    );
  }
  return [...lines, 'exit /b %errorlevel%'].join('\n') + '\n';
}
