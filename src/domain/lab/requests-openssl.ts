import type { LabKeyType } from '../certs/write/sign';
import type { CertRequest } from './cert-requests';

/** A command as the program receives it; the caller's shell writer quotes each word. */
export type Argv = readonly string[];

/** Quotes one word for the shell the text is for (src/domain/generate/shell/ has the one per shell). */
export type Quote = (word: string) => string;

/** The files of one request: the plan's certificate and key names, and the config and CSR beside them. */
export interface RequestFileNames {
  readonly config: string;
  readonly csr: string;
  readonly key: string;
  readonly cert: string;
}

/** The certificate's name without its extension: fleet-server.crt → fleet-server. */
export function requestBase(request: CertRequest): string {
  return request.cert.name.replace(/\.(crt|pem|cer)$/i, '') || request.id;
}

export function requestFileNames(request: CertRequest): RequestFileNames {
  const base = requestBase(request);
  return { config: `${base}.cnf`, csr: `${base}.csr`, key: request.key.name, cert: request.cert.name };
}

/**
 * A value of an OpenSSL config file, taken literally: `$` would expand a variable, `#` start
 * a comment, quotes and backslashes are escapes, leading and trailing blanks are trimmed, and
 * `\n`, `\r`, `\t`, `\b` are the only escapes for control characters (config(5), "Settings").
 * Every one of them gets a backslash, so the value reaches the request as it was given.
 */
function configValue(value: string): string {
  return value.replace(/[\\"'`$#\s\b]/g, (c) => {
    switch (c) {
      case '\n':
        return '\\n';
      case '\r':
        return '\\r';
      case '\t':
        return '\\t';
      case '\b':
        return '\\b';
      default:
        return `\\${c}`;
    }
  });
}

/**
 * The request's config for `openssl req -new -config`: the subject's CN, and the extensions
 * the CSR asks for (basicConstraints CA:FALSE, keyUsage, extendedKeyUsage, the SANs). SANs go
 * in their own section, one name a line (x509v3_config(5), "Subject Alternative Name"), so that
 * no name can add another by holding a comma.
 */
export function opensslConfig(request: CertRequest): string {
  const sans = [...request.dns.map((d, i) => `DNS.${i + 1} = ${configValue(d)}`), ...request.ips.map((ip, i) => `IP.${i + 1} = ${configValue(ip)}`)];
  return [
    '[req]',
    'prompt = no',
    'utf8 = yes',
    'string_mask = utf8only',
    'distinguished_name = dn',
    'req_extensions = ext',
    '',
    '[dn]',
    `CN = ${configValue(request.commonName)}`,
    '',
    '[ext]',
    'basicConstraints = critical, CA:FALSE',
    `keyUsage = critical, ${request.keyUsage.join(', ')}`,
    `extendedKeyUsage = ${request.eku.join(', ')}`,
    ...(sans.length > 0 ? ['subjectAltName = @sans', '', '[sans]', ...sans] : []),
    '',
  ].join('\n');
}

/** genpkey's algorithm options: a PKCS#8 key (openssl-genpkey(1): "-outform … PEM", PrivateKeyInfo). */
export function genpkeyOptions(keyType: LabKeyType): Argv {
  return keyType.kind === 'EC'
    ? ['-algorithm', 'EC', '-pkeyopt', `ec_paramgen_curve:${keyType.curve}`]
    : ['-algorithm', 'RSA', '-pkeyopt', `rsa_keygen_bits:${keyType.bits}`];
}

/** The steps on the machine that keeps the key: make it, make the CSR from the config, show what the CSR asks for. */
export interface OpensslRequestSteps {
  /** Written to standard output; the script sends it to the key file with the shell's noclobber on. */
  readonly genpkey: Argv;
  readonly req: Argv;
  readonly check: Argv;
}

export function opensslRequestSteps(request: CertRequest): OpensslRequestSteps {
  const files = requestFileNames(request);
  return {
    genpkey: ['openssl', 'genpkey', ...genpkeyOptions(request.keyType)],
    req: ['openssl', 'req', '-new', '-key', files.key, '-config', files.config, '-out', files.csr],
    check: ['openssl', 'req', '-in', files.csr, '-noout', '-verify', '-text'],
  };
}

export interface SigningCa {
  readonly cert: string;
  readonly key: string;
  readonly days: number;
}

/**
 * What the PKI team runs with its CA to sign the CSR and keep the extensions it asks for:
 * `openssl x509 -req` copies no extension from a request unless `-copy_extensions` says so,
 * an option of OpenSSL 3.0 and later (openssl-x509(1), 3.0: "-copy_extensions arg … If arg is
 * none or this option is not present then extensions are ignored"). Without -CAserial, OpenSSL
 * 3 picks a random serial ("this is the recommended practice", same page, -CAserial).
 */
export function opensslSigningCommand(request: CertRequest, ca: SigningCa): Argv {
  const files = requestFileNames(request);
  return [
    'openssl',
    'x509',
    '-req',
    '-in',
    files.csr,
    '-CA',
    ca.cert,
    '-CAkey',
    ca.key,
    '-days',
    String(ca.days),
    '-copy_extensions',
    'copyall',
    '-out',
    files.cert,
  ];
}

export const commandLine = (argv: Argv, quote: Quote): string => argv.map(quote).join(' ');

/**
 * requests.sh: every request's key and CSR, made where the script runs, so that the keys
 * never leave that machine. POSIX sh; stops at the first failure (`set -eu`); keys are
 * written through the shell with noclobber (`set -C`), so a second run never replaces a key
 * whose certificate may already be signed; files are the owner's only (`umask 077`).
 */
export function opensslRequestScript(requests: readonly CertRequest[], quote: Quote): string {
  const lines = ['#!/bin/sh', 'set -eu', 'set -C', 'umask 077', 'cd -- "$(dirname -- "$0")"'];
  for (const request of requests) {
    const steps = opensslRequestSteps(request);
    lines.push(`${commandLine(steps.genpkey, quote)} > ${quote(requestFileNames(request).key)}`);
    lines.push(commandLine(steps.req, quote));
    lines.push(commandLine(steps.check, quote));
  }
  return `${lines.join('\n')}\n`;
}
