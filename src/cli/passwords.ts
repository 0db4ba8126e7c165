import { resolve } from 'node:path';
import type { CheckOptions } from './check-args';
import { isKnownRole } from './check-args';
import type { Io } from './io';
import { readRefusal } from './read-refusal';
import { cliWords } from '#words/cli';

/** A password is a line, not a document: a larger file is the wrong file. */
export const PASSWORD_FILE_MAX_BYTES = 4096;
export const PASSWORD_ENV = 'FLEET_TLS_PASSWORD';

/** Where a file's password came from (never the password itself). */
export type PasswordSource =
  | { readonly kind: 'password-file'; readonly path: string; readonly trailingNewlineRemoved: boolean }
  | { readonly kind: 'environment' }
  | { readonly kind: 'none' };

export interface FilePassword {
  readonly password: string | undefined;
  readonly source: PasswordSource;
}

export type ResolvedPasswords = { readonly ok: true; readonly of: (file: string) => FilePassword } | { readonly ok: false; readonly message: string };

/**
 * One password per file: from its own `--password-file` (named by the file, or by the
 * role `--as` gave it), else FLEET_TLS_PASSWORD, else none. A password file's content is
 * the password, less one trailing line ending (`\n` or `\r\n`), so that `echo secret >
 * FILE` works; nothing else is trimmed. (Elastic Agent reads its passphrase files
 * verbatim, newline and all: the runbook's scripts write them without one.)
 */
export function resolvePasswords(options: CheckOptions, io: Io): ResolvedPasswords {
  const fail = (message: string): ResolvedPasswords => ({ ok: false, message });
  const own = new Map<string, FilePassword>();
  for (const { key, path } of options.passwordFiles) {
    let file: string | undefined;
    if (isKnownRole(key)) {
      file = options.pinned.get(key);
      if (file === undefined) {
        return fail(cliWords.passwords.roleNeedsAs(key));
      }
    } else {
      file = options.paths.find((p) => p === key) ?? options.paths.find((p) => resolve(p) === resolve(key));
      if (file === undefined) return fail(cliWords.passwords.unknownKey(key));
    }
    if (own.has(file)) return fail(cliWords.passwords.twoForOneFile(file));
    const read = io.readFile(path, PASSWORD_FILE_MAX_BYTES);
    if (read.kind !== 'ok') return fail(cliWords.passwords.unreadable(readRefusal(path, read) ?? ''));
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(read.bytes);
    } catch {
      return fail(cliWords.passwords.notUtf8(path));
    }
    const stripped = text.replace(/\r?\n$/, '');
    own.set(file, { password: stripped, source: { kind: 'password-file', path, trailingNewlineRemoved: stripped !== text } });
  }
  const env = io.env(PASSWORD_ENV);
  const fallback: FilePassword = env === undefined ? { password: undefined, source: { kind: 'none' } } : { password: env, source: { kind: 'environment' } };
  return { ok: true, of: (file) => own.get(file) ?? fallback };
}
