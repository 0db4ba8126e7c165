/**
 * The certificate engine's plain shapes. They cross a Web Worker boundary (postMessage),
 * so they are JSON-serialisable data: no classes, no functions, no Dates.
 */

import type { Coded, NoParams } from '../coded';
import type { WorkLimits, WorkRefusal } from './work-budget';

export type KeyAlgorithm = 'RSA' | 'EC' | 'Ed25519' | 'Ed448' | 'other';

export interface PublicKeyFacts {
  algorithm: KeyAlgorithm;
  /** RSA modulus size or EC field size; null for Ed25519/Ed448 (fixed) and unknown keys. */
  bits: number | null;
  /** 'P-256' | 'P-384' | 'P-521' or another curve name (dotted OID if unnamed); null if not EC. */
  curve: string | null;
}

export interface SubjectAltNames {
  dns: string[];
  /** IPv4 dotted, IPv6 in RFC 5952 compressed form. */
  ip: string[];
  email: string[];
  uri: string[];
}

export interface CertificateFacts {
  kind: 'certificate';
  /** As `openssl x509 -noout -subject -nameopt RFC2253` prints it (without `subject=`). */
  subject: string;
  /** The last CN attribute, unescaped; null if there is none. */
  subjectCommonName: string | null;
  issuer: string;
  /** Lowercase hex as `openssl x509 -serial` prints it (no DER sign padding). */
  serialHex: string;
  /** ISO 8601 UTC. */
  notBefore: string;
  notAfter: string;
  /** Empty lists when the extension is absent; `hasSanExtension` tells the two apart. */
  sans: SubjectAltNames;
  /** False when there is no subjectAltName extension at all (Go then rejects every host). */
  hasSanExtension: boolean;
  publicKey: PublicKeyFacts;
  /** OpenSSL's name: 'sha256WithRSAEncryption', 'ecdsa-with-SHA256', 'ED25519', 'rsassaPss', … */
  signatureAlgorithm: string;
  keyUsage: string[];
  /** 'serverAuth', 'clientAuth', other purposes as dotted OIDs. Empty when the extension is absent. */
  extendedKeyUsage: string[];
  basicConstraints: { ca: boolean; pathLength: number | null } | null;
  selfIssued: boolean;
  subjectKeyId: string | null;
  authorityKeyId: string | null;
  /** Lowercase hex SHA-256 of the DER: what `ssl.ca_trusted_fingerprint` takes. */
  sha256Fingerprint: string;
  /** Base64 SHA-256 of the SubjectPublicKeyInfo DER: what `--ca-sha256` / `ssl.ca_sha256` take. */
  spkiSha256Base64: string;
  /** Base64 of the DER, so a chain can be verified from these facts alone (PEM: `certificatePem`). */
  der: string;
}

export type PrivateKeyFormat = 'pkcs8' | 'pkcs1' | 'sec1' | 'encrypted-pkcs8' | 'legacy-encrypted-pem';

export interface PrivateKeyFacts {
  kind: 'private-key';
  format: PrivateKeyFormat;
  encrypted: boolean;
  /** True when the key is encrypted and the passphrase given opened it. */
  decrypted: boolean;
  /** 'unknown' when encrypted PKCS#8 was not opened (a legacy PEM's label still names RSA/EC). */
  algorithm: KeyAlgorithm | 'unknown';
  bits: number | null;
  curve: string | null;
  /** Base64 SHA-256 of the matching public key's SPKI DER, when known. */
  spkiSha256Base64: string | null;
}

export type DecodedItem = CertificateFacts | PrivateKeyFacts;

/** Where a problem is in a PEM file: the block's number (from 1) and its label. */
export type PemPlace = { readonly block: number; readonly label: string };
/** A problem of a PEM block carries its place; the same problem in a DER or PKCS#12 file does not. */
type MaybeInPem<T = NoParams> = T & Partial<PemPlace>;
/** What converts a file browsers cannot open: the cipher or scheme, the file, and the command. */
type Conversion<K extends string> = { readonly [key in K]: string } & { readonly file: string; readonly command: string };

/**
 * What kept a file from being read, as a code with exactly the parameters its producers
 * give. Adding a code is one entry here.
 */
export interface FileProblemParams {
  empty: NoParams;
  'too-large': { readonly size: number; readonly maxBytes: number };
  'not-recognised': NoParams;
  'pem-truncated': PemPlace;
  'pem-bad-base64': PemPlace;
  'pem-unsupported-block': PemPlace;
  'certificate-malformed': MaybeInPem;
  'key-malformed': MaybeInPem;
  'password-needed': MaybeInPem;
  'password-wrong': MaybeInPem;
  'pkcs12-malformed': NoParams;
  'pkcs12-legacy-unsupported': Conversion<'cipher'>;
  'legacy-pem-cipher-unsupported': PemPlace & Conversion<'cipher'>;
  'encrypted-key-cipher-unsupported': MaybeInPem<Conversion<'cipher'>>;
  'dsa-key-unsupported': MaybeInPem;
  /** A key algorithm TLS certificates do not use here (X25519, GOST, …), by its OID. */
  'key-algorithm-unsupported': MaybeInPem<{ readonly oid: string }>;
  /**
   * Opening the file would take more key derivation than one file may cost (./work-budget.ts):
   * which limit, what the file needs and what it may use. Nothing was derived past the limit.
   */
  'work-limit-exceeded': MaybeInPem<Readonly<WorkRefusal>>;
  /** An encrypted PKCS#8 key OpenSSL opens and Elastic Agent does not. */
  'encrypted-key-agent-unsupported': MaybeInPem<Conversion<'scheme'>>;
}

export type FileProblemCode = keyof FileProblemParams;

export type FileProblem = Coded<FileProblemParams>;

export interface DecodedFile {
  name: string;
  container: 'pem' | 'der' | 'pkcs12' | 'unknown';
  /** In file order. */
  items: DecodedItem[];
  problems: FileProblem[];
}

export interface DecodeInput {
  name: string;
  bytes: Uint8Array;
  password?: string;
}

export interface DecodeLimits {
  /** Default 5 MiB. */
  maxBytes?: number;
  /** Key derivation one file may cost; default FILE_WORK_LIMITS (./work-budget.ts). */
  work?: WorkLimits;
}

export type ChainStatus =
  'ok' | 'unknown-authority' | 'bad-signature' | 'expired' | 'not-yet-valid' | 'issuer-not-ca' | 'incompatible-usage' | 'weak-signature';

export interface ChainResult {
  status: ChainStatus;
  /** SHA-256 fingerprints from the leaf towards the root, as far as the path was built. */
  path: string[];
  /** Fingerprint of the certificate the verdict is about; null when ok. */
  failedAt: string | null;
}

export interface VerifyChainInput {
  leaf: CertificateFacts;
  intermediates: CertificateFacts[];
  roots: CertificateFacts[];
  at: Date;
  purpose: 'serverAuth' | 'clientAuth' | null;
}
