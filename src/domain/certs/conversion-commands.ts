/**
 * OpenSSL commands that turn what WebCrypto cannot open (3DES, RC2) into what it can, and
 * the host's side of each conversion (./convert/): what the browser wrote, done by
 * `openssl` where the file is. File names are quoted for a POSIX shell; the problems'
 * `file` param carries the name unquoted for UIs that quote for another shell.
 */
export function reencryptKeyCommand(file: string): string {
  return `openssl pkcs8 -topk8 -v2 aes-256-cbc -in ${quote(file)} -out converted.key`;
}

export function pkcs12LegacyCommand(file: string): string {
  return `openssl pkcs12 -legacy -in ${quote(file)} -out converted.pem -nodes`;
}

/** One command line: a program's argv, or several piped into each other. */
export type Pipeline = readonly (readonly string[])[];

/** Command lines as POSIX sh text, one a line, each word quoted where the shell would read it. */
export function commandText(lines: readonly Pipeline[]): string {
  return lines.map((stages) => stages.map((argv) => argv.map(quote).join(' ')).join(' | ')).join('\n');
}

/**
 * Where a command reads a password from: OpenSSL's `-passin` / `-passout` argument. A file
 * gives its first line (openssl-passphrase-options(1), `file:pathname`:
 * https://docs.openssl.org/3.0/man1/openssl-passphrase-options/); the empty password is
 * no secret and goes inline, so that no empty file has to be made.
 */
export type PasswordSource = { readonly kind: 'file'; readonly file: string } | { readonly kind: 'empty' };

function passArg(source: PasswordSource): string {
  return source.kind === 'file' ? `file:${source.file}` : 'pass:';
}

/** What `openssl pkcs12` needs to read an archive: `-legacy` for RC2 (below), and its password. */
export interface Pkcs12Reading {
  readonly file: string;
  readonly password: PasswordSource;
  readonly legacy: boolean;
}

function pkcs12In(p12: Pkcs12Reading): string[] {
  // RC2 lives in OpenSSL 3's legacy provider, which `-legacy` loads; 3DES and AES stay in
  // the default one (openssl-pkcs12(1) "-legacy", OSSL_PROVIDER-legacy(7): RC2;
  // https://docs.openssl.org/3.0/man1/openssl-pkcs12/). OpenSSL 1.1.1 has no `-legacy`
  // and needs none, so it is added only where the archive needs it.
  return ['openssl', 'pkcs12', ...(p12.legacy ? ['-legacy'] : []), '-in', p12.file, '-passin', passArg(p12.password)];
}

/**
 * PKCS#12 → the certificate that goes with the key (`-clcerts`), the key as unencrypted
 * PKCS#8 (`-nodes`, piped through `pkcs8 -topk8 -nocrypt`, which drops the bag attributes),
 * and the other certificates (`-cacerts`), each only where the archive has it.
 * `-nodes` rather than 3.0's `-noenc`: 1.1.1 knows only `-nodes`, which 3.0 keeps (deprecated).
 */
export function pkcs12ToPemCommands(p12: Pkcs12Reading, out: { leaf: string | null; key: string | null; chain: string | null }): Pipeline[] {
  const lines: Pipeline[] = [];
  if (out.leaf) lines.push([[...pkcs12In(p12), '-clcerts', '-nokeys', '-out', out.leaf]]);
  if (out.key)
    lines.push([
      [...pkcs12In(p12), '-nocerts', '-nodes'],
      ['openssl', 'pkcs8', '-topk8', '-nocrypt', '-out', out.key],
    ]);
  if (out.chain) lines.push([[...pkcs12In(p12), '-cacerts', '-nokeys', '-out', out.chain]]);
  return lines;
}

/** A DER certificate or key → PEM; `openssl pkey` writes keys as PKCS#8 (openssl-pkey(1), `-traditional`). */
export function derToPemCommand(kind: 'certificate' | 'key', file: string, out: string): Pipeline[] {
  return [[['openssl', kind === 'certificate' ? 'x509' : 'pkey', '-inform', 'DER', '-in', file, '-out', out]]];
}

/** PKCS#1 or SEC1 (or PKCS#8) → unencrypted PKCS#8 (openssl-pkcs8(1), `-topk8 -nocrypt`). */
export function toPkcs8Command(file: string, out: string): Pipeline[] {
  return [[['openssl', 'pkcs8', '-topk8', '-nocrypt', '-in', file, '-out', out]]];
}

/**
 * A key → PKCS#8 encrypted with PBES2 AES-256-CBC (PBKDF2-HMAC-SHA256 by default), what
 * Elastic Agent opens; an encrypted key is first opened with its own password.
 */
export function encryptKeyCommand(file: string, out: string, passphraseFile: string, password: PasswordSource | null, der: boolean): Pipeline[] {
  const passin = password ? ['-passin', passArg(password)] : [];
  return [[['openssl', 'pkcs8', '-topk8', ...inform(der), '-v2', 'aes-256-cbc', '-in', file, ...passin, '-passout', `file:${passphraseFile}`, '-out', out]]];
}

/** An encrypted key (PKCS#8 or legacy PEM) → unencrypted PKCS#8. */
export function decryptKeyCommand(file: string, out: string, password: PasswordSource, der: boolean): Pipeline[] {
  return [[['openssl', 'pkey', ...inform(der), '-in', file, '-passin', passArg(password), '-out', out]]];
}

function inform(der: boolean): string[] {
  return der ? ['-inform', 'DER'] : [];
}

/**
 * Prints PEM block number `n` (from 1) of a file, BEGIN to END, or writes it to `out`.
 * Blocks are counted as the reader counts them (./read-pem-blocks.ts): a BEGIN line with
 * an upper-case label, blanks around it allowed (CRLF files, PEM indented in YAML).
 */
const NTH_BLOCK =
  '/^[[:space:]]*-----BEGIN [A-Z0-9 ]*-----[[:space:]]*$/ { n++ } n == k { if (out == "") print; else print > out } n == k && /-----END / { exit }';

export type SplitPart = { readonly block: number; readonly out: string; readonly through: 'x509' | 'pkey' | null };

/**
 * One command per part of a bundle: its block, through `openssl x509` (a certificate) or
 * `openssl pkey` (a plain key, written as PKCS#8), or as it is (an encrypted key, which
 * stays encrypted). OpenSSL reads only the first block of a file, hence awk.
 */
export function splitBundleCommands(file: string, parts: readonly SplitPart[]): Pipeline[] {
  // awk takes an operand `name=value` for an assignment and one starting with `-` for an
  // option (POSIX awk, OPERANDS: https://pubs.opengroup.org/onlinepubs/9799919799/utilities/awk.html):
  // such a file is named by its path from here.
  const operand = /^([A-Za-z_][A-Za-z0-9_]*=|-)/.test(file) ? `./${file}` : file;
  return parts.map(({ block, out, through }) => {
    const awk = (to: string) => ['awk', '-v', `k=${block}`, '-v', `out=${to}`, NTH_BLOCK, operand];
    return through ? [awk(''), ['openssl', through, '-out', out]] : [awk(out)];
  });
}

function quote(word: string): string {
  return /^[A-Za-z0-9._/+@:=-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}
