import type { CertificateFacts, DecodedFile, PrivateKeyFacts } from '../domain/certs/types';
import { isCaCertificate } from '../domain/certs/is-ca-certificate';
import { describeFileProblem, FILE_PROBLEM_MESSAGES } from '#words/findings';
import type { CertificateReport, FileReport, KeyReport, ProblemReport } from './check-report';
import type { PasswordSource } from './passwords';
import type { CheckedFile, ReadProblem } from './read-files';
import { rfc4514 } from './rfc4514';
import { cliWords } from '#words/cli';

/** Base64 (the engine's SPKI digests) → lowercase hex, the one encoding of digests in the report. */
export const base64ToHex = (b64: string) => Buffer.from(b64, 'base64').toString('hex');

const READ_PROBLEM_MESSAGES: { [C in ReadProblem['code']]: (p: Extract<ReadProblem, { code: C }>['params']) => string } = {
  unreadable: (p) => cliWords.read.problemUnreadable(p.reason),
  'not-a-regular-file': (p) => cliWords.read.problemNotRegular(cliWords.read.fileTypes[p.type]),
  'too-large': (p) => FILE_PROBLEM_MESSAGES['too-large'](p),
};

function readProblemReport(p: ReadProblem): ProblemReport {
  const message = (READ_PROBLEM_MESSAGES[p.code] as (params: ReadProblem['params']) => string)(p.params);
  return { code: p.code, params: { ...p.params }, message };
}

export function certificateReport(c: CertificateFacts, file: string, container: CertificateReport['container'], index: number): CertificateReport {
  return {
    kind: 'certificate',
    file,
    container,
    index,
    sha256: c.sha256Fingerprint,
    subject: rfc4514(c.subject),
    issuer: rfc4514(c.issuer),
    commonName: c.subjectCommonName,
    serial: c.serialHex,
    notBefore: c.notBefore,
    notAfter: c.notAfter,
    sans: { dns: [...c.sans.dns], ip: [...c.sans.ip], email: [...c.sans.email], uri: [...c.sans.uri] },
    hasSanExtension: c.hasSanExtension,
    ca: isCaCertificate(c),
    selfIssued: c.selfIssued,
    publicKey: { algorithm: c.publicKey.algorithm, bits: c.publicKey.bits, curve: c.publicKey.curve },
    signatureAlgorithm: c.signatureAlgorithm,
    keyUsage: [...c.keyUsage],
    extendedKeyUsage: [...c.extendedKeyUsage],
    spkiSha256: base64ToHex(c.spkiSha256Base64),
  };
}

function keyReport(k: PrivateKeyFacts, file: string, container: KeyReport['container'], index: number): KeyReport {
  return {
    kind: 'private-key',
    file,
    container,
    index,
    format: k.format,
    encrypted: k.encrypted,
    opened: k.encrypted && k.decrypted,
    algorithm: k.algorithm,
    bits: k.bits,
    curve: k.curve,
    spkiSha256: k.spkiSha256Base64 === null ? null : base64ToHex(k.spkiSha256Base64),
  };
}

/** An item's container: items come only out of files the engine recognised. */
const itemContainer = (d: DecodedFile): CertificateReport['container'] => (d.container === 'unknown' ? 'pem' : d.container);

export function passwordReport(s: PasswordSource): FileReport['password'] {
  return s.kind === 'password-file'
    ? { source: 'password-file', file: s.path, trailingNewlineRemoved: s.trailingNewlineRemoved }
    : { source: s.kind, file: null, trailingNewlineRemoved: false };
}

/** A file as the report shows it: what it holds, in file order, and what was wrong with it. */
export function fileReport(f: CheckedFile, roles: readonly string[]): FileReport {
  const d = f.shelf?.decoded;
  return {
    path: f.path,
    size: f.size,
    read: f.shelf !== null,
    container: d?.container ?? null,
    password: passwordReport(f.password),
    roles,
    items: (d?.items ?? []).map((item, i) =>
      item.kind === 'certificate' ? certificateReport(item, f.path, itemContainer(d!), i) : keyReport(item, f.path, itemContainer(d!), i),
    ),
    problems: [
      ...(f.readProblem ? [readProblemReport(f.readProblem)] : []),
      ...(d?.problems ?? []).map((p) => ({ code: p.code, params: { ...(p.params ?? {}) }, message: describeFileProblem(p) })),
    ],
  };
}

/** Whether any file could not be read or had a problem: the run then fails. */
export const hasFileProblems = (files: readonly FileReport[]) => files.some((f) => f.problems.length > 0);
