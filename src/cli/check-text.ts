import type { LegVerdict } from '../domain/verdict/evaluate';
import { ROLE_LABELS } from '#words/findings';
import type { CertificateReport, ChainReport, CheckReport, CheckStatus, ConnectionReport, FileReport, KeyReport, SideReport } from './check-report';
import type { Io } from './io';

/** The CLI's words for `check` without --json. */
const DAY = 86_400_000;
const MARK: Record<LegVerdict, string> = { pass: 'PASS', warn: 'WARN', fail: 'FAIL', incomplete: 'MISSING FILES', 'not-checked': 'NOT CHECKED' };
const CONTAINER: Record<NonNullable<FileReport['container']>, string> = { pem: 'PEM', der: 'DER', pkcs12: 'PKCS#12', unknown: 'UNKNOWN' };
const STATUS_WORDS: Record<'plan' | 'files', Record<Exclude<CheckStatus, 'plan-invalid'>, string>> = {
  plan: {
    pass: 'every connection passes',
    warn: 'no connection fails; some warn',
    incomplete: 'no connection fails, but some lack files and were not judged',
    fail: 'a connection fails, or a file could not be read or opened',
  },
  files: {
    pass: 'every certificate chains to a CA among the files',
    warn: 'every certificate chains; some expire soon',
    incomplete: 'no CA among the files to chain the certificates to',
    fail: 'a certificate does not chain, or a file could not be read or opened',
  },
};

const short = (print: string) => `${print.slice(0, 16)}…`;
const algorithm = (k: { algorithm: string; bits: number | null; curve: string | null }) => (k.algorithm === 'RSA' ? `RSA ${k.bits ?? '?'}` : (k.curve ?? k.algorithm));

function certificateLines(c: CertificateReport, at: Date): string[] {
  const days = Math.floor((Date.parse(c.notAfter) - at.getTime()) / DAY);
  const sans = [
    ...c.sans.dns.map((d) => `DNS:${d}`),
    ...c.sans.ip.map((i) => `IP:${i}`),
    ...c.sans.email.map((e) => `email:${e}`),
    ...c.sans.uri.map((u) => `URI:${u}`),
  ].join(', ');
  return [
    `${c.ca ? 'CA certificate' : 'certificate'}  ${c.subject}`,
    `      issuer ${c.issuer}; valid until ${c.notAfter.slice(0, 10)} (${days < 0 ? `expired ${-days} days ago` : `${days} days left`}); ${algorithm(c.publicKey)}`,
    ...(sans ? [`      SAN ${sans}`] : []),
    `      sha256 ${c.sha256}`,
  ];
}

function keyLine(k: KeyReport): string {
  const state = k.encrypted ? (k.opened ? ', encrypted (opened)' : ', encrypted') : '';
  const where = k.container === 'pkcs12' ? `, inside the PKCS#12 archive ${k.file}` : '';
  return `private key  ${k.format}${state}  ${algorithm(k)}${where}`;
}

function passwordNote(p: FileReport['password']): string {
  if (p.source !== 'password-file') return '';
  return `, password from ${p.file}${p.trailingNewlineRemoved ? ' (its trailing newline removed)' : ''}`;
}

function sideLine(name: string, s: SideReport): string {
  const p = s.presented;
  const parts = [p ? `${p.file} presents ${p.leaf.subject} (sha256 ${short(p.leaf.sha256)})` : 'nothing presented yet'];
  if (p?.key) parts.push(`key ${p.key.file}${p.key.container === 'pkcs12' ? ' (inside the PKCS#12 archive)' : ''}`);
  if (s.trusted) parts.push(`trusted: ${s.trusted.file ?? `CA fingerprint ${short(s.trusted.fingerprint ?? '')}`}`);
  if (s.chain) {
    parts.push(
      s.chain.anchor
        ? `chain of ${s.chain.path.length} certificate${s.chain.path.length === 1 ? '' : 's'} to ${s.chain.anchor.subject} (sha256 ${short(s.chain.anchor.sha256)})`
        : `chain: ${s.chain.status}`,
    );
  }
  return `      ${name}: ${parts.join('; ')}`;
}

function connectionLines(c: ConnectionReport): string[] {
  return [
    `  [${MARK[c.verdict]}] ${c.name}`,
    ...(c.sides.server.presented || c.sides.server.trusted ? [sideLine('server', c.sides.server)] : []),
    ...(c.sides.client && (c.sides.client.presented || c.sides.client.trusted) ? [sideLine('client', c.sides.client)] : []),
    ...c.findings.map((f) => `      - ${f.side && f.side !== 'both' ? `${f.side}: ` : ''}${f.message}`),
  ];
}

function chainLine(c: ChainReport): string {
  const mark = c.verdict === 'incomplete' ? 'NO CA' : c.verdict.toUpperCase();
  const detail = c.anchor ? `${c.status}, anchor ${c.anchor.subject}, ${c.expiresInDays < 0 ? 'expired' : `${c.expiresInDays} days left`}` : c.status;
  return `  [${mark}] ${c.file}: ${c.subject}: ${detail}`;
}

/** The report for people: files, roles, connections (or chains), what to watch for, the result. */
export function writeCheckText(report: CheckReport, io: Io, watchFor: () => void): void {
  const at = new Date(report.judgedAt);
  io.out(`Judged at ${report.judgedAt}\n\nFiles\n`);
  for (const f of report.files) {
    io.out(`  ${f.path}${f.container ? ` (${CONTAINER[f.container]}${passwordNote(f.password)})` : ''}\n`);
    for (const item of f.items) io.out(`    ${(item.kind === 'certificate' ? certificateLines(item, at) : [keyLine(item)]).join('\n')}\n`);
    for (const p of f.problems) io.out(`    problem: ${p.message}\n`);
  }
  if (report.connections) {
    io.out('\nRoles\n');
    for (const [role, file] of Object.entries(report.assignments ?? {})) io.out(`  ${ROLE_LABELS[role] ?? role}: ${file}\n`);
    io.out('\nConnections\n');
    for (const c of report.connections) io.out(`${connectionLines(c).join('\n')}\n`);
    watchFor();
  }
  if (report.chains) {
    io.out('\nChains (each certificate against the CA certificates among the files)\n');
    for (const c of report.chains) io.out(`${chainLine(c)}\n`);
  }
  if (report.status !== 'plan-invalid') {
    io.out(`\nResult: ${report.status.toUpperCase()}, ${STATUS_WORDS[report.connections ? 'plan' : 'files'][report.status]} (exit ${report.exitCode}).\n`);
  }
}
