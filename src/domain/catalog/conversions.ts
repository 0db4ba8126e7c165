/**
 * Turning what admins have into the PEM files the agent's flags and YAML read
 * (elastic-agent-libs tlscommon reads PEM only: "failed to find any PEM data"). OpenSSL 3
 * commands; a test runs each on openssl's own PKCS#12 and DER files.
 */
export type ConversionKind = 'pkcs12-certificate' | 'pkcs12-ca' | 'pkcs12-key' | 'der-certificate' | 'der-key' | 'pkcs8-key';

export interface Conversion {
  readonly kind: ConversionKind;
  /** The file the admin has. */
  readonly from: string;
  /** The PEM file the plan names. */
  readonly to: string;
  /** For a key: write it encrypted (openssl prompts for the passphrase), because the plan says it is. */
  readonly encrypted?: boolean;
}

/** The openssl argv that writes `to` from `from`. */
export function conversionArgv(c: Conversion): string[] {
  switch (c.kind) {
    case 'pkcs12-certificate':
      return ['openssl', 'pkcs12', '-in', c.from, '-clcerts', '-nokeys', '-out', c.to];
    case 'pkcs12-ca':
      return ['openssl', 'pkcs12', '-in', c.from, '-cacerts', '-nokeys', '-out', c.to];
    case 'pkcs12-key':
      // Without -nodes (-noenc) OpenSSL 3 writes an encrypted PKCS#8 key, asking for its passphrase.
      return ['openssl', 'pkcs12', '-in', c.from, '-nocerts', ...(c.encrypted ? [] : ['-nodes']), '-out', c.to];
    case 'der-certificate':
      return ['openssl', 'x509', '-inform', 'DER', '-in', c.from, '-out', c.to];
    case 'der-key':
      return ['openssl', 'pkey', '-inform', 'DER', '-in', c.from, ...(c.encrypted ? ['-aes256'] : []), '-out', c.to];
    case 'pkcs8-key':
      // PKCS#1, SEC1 or PKCS#8 → unencrypted PKCS#8, `-----BEGIN PRIVATE KEY-----` (openssl-pkcs8(1), `-topk8 -nocrypt`).
      return ['openssl', 'pkcs8', '-topk8', '-nocrypt', '-in', c.from, '-out', c.to];
  }
}
