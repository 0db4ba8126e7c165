import { plural } from './locale';
import { certutilNoteWords, requestHosts, requestKeyReasons, requestPurposes } from './requests';
/**
 * The words of the “Ask your PKI” tab. Its own module, beside requests.ts (the CLI's
 * `fleet-tls requests`: its usage and README): what a certificate is for, where it lives,
 * why its key is what it is and what certutil cannot do are said once, there, and imported
 * here by name, so the page ships neither the CLI's usage nor its README (ADR 3).
 */
export const requestsUi = {
  purpose: requestPurposes,
  host: requestHosts,
  keyReason: requestKeyReasons,
  certutilNote: certutilNoteWords,
  intro:
    'For production: your PKI signs the certificates; the private keys are made where they will live. Below is what to ask for, per certificate this plan needs, and three ways to make the keys and requests.',
  nothing: 'This plan needs no certificate of its own: Elastic Cloud presents publicly trusted ones, and the lab mode makes Fleet Server its own.',
  planProblems: 'Fix the plan first: the requests are made from its host names and file names.',
  unencrypted:
    'The plan marks keys as encrypted; the keys made here are not. Encrypt each on its host (openssl pkcs8 -topk8 -v2 aes-256-cbc) and write its passphrase file.',
  optionsTitle: 'Choices',
  keyType: {
    label: 'Key type',
    defendNote: 'Elastic Defend before 9.1 needs RSA: the agents’ certificates ask for RSA 2048 whatever is chosen here.',
  },
  days: {
    label: 'Valid for (days)',
    description: 'Used in the signing commands shown. From 1 to 825 days.',
    invalid: 'Enter a whole number of days from 1 to 825.',
  },
  needsTitle: 'What to ask for',
  fields: {
    subject: 'Subject',
    names: 'Names (SANs)',
    noNames: 'none',
    eku: 'Extended key usage',
    keyUsage: 'Key usage',
    critical: '(critical)',
    key: 'Key',
    where: 'Where it goes',
    certificate: 'certificate',
    keyFile: 'key',
    issuer: 'Its issuer',
  },
  on: (host: string) => `On ${host}`,
  issuerIn: (n: number) => `must be in the plan’s CA ${plural(n, { one: 'file', other: 'files' })}`,
  issuerTrustedOn: (host: string) => `must be among the CAs trusted by ${host}`,
  chain: 'Send it back with its CA after it, in the same file: the plan trusts that CA by fingerprint.',
  waysTitle: 'Make the keys and the requests',
  ways: {
    legend: 'How',
    openssl: 'With OpenSSL on the host',
    certutil: 'With elasticsearch-certutil',
    browser: 'In this browser',
  },
  openssl: {
    intro:
      'Put requests.sh and the .cnf files in one folder on the machine that should keep the keys, and run sh requests.sh there. It makes each key and its CSR with openssl, never replaces a key that exists, and sends nothing anywhere. Send only the .csr files to your PKI.',
    signTitle: 'Your PKI signs them',
    signIntro:
      'Your PKI signs the CSRs. With OpenSSL 3.0 or later, it keeps the extensions each CSR asks for with -copy_extensions copyall; the CA certificate and key names below are the plan’s, use your CA’s own.',
    signFile: 'sign.sh',
  },
  certutil: {
    intro: 'From an Elasticsearch folder, with instances.yml beside it. certutil makes the keys where it runs.',
    csrTitle: 'Your PKI signs the CSRs',
    csrFile: 'certutil-csr.sh',
    certTitle: 'Or certutil’s own CA signs them',
    certFile: 'certutil-cert.sh',
    caFiles: (files: string) => `Then ca/ca.crt is the CA of them all: copy it to ${files}.`,
    notesTitle: 'What certutil cannot do as asked',
    pkcs8Title: 'Convert the keys that must be PKCS#8',
    pkcs8File: 'to-pkcs8.sh',
  },
  browser: {
    warning:
      'The key is made in this browser, and exists only in this tab’s memory until you download it. The key file you download is the only copy: put it on the host it belongs to, and send only the CSR to your PKI, never the key.',
    make: 'Make a key and CSR here',
    making: 'Making the key and CSR…',
    makeAgain: 'Make a new key and CSR',
    made: (key: string) => `Made the key (${key}) and its CSR. Download both; closing this tool forgets them.`,
    download: (name: string) => `Download ${name}`,
    failed: (reason: string) => `The key and CSR could not be made: ${reason}`,
  },
  backTitle: 'When the signed certificate comes back',
  back: 'Drop the signed certificate and its key anywhere on the page, with the CA that signed it, or add them under “Certificate and key files”. Each file is matched to its role by what it holds, the connections are checked with them, and the plan takes their file names.',
  copy: 'Copy',
  copied: 'Copied.',
  copyFailed: 'Copy failed: select the text and copy it.',
  download: 'Download',
  downloadAs: (name: string) => `as ${name}`,
};
