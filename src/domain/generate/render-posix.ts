import { quotePosix } from './shell/posix-quote';
import { CONTROL_CHARACTER, withoutControlCharacters } from './shell/control-characters';
import type { Words } from './artifact-note';
import { commentLines, layoutCommand } from './command-layout';
import type { RenderOptions } from './render-options';
import { argvOf, type Arg, type Script } from './script';

function renderArg(a: Arg): string {
  return typeof a === 'string' ? quotePosix(a) : `${a.flag}=${quotePosix(a.value)}`;
}

/** Prints messages to stderr and stops: the script in the file form, the ( … ) block in the paste form. */
function stopWith(...messages: string[]): string {
  return `printf '%s\\n' ${messages.map((m) => quotePosix(withoutControlCharacters(m))).join(' ')} >&2; exit 1`;
}

/**
 * Whether a value in the script holds a control character. In a file, single quotes
 * keep it. Pasted, the shell's line editor reads it as a key first (a tab completes,
 * Esc b moves the cursor back a word, Ctrl-U erases the line), which could move text
 * out of its quotes, unless the terminal brackets the paste.
 */
function holdsControlCharacter(script: Script): boolean {
  return script.some((step) => {
    switch (step.kind) {
      case 'command':
        return [...argvOf(step), ...(step.env ?? []).flat()].some((v) => CONTROL_CHARACTER.test(v));
      case 'write-secret-file':
        return CONTROL_CHARACTER.test(step.path);
      case 'comment':
      case 'statement':
      case 'msi':
        return false;
    }
  });
}

const SECRET_FUNCTION = 'fleet_tls_write_secret';

/**
 * Prompts for a secret and writes it to a file: `SECRET_FUNCTION FILE PROMPT`. POSIX sh
 * only, so that bash, dash and zsh all run it: `read -s` and `read -p` are not POSIX
 * (dash has neither; in zsh `-p` reads from a coprocess). On a terminal, echo goes off
 * before the prompt shows and comes back on in every case, a signal included (zsh runs
 * an EXIT trap set in a function when the function returns; the traps are cleared
 * before then). Nothing read (end of input) or an empty line stops the script before
 * any file exists; the file is created 0600 before the secret goes in, and removed if
 * writing it fails.
 */
function secretFunction(words: Words): string[] {
  return [
    `${SECRET_FUNCTION}() {`,
    '  fleet_tls_tty=',
    '  if [ -t 0 ]; then',
    '    fleet_tls_tty=1',
    `    trap 'stty echo' EXIT`,
    `    trap 'stty echo; echo >&2; exit 130' HUP INT TERM`,
    '    stty -echo',
    '  fi',
    `  printf '%s: ' "$2" >&2`,
    '  fleet_tls_value=',
    '  IFS= read -r fleet_tls_value || fleet_tls_value=',
    '  if [ -n "$fleet_tls_tty" ]; then',
    '    stty echo',
    '    trap - EXIT HUP INT TERM',
    '  fi',
    `  printf '\\n' >&2`,
    '  if [ -z "$fleet_tls_value" ]; then',
    `    ${stopWith(words({ code: 'secret-missing' }))}`,
    '  fi',
    '  sudo install -m 0600 /dev/null "$1"',
    `  printf '%s' "$fleet_tls_value" | sudo tee "$1" >/dev/null || { sudo rm -f "$1"; exit 1; }`,
    '  fleet_tls_value=',
    '}',
  ];
}

/**
 * Writes a script for POSIX shells (Linux, macOS), in one of two forms (./render-options.ts):
 * the file (`#!/usr/bin/env bash`, a header saying how to run it, `set -eu`, comments),
 * or a paste block: `(` … `)` with `set -eu` inside and no comments, which the shell
 * parses whole before it runs any of it, and which a failure or a refusal leaves with
 * `exit 1` from the subshell, not from the user's terminal. Only POSIX constructs, so
 * that `bash FILE`, `sh FILE` (dash) and `zsh FILE` behave alike.
 */
export function renderPosix(script: Script, words: Words, options: RenderOptions): string {
  const paste = options.form === 'paste';
  const lines: string[] = [];
  if (paste) lines.push('(');
  else {
    lines.push('#!/usr/bin/env bash');
    lines.push(...commentLines(words, { code: 'run-posix-file', params: { file: options.fileName ?? 'install.sh' } }, quotePosix));
  }
  lines.push('set -eu');
  if (paste && holdsControlCharacter(script)) {
    // Refused as a whole: the values themselves must not reach the terminal.
    const refusals = [...(options.refusal === undefined ? [] : [options.refusal]), words({ code: 'paste-control-character' })];
    return [...lines, stopWith(...refusals), ')'].join('\n') + '\n';
  }
  if (options.refusal !== undefined) lines.push(stopWith(options.refusal));
  if (script.some((s) => s.kind === 'write-secret-file')) lines.push(...secretFunction(words));

  for (const step of script) {
    switch (step.kind) {
      case 'comment':
        if (!paste) lines.push(...commentLines(words, step.note, quotePosix));
        break;
      case 'command': {
        const env = (step.env ?? []).map(([k, v]) => `${k}=${quotePosix(v)}`);
        const head = [...(step.elevated ? ['sudo'] : []), ...env].join(' ');
        const [program = '', ...rest] = step.argv.map(renderArg);
        lines.push(layoutCommand(head ? `${head} ${program}` : program, rest, step.multiline, ' \\'));
        break;
      }
      case 'statement':
        lines.push(step.text);
        break;
      case 'msi':
        break;
      case 'write-secret-file':
        lines.push(`${SECRET_FUNCTION} ${quotePosix(step.path)} ${quotePosix(withoutControlCharacters(words(step.prompt)))}`);
        break;
    }
  }
  if (paste) lines.push(')');
  return lines.join('\n') + '\n';
}
