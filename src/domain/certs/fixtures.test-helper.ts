/**
 * Test-only access to the openssl fixtures (scripts/make-fixtures.sh → .fixtures/).
 * Makes them on first use when the manifest is missing or older than the script; the
 * script locks, so parallel test workers wait for one run. Uses node:* on purpose: test
 * helpers, like tests, run only in Node.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { decodeFile } from './decode-file';
import type { CertificateFacts, DecodedFile, PrivateKeyFacts } from './types';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
export const FIXTURES_DIR = join(REPO_ROOT, '.fixtures');
const SCRIPT = join(REPO_ROOT, 'scripts/make-fixtures.sh');

export interface ChainCase {
  roots: string[];
  intermediates: string[];
  purpose: 'serverAuth' | 'clientAuth' | null;
  expect: string;
}

/** One entry of .fixtures/manifest.json (members depend on `type`). */
export interface ManifestEntry {
  name: string;
  type: 'certificate' | 'private-key' | 'bundle' | 'pkcs12' | 'trusted-certificate' | 'cert-and-key' | 'csr' | 'corrupt' | 'slow-keys';
  description: string;
  signedBy?: string | null;
  key?: string | null;
  ca?: boolean;
  hosts?: string[];
  ips?: string[];
  eku?: string[];
  format?: string;
  algorithm?: string;
  curve?: string;
  bits?: number;
  matches?: string | null;
  passphrase?: string;
  password?: string;
  legacy?: boolean;
  cipher?: string;
  contains?: string[];
  sameAs?: string;
  count?: number;
  container?: string;
  expectProblems?: string[];
  verify?: ChainCase;
}

export interface Manifest {
  openssl: string;
  passphrases: { key: string; pkcs12: string };
  files: ManifestEntry[];
}

let manifest: Manifest | null = null;

export function loadManifest(): Manifest {
  if (manifest) return manifest;
  const path = join(FIXTURES_DIR, 'manifest.json');
  if (!existsSync(path) || statSync(path).mtimeMs < statSync(SCRIPT).mtimeMs) {
    execFileSync('bash', [SCRIPT, FIXTURES_DIR], { cwd: REPO_ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  }
  manifest = JSON.parse(readFileSync(path, 'utf8')) as Manifest;
  return manifest;
}

export function entry(name: string): ManifestEntry {
  const found = loadManifest().files.find((f) => f.name === name);
  if (!found) throw new Error(`no fixture named ${name}`);
  return found;
}

export function fixtureBytes(name: string): Uint8Array {
  loadManifest();
  return new Uint8Array(readFileSync(join(FIXTURES_DIR, name)));
}

export function decodeFixture(name: string, password?: string): Promise<DecodedFile> {
  return decodeFile({ name, bytes: fixtureBytes(name), ...(password === undefined ? {} : { password }) });
}

/** The one certificate of a fixture file. */
export async function certificateOf(name: string): Promise<CertificateFacts> {
  const [item] = (await decodeFixture(name)).items;
  if (item?.kind !== 'certificate') throw new Error(`${name} holds no certificate first`);
  return item;
}

export async function keyOf(name: string, password?: string): Promise<PrivateKeyFacts> {
  const item = (await decodeFixture(name, password)).items.find((i) => i.kind === 'private-key');
  if (!item || item.kind !== 'private-key') throw new Error(`${name} holds no key`);
  return item;
}

/**
 * Runs a bash script in the fixtures directory and returns its stdout: one process per
 * batch of openssl calls, never one per assertion.
 */
export function bash(script: string, input?: string): string {
  loadManifest();
  return execFileSync('bash', ['-c', script], {
    cwd: FIXTURES_DIR,
    encoding: 'utf8',
    input,
    maxBuffer: 64 * 1024 * 1024,
    stdio: ['pipe', 'pipe', 'pipe'],
  });
}

/** Splits `bash` output printed as `@@ key` header lines followed by that key's output. */
export function sections(output: string): Map<string, string> {
  const out = new Map<string, string>();
  let key: string | null = null;
  for (const line of output.split('\n')) {
    if (line.startsWith('@@ ')) {
      key = line.slice(3);
      out.set(key, '');
    } else if (key !== null) {
      out.set(key, `${out.get(key) ?? ''}${line}\n`);
    }
  }
  return out;
}

/** What openssl says about a certificate, in the engine's vocabulary. */
export interface OpensslView {
  subject: string;
  issuer: string;
  serialHex: string;
  sha256Fingerprint: string;
  notBefore: string;
  notAfter: string;
  sans: { dns: string[]; ip: string[]; email: string[]; uri: string[] };
  hasSanExtension: boolean;
  subjectKeyId: string | null;
  authorityKeyId: string | null;
  keyUsage: string[];
  extendedKeyUsage: string[];
  basicConstraints: { ca: boolean; pathLength: number | null } | null;
  publicKey: { algorithm: string; bits: number | null; curve: string | null };
  signatureAlgorithm: string;
  /** Base64 SHA-256 of the DER in openssl's `-pubkey` output. */
  spkiSha256Base64: string;
  /** IPv6 SANs as openssl prints them (uncompressed); the caller normalises. */
  rawIps: string[];
}

const KEY_USAGE: Record<string, string> = {
  'Digital Signature': 'digitalSignature',
  'Non Repudiation': 'nonRepudiation',
  'Key Encipherment': 'keyEncipherment',
  'Data Encipherment': 'dataEncipherment',
  'Key Agreement': 'keyAgreement',
  'Certificate Sign': 'keyCertSign',
  'CRL Sign': 'cRLSign',
  'Encipher Only': 'encipherOnly',
  'Decipher Only': 'decipherOnly',
};
const EXT_KEY_USAGE: Record<string, string> = {
  'TLS Web Server Authentication': 'serverAuth',
  'TLS Web Client Authentication': 'clientAuth',
};
const KEY_ALGORITHM: Record<string, string> = {
  rsaEncryption: 'RSA',
  rsassaPss: 'RSA',
  'id-ecPublicKey': 'EC',
  ED25519: 'Ed25519',
  ED448: 'Ed448',
};

/**
 * `openssl x509` on each PEM file (paths relative to the fixtures directory or absolute),
 * one openssl process per certificate, one bash for all of them.
 */
export function readWithOpenssl(files: string[]): Map<string, OpensslView> {
  const script = `for f in "$@"; do echo "@@ $f"; openssl x509 -in "$f" -noout -nameopt RFC2253 -dateopt iso_8601 \\
    -subject -issuer -serial -fingerprint -sha256 -startdate -enddate \\
    -ext subjectAltName,subjectKeyIdentifier,authorityKeyIdentifier,keyUsage,extendedKeyUsage,basicConstraints \\
    -pubkey -text -certopt no_header,no_version,no_serial,no_validity,no_subject,no_issuer,no_sigdump,no_aux,no_extensions \\
    2>/dev/null; done`;
  loadManifest();
  const out = execFileSync('bash', ['-c', script, 'x', ...files], { cwd: FIXTURES_DIR, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const views = new Map<string, OpensslView>();
  for (const [file, text] of sections(out)) views.set(file, parseOpensslX509(text));
  return views;
}

function parseOpensslX509(text: string): OpensslView {
  const lines = text.split('\n');
  const value = (prefix: string): string =>
    lines
      .find((l) => l.startsWith(prefix))
      ?.slice(prefix.length)
      .trim() ?? '';
  const after = (header: string): string | null => {
    const i = lines.findIndex((l) => l.trim().startsWith(header));
    return i < 0 ? null : (lines[i + 1] ?? '').trim();
  };
  const hexOf = (s: string | null) =>
    s === null
      ? null
      : s
          .replace(/^keyid:/, '')
          .replace(/:/g, '')
          .toLowerCase();
  const iso = (s: string) => `${s.replace(' ', 'T').replace('Z', '')}.000Z`;
  const san = after('X509v3 Subject Alternative Name');
  const entries = san === null ? [] : san.split(', ');
  const pick = (prefix: string) => entries.filter((e) => e.startsWith(prefix)).map((e) => e.slice(prefix.length));
  const bc = after('X509v3 Basic Constraints');
  const pem = text.match(/-----BEGIN PUBLIC KEY-----([\s\S]*?)-----END PUBLIC KEY-----/)?.[1] ?? '';
  const trimmed = lines.map((l) => l.trim());
  const field = (prefix: string) =>
    trimmed
      .find((l) => l.startsWith(prefix))
      ?.slice(prefix.length)
      .trim() ?? null;
  const keyAlg = field('Public Key Algorithm:') ?? '';
  const bits = field('Public-Key: (')?.match(/^(\d+) bit/)?.[1];
  return {
    subject: value('subject='),
    issuer: value('issuer='),
    serialHex: value('serial=').toLowerCase(),
    sha256Fingerprint: value('sha256 Fingerprint=').replace(/:/g, '').toLowerCase(),
    notBefore: iso(value('notBefore=')),
    notAfter: iso(value('notAfter=')),
    sans: { dns: pick('DNS:'), ip: [], email: pick('email:'), uri: pick('URI:') },
    rawIps: pick('IP Address:'),
    hasSanExtension: san !== null,
    subjectKeyId: hexOf(after('X509v3 Subject Key Identifier')),
    authorityKeyId: hexOf(after('X509v3 Authority Key Identifier')),
    keyUsage: (after('X509v3 Key Usage') ?? '')
      .split(', ')
      .filter(Boolean)
      .map((k) => KEY_USAGE[k] ?? k),
    extendedKeyUsage: (after('X509v3 Extended Key Usage') ?? '')
      .split(', ')
      .filter(Boolean)
      .map((k) => EXT_KEY_USAGE[k] ?? k),
    basicConstraints:
      bc === null
        ? null
        : {
            ca: bc.startsWith('CA:TRUE'),
            pathLength: bc.match(/pathlen:(\d+)/) ? Number(bc.match(/pathlen:(\d+)/)?.[1]) : null,
          },
    publicKey: {
      algorithm: KEY_ALGORITHM[keyAlg] ?? 'other',
      bits: KEY_ALGORITHM[keyAlg] === 'Ed25519' || KEY_ALGORITHM[keyAlg] === 'Ed448' || bits === undefined ? null : Number(bits),
      curve: field('NIST CURVE:') ?? field('ASN1 OID:'),
    },
    signatureAlgorithm: field('Signature Algorithm:') ?? '',
    spkiSha256Base64: sha256Base64(Buffer.from(pem.replace(/\s/g, ''), 'base64')),
  };
}

/** Base64 SHA-256, computed by Node rather than by the engine under test. */
export function sha256Base64(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('base64');
}
