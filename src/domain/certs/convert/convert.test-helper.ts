/**
 * Test-only: a conversion held to OpenSSL. The browser's outputs go in `browser/`; the
 * shown command runs under bash on a copy of the input in `host/`; OpenSSL then reads
 * both sides, one bash for all of it. Node (not the engine under test) splits PEM text.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { sections } from '../fixtures.test-helper';
import type { ConvertOutput, ConvertResult } from './types';

const BOUND_MS = 60_000;

/** Every PEM block of a text as [label, DER], whatever surrounds them (bag attributes, CRLF). */
export function pemBlocks(text: string): [string, Buffer][] {
  return [...text.matchAll(/-----BEGIN ([A-Z0-9 ]+)-----([\s\S]*?)-----END \1-----/g)].map((m) => {
    const body = (m[2] ?? '').replace(/^[A-Za-z-]+:.*$/gm, '');
    return [m[1] ?? '', Buffer.from(body.replace(/\s/g, ''), 'base64')];
  });
}

export interface HostRun {
  readonly dir: string;
  /** What a file holds in browser/ and in host/. */
  readonly browser: (name: string) => string;
  readonly host: (name: string) => string;
  readonly hostFiles: () => string[];
  /** The public key PEM OpenSSL reads from each output key (both sides), and of each certificate given. */
  readonly publicKeys: Map<string, string>;
  /** What `openssl x509 -noout` / `pkey -noout` said of each browser output: '' when it read it. */
  readonly opensslErrors: Map<string, string>;
}

export interface HostInput {
  /** The input file, as a path. */
  readonly path: string;
  /** Written into host/ under this name (the password file the commands read), with no newline. */
  readonly passwordFile?: { readonly name: string; readonly password: string };
  /** Certificates whose public key is wanted too, as paths. */
  readonly certificates?: readonly string[];
  /** The passphrase of encrypted outputs that carry none of their own (split keeps keys as they were). */
  readonly passphrase?: string;
}

/** Runs the conversion's command on the host side and has OpenSSL read both sides. */
export function runOnHost(result: Extract<ConvertResult, { kind: 'converted' }>, input: HostInput, dirs: string[]): HostRun {
  const dir = mkdtempSync(join(tmpdir(), 'fleet-tls-convert-'));
  dirs.push(dir);
  const browserDir = join(dir, 'browser');
  const hostDir = join(dir, 'host');
  mkdirSync(browserDir);
  mkdirSync(hostDir);
  for (const o of result.outputs) writeFileSync(join(browserDir, o.name), o.content, { mode: o.secret ? 0o600 : 0o644 });
  copyFileSync(input.path, join(hostDir, basename(input.path)));
  if (input.passwordFile) writeFileSync(join(hostDir, input.passwordFile.name), input.passwordFile.password);
  // The passphrase file is an output of the browser and an input of the host's command.
  for (const o of result.outputs.filter((x) => x.kind === 'passphrase')) writeFileSync(join(hostDir, o.name), o.content);
  if (input.passphrase !== undefined) writeFileSync(join(dir, 'passphrase'), input.passphrase);
  execFileSync('bash', ['-c', `set -eo pipefail\n${result.command}`], { cwd: hostDir, timeout: BOUND_MS, stdio: ['ignore', 'pipe', 'pipe'] });

  const passphraseOut = result.outputs.find((o) => o.kind === 'passphrase');
  const passFile = passphraseOut ? join(browserDir, passphraseOut.name) : join(dir, 'passphrase');
  const script = [
    'for o in "$@"; do',
    '  kind=${o%%:*}; name=${o#*:}',
    '  case $kind in',
    '    certificate|chain) echo "@@ err browser/$name"; openssl x509 -noout -in "browser/$name" 2>&1 || echo failed ;;',
    '    key) echo "@@ err browser/$name"; openssl pkey -noout -in "browser/$name" 2>&1 || echo failed',
    '      for side in browser host; do echo "@@ pub $side/$name"; openssl pkey -in "$side/$name" -pubout 2>&1; done ;;',
    '    encrypted-key) echo "@@ err browser/$name"; openssl pkey -noout -in "browser/$name" -passin "file:$PASS" 2>&1 || echo failed',
    '      for side in browser host; do echo "@@ pub $side/$name"; openssl pkey -in "$side/$name" -passin "file:$PASS" -pubout 2>&1; done ;;',
    '    cert) echo "@@ pub $name"; openssl x509 -in "$name" -noout -pubkey 2>&1 ;;',
    '  esac',
    'done',
  ].join('\n');
  const args = [
    ...result.outputs.filter((o) => o.kind !== 'passphrase' && o.kind !== 'block').map((o: ConvertOutput) => `${o.kind}:${o.name}`),
    ...(input.certificates ?? []).map((c) => `cert:${c}`),
  ];
  const out = execFileSync('bash', ['-c', script, 'x', ...args], {
    cwd: dir,
    encoding: 'utf8',
    timeout: BOUND_MS,
    env: { ...process.env, PASS: passFile },
  });
  const publicKeys = new Map<string, string>();
  const opensslErrors = new Map<string, string>();
  for (const [key, text] of sections(out)) {
    if (key.startsWith('pub ')) publicKeys.set(key.slice(4), text.trim());
    if (key.startsWith('err ')) opensslErrors.set(key.slice(4).replace(/^browser\//, ''), text.trim());
  }
  return {
    dir,
    browser: (name) => readFileSync(join(browserDir, name), 'utf8'),
    host: (name) => (existsSync(join(hostDir, name)) ? readFileSync(join(hostDir, name), 'utf8') : ''),
    hostFiles: () => readdirSync(hostDir).sort(),
    publicKeys,
    opensslErrors,
  };
}

export function removeAll(dirs: string[]): void {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
}
