import type { ScriptNote } from './artifact-note';

/** One argument of a command: a literal word, or `--flag=value` (the value is quoted on its own). */
export type Arg = string | { readonly flag: string; readonly value: string };

/** A shell script as data: each shell's serializer writes it (./render-posix.ts, ./render-powershell.ts). */
export type ScriptStep =
  | { readonly kind: 'comment'; readonly note: ScriptNote }
  | {
      readonly kind: 'command';
      readonly argv: readonly Arg[];
      /** Run as root: `sudo` on POSIX; on Windows the whole script runs elevated. */
      readonly elevated: boolean;
      /** Environment assignments for this command only (passed through sudo). */
      readonly env?: readonly (readonly [string, string])[];
      /** One argument per line, with line continuations. */
      readonly multiline?: boolean;
    }
  /** A fixed statement with no user value in it, for one shell only. */
  | { readonly kind: 'statement'; readonly text: string }
  /** Writes a secret (passphrase, token) typed at a prompt to a file, with no trailing newline. */
  | { readonly kind: 'write-secret-file'; readonly path: string; readonly prompt: ScriptNote }
  /**
   * msiexec installs the Windows MSI `package`, whose custom action runs `elastic-agent
   * install -f` with the INSTALLARGS property appended: `argv` (./shell/msi-args.ts).
   */
  | { readonly kind: 'msi'; readonly package: string; readonly argv: readonly Arg[] };

export type Script = readonly ScriptStep[];

/** The argv a command step runs, as the program will receive it. */
export function argvOf(step: { readonly argv: readonly Arg[] }): string[] {
  return step.argv.map((a) => (typeof a === 'string' ? a : `${a.flag}=${a.value}`));
}
