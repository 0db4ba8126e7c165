import 'reflect-metadata'; // @peculiar/x509's tsyringe needs a Reflect polyfill, loaded before it (its README).
import {
  AuthorityKeyIdentifierExtension,
  BasicConstraintsExtension,
  ExtendedKeyUsage,
  ExtendedKeyUsageExtension,
  KeyUsageFlags,
  KeyUsagesExtension,
  PemConverter,
  SubjectAlternativeNameExtension,
  SubjectKeyIdentifierExtension,
  X509CertificateGenerator,
  type Extension,
  type JsonGeneralName,
  type X509Certificate,
} from '@peculiar/x509';

export type LabKeyType = { readonly kind: 'RSA'; readonly bits: 2048 | 3072 | 4096 } | { readonly kind: 'EC'; readonly curve: 'P-256' | 'P-384' };

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
}

export interface MadeCertificate {
  readonly id: string;
  readonly certPem: string;
  /** PKCS#8, unencrypted. */
  readonly keyPem: string;
}

export interface MadeLab {
  readonly cas: readonly MadeCertificate[];
  readonly leaves: readonly MadeCertificate[];
  /** File name → content, under the names the plan's commands use. */
  readonly files: ReadonlyMap<string, string>;
}

export interface MakeLabOptions {
  /** The clock is the caller's: the domain has none. */
  readonly now: Date;
  readonly validityDays: number;
  /** Told after each key pair: RSA keys take seconds each. */
  readonly onProgress?: (done: number, total: number) => void;
  /** Asked before each key pair: true stops the lab (`makeLab` rejects with LabStopped). */
  readonly stopped?: () => boolean;
}

/** The lab was stopped by its caller (`MakeLabOptions.stopped`). */
export class LabStopped extends Error {
  constructor() {
    super('lab stopped');
  }
}

const DAY_MS = 86_400_000;

function keyAlgorithm(type: LabKeyType): RsaHashedKeyGenParams | EcKeyGenParams {
  return type.kind === 'RSA'
    ? { name: 'RSASSA-PKCS1-v1_5', modulusLength: type.bits, publicExponent: new Uint8Array([1, 0, 1]), hash: 'SHA-256' }
    : { name: 'ECDSA', namedCurve: type.curve };
}

/** The signature a key makes: SHA-384 with P-384, SHA-256 otherwise. */
function signingAlgorithm(type: LabKeyType): Algorithm | EcdsaParams {
  return type.kind === 'RSA' ? { name: 'RSASSA-PKCS1-v1_5' } : { name: 'ECDSA', hash: type.curve === 'P-384' ? 'SHA-384' : 'SHA-256' };
}

async function generateKeys(type: LabKeyType): Promise<CryptoKeyPair> {
  return (await crypto.subtle.generateKey(keyAlgorithm(type), true, ['sign', 'verify'])) as CryptoKeyPair;
}

/** 16 random bytes, the top bit cleared and the first byte non-zero: a positive serial of fixed length (RFC 5280 §4.1.2.2). */
function randomSerial(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[0] = (bytes[0]! & 0x7f) | 0x01;
  return [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
}

async function pkcs8Pem(key: CryptoKey): Promise<string> {
  return PemConverter.encode(await crypto.subtle.exportKey('pkcs8', key), 'PRIVATE KEY');
}

/** A PEM block ending in one newline, as OpenSSL writes them. */
const pemText = (pem: string): string => `${pem.replace(/\r\n/g, '\n').trimEnd()}\n`;

/** A DN value: the writer escapes nothing, so names come as plain text (RFC 4514 specials refused). */
function cn(name: string): string {
  if (/[,+"\\<>;=#]/.test(name)) throw new Error(`name not written: ${name}`);
  return `CN=${name}`;
}

/**
 * The lab's certificates, made with @peculiar/x509 over WebCrypto: CAs self-signed
 * (basicConstraints CA:TRUE critical, keyCertSign and cRLSign), leaves signed by their CA
 * (CA:FALSE, digitalSignature, and keyEncipherment for RSA servers; the EKU asked),
 * subject and authority key identifiers, random positive serials; private keys as PKCS#8.
 */
export async function makeLab(
  spec: { readonly cas: readonly CaToWrite[]; readonly leaves: readonly LeafToWrite[] },
  options: MakeLabOptions,
): Promise<MadeLab> {
  const notBefore = new Date(options.now.getTime() - 5 * 60_000);
  const notAfter = new Date(options.now.getTime() + options.validityDays * DAY_MS);
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
    const keys = await generateKeys(type);
    if (options.stopped?.()) throw new LabStopped();
    return keys;
  };
  const step = () => options.onProgress?.(++done, total);

  const issuers = new Map<string, { cert: X509Certificate; keys: CryptoKeyPair; type: LabKeyType }>();
  const cas: MadeCertificate[] = [];
  for (const ca of spec.cas) {
    const keys = await keysFor(ca.keyType);
    const cert = await X509CertificateGenerator.createSelfSigned({
      serialNumber: randomSerial(),
      name: cn(ca.commonName),
      notBefore,
      notAfter,
      signingAlgorithm: signingAlgorithm(ca.keyType),
      keys,
      extensions: [
        new BasicConstraintsExtension(true, undefined, true),
        new KeyUsagesExtension(KeyUsageFlags.keyCertSign | KeyUsageFlags.cRLSign, true),
        await SubjectKeyIdentifierExtension.create(keys.publicKey),
        await AuthorityKeyIdentifierExtension.create(keys.publicKey),
      ],
    });
    issuers.set(ca.id, { cert, keys, type: ca.keyType });
    const made = { id: ca.id, certPem: pemText(cert.toString('pem')), keyPem: pemText(await pkcs8Pem(keys.privateKey)) };
    cas.push(made);
    for (const f of ca.files) put(f.name, made.certPem);
    step();
  }

  const leaves: MadeCertificate[] = [];
  for (const leaf of spec.leaves) {
    const issuer = issuers.get(leaf.signedBy);
    if (!issuer) throw new Error(`no CA ${leaf.signedBy} for ${leaf.id}`);
    const keys = await keysFor(leaf.keyType);
    const server = leaf.eku.includes('serverAuth');
    const usage = KeyUsageFlags.digitalSignature | (server && leaf.keyType.kind === 'RSA' ? KeyUsageFlags.keyEncipherment : 0);
    const names: JsonGeneralName[] = [
      ...leaf.dns.map((value) => ({ type: 'dns' as const, value })),
      ...leaf.ips.map((value) => ({ type: 'ip' as const, value })),
    ];
    const extensions: Extension[] = [
      new BasicConstraintsExtension(false, undefined, true),
      new KeyUsagesExtension(usage, true),
      new ExtendedKeyUsageExtension(
        leaf.eku.map((e) => (e === 'serverAuth' ? ExtendedKeyUsage.serverAuth : ExtendedKeyUsage.clientAuth)),
        false,
      ),
      await SubjectKeyIdentifierExtension.create(keys.publicKey),
      await AuthorityKeyIdentifierExtension.create(issuer.keys.publicKey),
    ];
    if (names.length > 0) extensions.push(new SubjectAlternativeNameExtension(names, false));
    const cert = await X509CertificateGenerator.create({
      serialNumber: randomSerial(),
      subject: cn(leaf.commonName),
      issuer: issuer.cert.subject,
      notBefore,
      notAfter,
      signingAlgorithm: signingAlgorithm(issuer.type),
      publicKey: keys.publicKey,
      signingKey: issuer.keys.privateKey,
      extensions,
    });
    const made = { id: leaf.id, certPem: pemText(cert.toString('pem')), keyPem: pemText(await pkcs8Pem(keys.privateKey)) };
    leaves.push(made);
    put(leaf.cert.name, leaf.chain ? made.certPem + pemText(issuer.cert.toString('pem')) : made.certPem);
    put(leaf.key.name, made.keyPem);
    step();
  }
  return { cas, leaves, files };
}
