/**
 * The same requests for `elasticsearch-certutil`, read from elastic/elasticsearch
 * x-pack/plugin/security/cli/src/main/java/org/elasticsearch/xpack/security/cli/
 * (CertificateTool.java @ 1bb4d6f0, CertGenUtils.java @ d8fa2e12):
 * - instances.yml: `instances:` a list of objects; `name` required, `filename` (default: the
 *   name), `ip`, `dns` and `cn` (string lists) optional (CertificateToolParser). A name with
 *   `=` is read as a whole DN, otherwise it is the CN; `ca` is refused as a name; a filename
 *   must match [a-zA-Z0-9!@#$%^&{}\[\]()_+\-=,.~'` ]{1,251} and not start with a dot
 *   (Name.fromUserProvidedName, isValidFilename). `cn` adds non-standard otherName SANs
 *   (CertGenUtils.createCommonName), so it is never written here.
 * - flags: `--in`, `--out`, `--keysize` (default 2048, DEFAULT_KEY_SIZE), `--pem` (PEM instead
 *   of PKCS#12), `--days` (default 3 × 365, DEFAULT_DAYS); `cert` needs `--ca`, `--ca-cert`/`--ca-key`
 *   or `--self-signed` (GenerateCertificateCommand.getCAInfo); `ca --pem` writes ca/ca.crt and
 *   ca/ca.key in a zip (writeCAInfo).
 * - keys are RSA only (CertGenUtils.generateKeyPair: KeyPairGenerator "RSA"), written by
 *   BouncyCastle's JcaPEMWriter as "RSA PRIVATE KEY", PKCS#1 (the csr command says "Each key is
 *   provided as a PEM encoding of an RSA private key"; kibana-fleet-and-pain-points.md row 2;
 *   elastic/elasticsearch#29787).
 * - no keyUsage and no extendedKeyUsage on a CSR or an instance certificate: `csr` calls
 *   generateCSR(keyPair, principal, sanList), which passes keyUsage null and no EKU; `cert`
 *   calls the six-argument generateSignedCertificate, which passes null and Set.of().
 * - the zip holds one folder per instance: <filename>/<filename>.csr and .key (`csr`),
 *   <filename>/<filename>.crt and .key (`cert --pem`) (generateAndWriteCsrs,
 *   generateAndWriteSignedCertificates). The --out file must not exist (fullyWriteFile).
 */
import type { CertRequest } from './cert-requests';
import { requestBase, type Argv } from './requests-openssl';

const CERTUTIL = 'bin/elasticsearch-certutil';
const CSR_ZIP = 'csr-bundle.zip';
const CERT_ZIP = 'certificate-bundle.zip';
const CA_ZIP = 'elastic-stack-ca.zip';
const INSTANCES = 'instances.yml';
const FILENAME = /^[a-zA-Z0-9!@#$%^&{}[\]()_+\-=,.~'` ]{1,251}$/;
/** RFC 4514 specials, escaped for X500Principal when a CN must be written as a DN. */
const DN_SPECIAL = /[,+"\\<>;=#]|^ | $/g;

/**
 * What certutil cannot make as asked, per request:
 * - `certutil-no-eku`: it writes no extendedKeyUsage or keyUsage (the PKI's CA decides them for
 *   a CSR; its own CA's certificate is not limited to the purpose asked);
 * - `certutil-rsa-only`: an EC key was asked; certutil makes RSA only;
 * - `certutil-pkcs1-key`: its key is PKCS#1 and this one must be PKCS#8 (Logstash): convert it.
 */
export type CertutilNoteCode = 'certutil-no-eku' | 'certutil-rsa-only' | 'certutil-pkcs1-key';

export interface CertutilInstance {
  readonly name: string;
  readonly filename: string;
  readonly dns?: readonly string[];
  readonly ip?: readonly string[];
}

/** Where certutil's zips put a request's files, and the notes on what it cannot express. */
export interface CertutilRequest {
  readonly id: string;
  readonly instance: CertutilInstance;
  readonly csr: string;
  readonly cert: string;
  readonly key: string;
  readonly notes: readonly CertutilNoteCode[];
}

export interface CertutilPlan {
  /** The object instances.yml holds; the caller writes it with the project's YAML serializer. */
  readonly instances: { readonly instances: readonly CertutilInstance[] };
  readonly requests: readonly CertutilRequest[];
  /** `--keysize`: the largest RSA size asked, 2048 when none is RSA (certutil's default). */
  readonly keySize: number;
  /** With the admin's PKI: CSRs and keys in csr-bundle.zip, then unzip. */
  readonly csrCommands: readonly Argv[];
  /** With certutil's own CA: the CA, then every certificate signed by it, then unzip. */
  readonly certCommands: readonly Argv[];
  /** The keys that must become PKCS#8 (Logstash), from where `cert` puts them to the plan's name. */
  readonly pkcs8Commands: readonly Argv[];
}

function instanceName(commonName: string): string {
  if (commonName !== 'ca' && !/[=,+"\\<>;#]/.test(commonName) && commonName.trim() === commonName) return commonName;
  return `CN=${commonName.replace(DN_SPECIAL, (c) => `\\${c}`)}`;
}

function instanceOf(request: CertRequest): CertutilInstance {
  const base = requestBase(request);
  return {
    name: instanceName(request.commonName),
    filename: FILENAME.test(base) && !base.startsWith('.') && base !== 'ca' ? base : request.id,
    ...(request.dns.length > 0 ? { dns: request.dns } : {}),
    ...(request.ips.length > 0 ? { ip: request.ips } : {}),
  };
}

function notesOf(request: CertRequest): CertutilNoteCode[] {
  return [
    'certutil-no-eku',
    ...(request.keyType.kind === 'EC' ? (['certutil-rsa-only'] as const) : []),
    ...(request.keyReasons.includes('logstash-needs-pkcs8') ? (['certutil-pkcs1-key'] as const) : []),
  ];
}

/** The requests as certutil takes them, and its commands for both ways: the admin's PKI signs, or certutil's own CA does. */
export function certutilPlan(requests: readonly CertRequest[], days: number): CertutilPlan {
  const bits = requests.flatMap((r) => (r.keyType.kind === 'RSA' ? [r.keyType.bits] : []));
  const keySize = bits.length > 0 ? Math.max(...bits) : 2048;
  const described = requests.map((request) => {
    const instance = instanceOf(request);
    const dir = `${instance.filename}/${instance.filename}`;
    return { id: request.id, instance, csr: `${dir}.csr`, cert: `${dir}.crt`, key: `${dir}.key`, notes: notesOf(request) };
  });
  const size = String(keySize);
  return {
    instances: { instances: described.map((d) => d.instance) },
    requests: described,
    keySize,
    csrCommands: [
      [CERTUTIL, 'csr', '--in', INSTANCES, '--out', CSR_ZIP, '--keysize', size],
      ['unzip', CSR_ZIP],
    ],
    certCommands: [
      [CERTUTIL, 'ca', '--pem', '--out', CA_ZIP, '--days', String(days), '--keysize', size],
      ['unzip', CA_ZIP],
      [
        CERTUTIL,
        'cert',
        '--ca-cert',
        'ca/ca.crt',
        '--ca-key',
        'ca/ca.key',
        '--in',
        INSTANCES,
        '--pem',
        '--out',
        CERT_ZIP,
        '--days',
        String(days),
        '--keysize',
        size,
      ],
      ['unzip', CERT_ZIP],
    ],
    pkcs8Commands: described
      .filter((d) => d.notes.includes('certutil-pkcs1-key'))
      .map((d) => ['openssl', 'pkcs8', '-topk8', '-nocrypt', '-in', d.key, '-out', requests.find((r) => r.id === d.id)!.key.name]),
  };
}
