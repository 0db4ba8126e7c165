import { AsnConvert } from '@peculiar/asn1-schema';
import { Certificate, Extensions, TBSCertificate, Time, Validity, Version, type Extension, type Name } from '@peculiar/asn1-x509';
import { pemText } from '../pem-text';
import { encryptPkcs8Pem } from './encrypt-pkcs8';
import { authorityKeyIdentifier, caExtensions, commonNameOnly, keyIdentifier, leafExtensions, subjectKeyIdentifier } from './extensions';
import { generateKeyPair, pkcs8Der, publicKeyInfo, signatureAlgorithm, signDer, derUnsigned, type LabKeyType } from './sign';

interface NamedFile {
  readonly name: string;
}

/** What the writer needs of a CA: src/domain/lab's LabCaSpec fits. */
export interface CaToWrite {
  readonly id: string;
  readonly commonName: string;
  readonly keyType: LabKeyType;
  readonly files: readonly NamedFile[];
}

/** What the writer needs of a leaf: src/domain/lab's LabLeafSpec fits. */
export interface LeafToWrite {
  readonly id: string;
  readonly commonName: string;
  readonly dns: readonly string[];
  readonly ips: readonly string[];
  readonly eku: readonly ('serverAuth' | 'clientAuth')[];
  readonly keyType: LabKeyType;
  readonly signedBy: string;
  /** Whether the certificate file carries the CA after the leaf. */
  readonly chain: boolean;
  readonly cert: NamedFile;
  readonly key: NamedFile;
  /** Where the key is written encrypted: the file that holds its passphrase. */
  readonly keyPassphrase?: NamedFile | null;
  /** A certificate for one named host among several of the same files: its files are keyed `<agentHost>/<name>`. */
  readonly agentHost?: string | null;
}

export interface MadeCertificate {
  readonly id: string;
  readonly certPem: string;
  /** PKCS#8, unencrypted (the lab's files hold it encrypted where the spec says so). */
  readonly keyPem: string;
}

export interface MadeLab {
  readonly cas: readonly MadeCertificate[];
  readonly leaves: readonly MadeCertificate[];
  /** File name → content, under the names the plan's commands use (`<host>/<name>` for a named agent host's). */
  readonly files: ReadonlyMap<string, string>;
}

export interface MakeLabOptions {
  /** The clock is the caller's: the domain has none. */
  readonly now: Date;
  readonly validityDays: number;
  /**
   * The passphrase of the keys the spec wants encrypted: required when it wants any.
   * Written as is into their passphrase files, without a trailing newline: elastic-agent-libs
   * reads the whole file as the passphrase (transport/tlscommon/tls.go L50-55, os.ReadFile,
   * no trimming; elastic-agent-cli.md §5 `ssl.key_passphrase_path`).
   */
  readonly passphrase?: string;
  /** Told after each key pair: RSA keys take seconds each. */
  readonly onProgress?: (done: number, total: number) => void;
  /** Asked before and after each key pair: true stops the lab (`makeLab` rejects with LabStopped). */
  readonly stopped?: () => boolean;
}

/** The lab was stopped by its caller (`MakeLabOptions.stopped`). */
export class LabStopped extends Error {
  constructor() {
    super('lab stopped');
  }
}

const DAY_MS = 86_400_000;

/** 16 random bytes, the top bit cleared and the first byte non-zero: a positive serial of fixed length (RFC 5280 §4.1.2.2). */
function randomSerial(): ArrayBuffer {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[0] = (bytes[0]! & 0x7f) | 0x01;
  return derUnsigned(bytes).buffer;
}

/** UTCTime through 2049, GeneralizedTime from 2050, whole seconds (RFC 5280 §4.1.2.5). */
function time(date: Date): Time {
  const at = new Date(Math.floor(date.getTime() / 1000) * 1000);
  return new Time(at.getUTCFullYear() < 2050 ? { utcTime: at } : { generalTime: at });
}

interface Issuer {
  readonly name: Name;
  readonly privateKey: CryptoKey;
  readonly type: LabKeyType;
  readonly keyId: ArrayBuffer;
  readonly pem: string;
}

interface ToCertify {
  readonly subject: Name;
  readonly keys: CryptoKeyPair;
  readonly type: LabKeyType;
  /** Null for a self-signed CA. */
  readonly issuer: Issuer | null;
  readonly extensions: readonly Extension[];
  readonly validity: Validity;
}

/**
 * A v3 certificate (RFC 5280 §4.1): the TBSCertificate in DER, signed with the issuer's key
 * (its own when self-signed), its subject key identifier and the issuer's as authority key identifier.
 */
async function certify(c: ToCertify): Promise<Issuer> {
  const spki = await publicKeyInfo(c.keys.publicKey);
  const keyId = await keyIdentifier(spki);
  const signer = c.issuer ?? { name: c.subject, privateKey: c.keys.privateKey, type: c.type, keyId };
  const algorithm = signatureAlgorithm(signer.type);
  const tbsCertificate = new TBSCertificate({
    version: Version.v3,
    serialNumber: randomSerial(),
    signature: algorithm,
    issuer: signer.name,
    validity: c.validity,
    subject: c.subject,
    subjectPublicKeyInfo: spki,
    extensions: new Extensions([...c.extensions, subjectKeyIdentifier(keyId), authorityKeyIdentifier(signer.keyId)]),
  });
  const tbsDer = new Uint8Array(AsnConvert.serialize(tbsCertificate));
  const signatureValue = await signDer(signer.privateKey, signer.type, tbsDer);
  const der = new Uint8Array(AsnConvert.serialize(new Certificate({ tbsCertificate, signatureAlgorithm: algorithm, signatureValue })));
  return { name: c.subject, privateKey: c.keys.privateKey, type: c.type, keyId, pem: pemText('CERTIFICATE', der) };
}

const keyPem = async (key: CryptoKey): Promise<string> => pemText('PRIVATE KEY', await pkcs8Der(key));

/**
 * The lab's certificates, written over the asn1 layer and signed with WebCrypto (ADR 11):
 * CAs self-signed (basicConstraints CA:TRUE critical, keyCertSign and cRLSign), leaves
 * signed by their CA (CA:FALSE, digitalSignature, and keyEncipherment for RSA servers; the
 * EKU asked; the SANs), subject and authority key identifiers, random positive serials;
 * private keys as PKCS#8.
 */
export async function makeLab(
  spec: { readonly cas: readonly CaToWrite[]; readonly leaves: readonly LeafToWrite[] },
  options: MakeLabOptions,
): Promise<MadeLab> {
  const encrypted = spec.leaves.filter((l) => l.keyPassphrase);
  if (encrypted.length > 0 && !options.passphrase)
    throw new Error(`makeLab: the keys of ${encrypted.map((l) => l.id).join(', ')} are to be encrypted, and no passphrase was given`);
  const validity = new Validity();
  validity.notBefore = time(new Date(options.now.getTime() - 5 * 60_000));
  validity.notAfter = time(new Date(options.now.getTime() + options.validityDays * DAY_MS));
  const files = new Map<string, string>();
  const put = (name: string, content: string) => {
    const before = files.get(name);
    if (before !== undefined && before !== content) throw new Error(`two contents for ${name}`);
    files.set(name, content);
  };

  const total = spec.cas.length + spec.leaves.length;
  let done = 0;
  const keysFor = async (type: LabKeyType) => {
    if (options.stopped?.()) throw new LabStopped();
    const keys = await generateKeyPair(type);
    if (options.stopped?.()) throw new LabStopped();
    return keys;
  };
  const step = () => options.onProgress?.(++done, total);

  const issuers = new Map<string, Issuer>();
  const cas: MadeCertificate[] = [];
  for (const ca of spec.cas) {
    const keys = await keysFor(ca.keyType);
    const made = await certify({ subject: commonNameOnly(ca.commonName), keys, type: ca.keyType, issuer: null, extensions: caExtensions(), validity });
    issuers.set(ca.id, made);
    cas.push({ id: ca.id, certPem: made.pem, keyPem: await keyPem(keys.privateKey) });
    for (const f of ca.files) put(f.name, made.pem);
    step();
  }

  const leaves: MadeCertificate[] = [];
  for (const leaf of spec.leaves) {
    const issuer = issuers.get(leaf.signedBy);
    if (!issuer) throw new Error(`no CA ${leaf.signedBy} for ${leaf.id}`);
    const keys = await keysFor(leaf.keyType);
    const made = await certify({ subject: commonNameOnly(leaf.commonName), keys, type: leaf.keyType, issuer, extensions: leafExtensions(leaf), validity });
    const der = await pkcs8Der(keys.privateKey);
    leaves.push({ id: leaf.id, certPem: made.pem, keyPem: pemText('PRIVATE KEY', der) });
    const at = (file: NamedFile) => (leaf.agentHost ? `${leaf.agentHost}/${file.name}` : file.name);
    put(at(leaf.cert), leaf.chain ? made.pem + issuer.pem : made.pem);
    if (leaf.keyPassphrase && options.passphrase) {
      put(at(leaf.key), await encryptPkcs8Pem(der, options.passphrase));
      put(at(leaf.keyPassphrase), options.passphrase);
    } else put(at(leaf.key), pemText('PRIVATE KEY', der));
    step();
  }
  return { cas, leaves, files };
}
