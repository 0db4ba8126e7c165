import { cliWords } from '#words/cli';
import { ROLE_LABELS } from '#words/findings';
import type { CertificateReport, ChainReport, CheckReport, ConnectionReport, FileReport, KeyReport, SideReport } from './check-report';
import type { Io } from './io';

/** `check` without --json: the layout is here, the words in the catalogue (src/i18n/<locale>/cli.ts). */
const DAY = 86_400_000;
const w = cliWords.report;

const short = (print: string) => `${print.slice(0, 16)}…`;
const algorithm = (k: { algorithm: string; bits: number | null; curve: string | null }) =>
  k.algorithm === 'RSA' ? `RSA ${k.bits ?? '?'}` : (k.curve ?? k.algorithm);

function certificateLines(c: CertificateReport, at: Date): string[] {
  const days = Math.floor((Date.parse(c.notAfter) - at.getTime()) / DAY);
  const sans = [
    ...c.sans.dns.map((d) => `DNS:${d}`),
    ...c.sans.ip.map((i) => `IP:${i}`),
    ...c.sans.email.map((e) => `email:${e}`),
    ...c.sans.uri.map((u) => `URI:${u}`),
  ].join(', ');
  return [
    w.certificate(c.ca, c.subject),
    `      ${w.validity(c.issuer, c.notAfter.slice(0, 10), days, algorithm(c.publicKey))}`,
    ...(sans ? [`      ${w.san(sans)}`] : []),
    `      sha256 ${c.sha256}`,
  ];
}

function keyLine(k: KeyReport): string {
  return w.key(k.format, k.encrypted, k.opened, algorithm(k), k.container === 'pkcs12' ? k.file : null);
}

function passwordNote(p: FileReport['password']): string {
  if (p.source !== 'password-file') return '';
  return w.passwordFrom(p.file ?? '', p.trailingNewlineRemoved);
}

function sideLine(side: keyof typeof w.sides, s: SideReport): string {
  const p = s.presented;
  const parts = [p ? w.presents(p.file, p.leaf.subject, short(p.leaf.sha256)) : w.nothingPresented];
  if (p?.key) parts.push(w.keyFile(p.key.file, p.key.container === 'pkcs12'));
  if (s.trusted) parts.push(s.trusted.file !== null ? w.trustedFile(s.trusted.file) : w.trustedFingerprint(short(s.trusted.fingerprint ?? '')));
  if (s.chain)
    parts.push(s.chain.anchor ? w.chainTo(s.chain.path.length, s.chain.anchor.subject, short(s.chain.anchor.sha256)) : w.chainStatus(s.chain.status));
  return `      ${w.sides[side]}: ${parts.join('; ')}`;
}

function connectionLines(c: ConnectionReport): string[] {
  return [
    `  [${w.marks[c.verdict]}] ${c.name}`,
    ...(c.sides.server.presented || c.sides.server.trusted ? [sideLine('server', c.sides.server)] : []),
    ...(c.sides.client && (c.sides.client.presented || c.sides.client.trusted) ? [sideLine('client', c.sides.client)] : []),
    ...c.findings.map((f) => `      - ${f.side && f.side !== 'both' ? `${w.sides[f.side]}: ` : ''}${f.message}`),
  ];
}

function chainLine(c: ChainReport): string {
  const mark = c.verdict === 'incomplete' ? w.noCa : w.marks[c.verdict];
  const detail = c.anchor ? w.chainDetail(c.status, c.anchor.subject, c.expiresInDays) : c.status;
  return `  [${mark}] ${c.file}: ${c.subject}: ${detail}`;
}

/** The report for people: files, roles, connections (or chains), what to watch for, the result. */
export function writeCheckText(report: CheckReport, io: Io, watchFor: () => void): void {
  const at = new Date(report.judgedAt);
  io.out(`${w.judgedAt(report.judgedAt)}\n\n${w.files}\n`);
  for (const f of report.files) {
    io.out(`  ${f.path}${f.container ? ` (${w.containers[f.container]}${passwordNote(f.password)})` : ''}\n`);
    for (const item of f.items) io.out(`    ${(item.kind === 'certificate' ? certificateLines(item, at) : [keyLine(item)]).join('\n')}\n`);
    for (const p of f.problems) io.out(`    ${w.problem(p.message)}\n`);
  }
  if (report.connections) {
    io.out(`\n${w.roles}\n`);
    for (const [role, file] of Object.entries(report.assignments ?? {})) io.out(`  ${ROLE_LABELS[role] ?? role}: ${file}\n`);
    io.out(`\n${w.connections}\n`);
    for (const c of report.connections) io.out(`${connectionLines(c).join('\n')}\n`);
    watchFor();
  }
  if (report.chains) {
    io.out(`\n${w.chains}\n`);
    for (const c of report.chains) io.out(`${chainLine(c)}\n`);
  }
  if (report.status !== 'plan-invalid') {
    io.out(`\n${w.result(report.status, w.statuses[report.connections ? 'plan' : 'files'][report.status], report.exitCode)}\n`);
  }
}
