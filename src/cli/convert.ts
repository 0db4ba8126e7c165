import { conversionsFor } from '../domain/certs/convert/conversions-for';
import { convert as convertFile } from '../domain/certs/convert/convert';
import type { ConversionCode, ConvertParams } from '../domain/certs/convert/types';
import { decodeFile } from '../domain/certs/decode-file';
import { DEFAULT_MAX_BYTES } from '../domain/certs/limits';
import { say } from '../i18n/contract';
import { cliWords } from '#words/cli';
import { convertWords } from '#words/convert';
import type { Io } from './io';
import { PASSWORD_ENV, PASSWORD_FILE_MAX_BYTES } from './passwords';
import { readRefusal } from './read-refusal';

/** `--to` → the conversion; `pem` is PKCS#12 → PEM or DER → PEM, whichever the file is. */
const TARGETS = {
  pem: null,
  pkcs8: 'to-pkcs8',
  encrypted: 'encrypt-key',
  plain: 'decrypt-key',
  split: 'split-bundle',
} as const satisfies Record<string, ConversionCode | null>;
type Target = keyof typeof TARGETS;
const isTarget = (v: string | undefined): v is Target => v !== undefined && Object.hasOwn(TARGETS, v);
const w = cliWords.convert;

/**
 * `fleet-tls convert FILE --to pem|pkcs8|encrypted|plain|split --out DIR [--password-file F]
 * [--passphrase-file F]`: the browser's Convert tool on the command line. Writes into a new
 * directory only (keys and passphrase files 0600), then prints the warnings and the
 * `openssl` commands that do the same. Passwords come from files or FLEET_TLS_PASSWORD,
 * never from the command line. Exit: 0 written, 1 refused, 2 usage or unreadable.
 */
export async function convert(args: readonly string[], io: Io, usage: string): Promise<number> {
  let file: string | undefined;
  let outDir: string | undefined;
  let to: Target | undefined;
  let passwordFile: string | undefined;
  let passphraseFile: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const a = args[i] ?? '';
    const value = () => args[++i];
    if (a === '--out') outDir = value();
    else if (a === '--to') {
      const v = value();
      if (!isTarget(v)) return (io.err(`${w.to(Object.keys(TARGETS).join(', '))}\n`), 2);
      to = v;
    } else if (a === '--password-file') passwordFile = value();
    else if (a === '--passphrase-file') passphraseFile = value();
    else if (a.startsWith('-')) return (io.err(`${cliWords.args.unknownOption(a)}\n${usage}\n`), 2);
    else if (file === undefined) file = a;
    else return (io.err(`${w.oneFile}\n`), 2);
  }
  if (!file || !outDir || !to) return (io.err(`${w.needs}\n${usage}\n`), 2);

  const read = io.readFile(file, DEFAULT_MAX_BYTES);
  if (read.kind !== 'ok') return (io.err(`${readRefusal(file, read) ?? ''}\n`), 2);
  const password = passwordFile === undefined ? { ok: true as const, text: io.env(PASSWORD_ENV) } : readSecretFile(passwordFile, io);
  if (!password.ok) return (io.err(`${password.message}\n`), 2);
  const passphrase = passphraseFile === undefined ? { ok: true as const, text: undefined } : readSecretFile(passphraseFile, io);
  if (!passphrase.ok) return (io.err(`${passphrase.message}\n`), 2);

  const input = { name: file, bytes: read.bytes, ...(password.text === undefined ? {} : { password: password.text }) };
  const conversion =
    TARGETS[to] ?? (conversionsFor(await decodeFile({ name: file, bytes: read.bytes })).includes('pkcs12-to-pem') ? 'pkcs12-to-pem' : 'der-to-pem');
  const params: ConvertParams = {
    ...(passphrase.text === undefined ? {} : { passphrase: passphrase.text }),
    ...(passwordFile === undefined ? {} : { passwordFile }),
  };
  const result = await convertFile(input, conversion, params);
  if (result.kind === 'refused') return (io.err(`${file}: ${say(convertWords.refusals, result.refusal)}\n`), 1);

  const written = io.writeNewTree(
    outDir,
    result.outputs.map((o) => ({ path: o.name, content: o.content, secret: o.secret })),
  );
  if (written.kind === 'not-empty') return (io.err(`${w.notEmpty(outDir)}\n`), 2);
  if (written.kind === 'error') return (io.err(`${w.writeError(outDir, written.message)}\n`), 2);
  io.out(
    `${w.wrote(
      result.outputs.map((o) => o.name),
      outDir,
    )}\n`,
  );
  for (const warning of result.warnings) io.err(`${say(convertWords.warnings, warning)}\n`);
  io.out(`\n${convertWords.commandsIntro}\n${result.command}\n`);
  return 0;
}

/** A password or passphrase file: UTF-8, less one trailing line ending (as `check` reads them). */
function readSecretFile(path: string, io: Io): { ok: true; text: string } | { ok: false; message: string } {
  const read = io.readFile(path, PASSWORD_FILE_MAX_BYTES);
  if (read.kind !== 'ok') return { ok: false, message: cliWords.passwords.unreadable(readRefusal(path, read) ?? '') };
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(read.bytes);
    return { ok: true, text: text.replace(/\r?\n$/, '') };
  } catch {
    return { ok: false, message: cliWords.passwords.notUtf8(path) };
  }
}
