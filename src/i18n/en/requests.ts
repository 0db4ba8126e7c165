import type { KeyReason, RequestHost, RequestKeyUsage, RequestPurpose } from '../../domain/lab/cert-requests';
import type { CertutilNoteCode } from '../../domain/lab/requests-certutil';
import { count, plural } from './locale';

/** One certificate in README.txt: the request's facts, its command lines already quoted for sh. */
export interface ReadmeRequest {
  readonly id: string;
  readonly purpose: RequestPurpose;
  readonly commonName: string;
  readonly dns: readonly string[];
  readonly ips: readonly string[];
  readonly eku: readonly string[];
  readonly keyUsage: readonly RequestKeyUsage[];
  /** The key as openssl names it: EC P-256, RSA 2048. */
  readonly key: string;
  readonly keyReasons: readonly KeyReason[];
  readonly places: readonly { readonly host: RequestHost; readonly cert: readonly string[]; readonly key: readonly string[] }[];
  readonly issuerFiles: readonly string[];
  readonly issuerTrustedOn: readonly RequestHost[];
  readonly chain: boolean;
  readonly files: { readonly config: string; readonly key: string; readonly csr: string; readonly cert: string };
  readonly sign: string;
  readonly certutil: { readonly folder: string; readonly notes: readonly CertutilNoteCode[] };
}

export interface ReadmeInput {
  readonly requests: readonly ReadmeRequest[];
  readonly certutilCsr: readonly string[];
  readonly certutilCert: readonly string[];
  /** The plan's CA files that certutil's own CA (ca/ca.crt) then fills. */
  readonly certutilCaFiles: readonly string[];
  readonly certutilPkcs8: readonly string[];
}

/** What each certificate is for; the page's “Ask your PKI” tab says the same (ui-requests.ts). */
export const requestPurposes: Record<RequestPurpose, string> = {
  'fleet-server': 'Fleet Server’s server certificate',
  elasticsearch: 'Elasticsearch’s HTTP server certificate',
  logstash: 'Logstash’s server certificate (elastic_agent input)',
  proxy: 'the proxy’s server certificate',
  'agent-client': 'the agents’ client certificate',
  'fleet-server-es-client': 'Fleet Server’s client certificate for Elasticsearch',
};

/** Where a certificate and its key live. */
export const requestHosts: Record<RequestHost, string> = {
  'fleet-server': 'the Fleet Server host',
  agent: 'every agent host',
  elasticsearch: 'the Elasticsearch nodes (their own settings)',
  logstash: 'the Logstash host (its own settings)',
  proxy: 'the proxy (its own settings)',
};

/** Why the key is what it is. */
export const requestKeyReasons: Record<KeyReason, string> = {
  'defend-needs-rsa': 'RSA: Elastic Defend before 9.1 refuses EC keys on the agents’ connections.',
  'logstash-needs-pkcs8': 'PKCS#8: Logstash reads ssl_key only in PKCS#8 PEM (requests.sh writes PKCS#8).',
};

/** What elasticsearch-certutil cannot make as asked. */
export const certutilNoteWords: Record<CertutilNoteCode, string> = {
  'certutil-no-eku': 'certutil sets no extended key usage: ask your PKI for it, or its own CA’s certificate is not limited to this purpose.',
  'certutil-rsa-only': 'certutil makes RSA keys only, not the EC key asked for.',
  'certutil-pkcs1-key': 'certutil writes a PKCS#1 key; this one must be PKCS#8: convert it (below).',
};

const list = (xs: readonly string[]) => (xs.length > 0 ? xs.join(', ') : '(none)');

function block(r: ReadmeRequest): string[] {
  return [
    `${r.id}: ${requestPurposes[r.purpose]}`,
    `  subject             CN=${r.commonName}`,
    `  DNS names           ${list(r.dns)}`,
    `  IP addresses        ${list(r.ips)}`,
    `  extended key usage  ${list(r.eku)}`,
    `  key usage           ${list(r.keyUsage)} (critical)`,
    `  key                 ${r.key}`,
    ...r.keyReasons.map((reason) => `                      ${requestKeyReasons[reason]}`),
    ...r.places.map((p) =>
      p.cert.length + p.key.length > 0 ? `  on ${requestHosts[p.host]}: certificate ${list(p.cert)}; key ${list(p.key)}` : `  on ${requestHosts[p.host]}`,
    ),
    ...(r.issuerFiles.length > 0
      ? [`  its issuer must be in the plan’s CA ${plural(r.issuerFiles.length, { one: 'file', other: 'files' })} ${r.issuerFiles.join(', ')}`]
      : []),
    ...r.issuerTrustedOn.map((h) => `  its issuer must be among the CAs trusted by ${requestHosts[h]}`),
    ...(r.chain ? ['  send it back with its CA after it in the same file (the plan trusts that CA by fingerprint)'] : []),
    `  here: ${r.files.config} -> ${r.files.key} (private) and ${r.files.csr}; the certificate comes back as ${r.files.cert}`,
    '  to sign it with OpenSSL 3.0 or later, keeping the extensions asked for:',
    `    ${r.sign}`,
    '',
  ];
}

/** What `fleet-tls requests` says: usage, refusals, and the README it writes beside the requests. */
export const requestsWords = {
  usage: `Usage: fleet-tls requests PLAN.json --out DIR [--key p256|p384|rsa2048|rsa3072|rsa4096] [--days N]
  Write what to ask your PKI for, per certificate the plan needs: an OpenSSL config per
  certificate, requests.sh (makes each private key and CSR where you run it; the keys
  stay there), instances.yml for elasticsearch-certutil, and README.txt with each
  certificate's subject, SANs, key usage, key, hosts and paths, and the CA file that must
  hold its issuer. Nothing is sent anywhere.
  --key   the key type (default p256; Elastic Defend before 9.1 gets RSA where it needs it)
  --days  validity in the signing commands shown (default 365, at most 825)
  Exit codes: 0 written, 1 the plan has problems or needs no certificate, 2 usage, or DIR not empty.`,
  needs: 'requests needs a plan file and --out DIR.',
  nothing: 'This plan needs no certificate of its own (Elastic Cloud, or the lab mode where enroll makes Fleet Server its own).',
  notEmpty: (dir: string) => `${dir} exists and is not empty: nothing was written. Give a new directory.`,
  writeError: (dir: string, message: string) => `Writing under ${dir} failed: ${message}`,
  wrote: (n: number, dir: string) =>
    `Wrote ${plural(n, { one: '1 file', other: `${count(n)} files` })} under ${dir}. Run requests.sh there with sh; README.txt says what to send to your PKI.`,
  unencrypted:
    'The plan marks keys as encrypted, and requests.sh writes them unencrypted: encrypt them (openssl pkcs8 -topk8 -v2 aes-256-cbc) and write their passphrase files.',
  readme: (input: ReadmeInput) =>
    [
      'Certificate requests made by Fleet TLS Wizard for this plan.',
      '',
      'Run requests.sh with sh on the machine that should keep the private keys: it makes each',
      'key and its certificate signing request (CSR) in this folder with openssl, and sends',
      'nothing anywhere. The private keys stay on that machine: send only the .csr files to',
      'your PKI. A second run never replaces a key that exists.',
      '',
      ...input.requests.flatMap(block),
      'The same with elasticsearch-certutil (from an Elasticsearch folder, with instances.yml):',
      '  your PKI signs the CSRs:',
      ...input.certutilCsr.map((c) => `    ${c}`),
      '  or certutil makes a CA of its own and signs with it:',
      ...input.certutilCert.map((c) => `    ${c}`),
      ...(input.certutilCaFiles.length > 0 ? [`    then ca/ca.crt is the CA of them all: copy it to ${input.certutilCaFiles.join(', ')}`] : []),
      '  Each certificate lands in its own folder of the zip:',
      ...input.requests.flatMap((r) => [`    ${r.id}: ${r.certutil.folder}/`, ...r.certutil.notes.map((n) => `      ${certutilNoteWords[n]}`)]),
      ...(input.certutilPkcs8.length > 0 ? ['  Convert the keys that must be PKCS#8:', ...input.certutilPkcs8.map((c) => `    ${c}`)] : []),
      '',
    ].join('\n'),
};
