import { decodeFile, DEFAULT_MAX_BYTES } from '../domain/certs/decode-file';
import type { DecodedItem } from '../domain/certs/types';
import { evaluate, type AssignmentOverrides, type LegVerdict } from '../domain/inspect/evaluate';
import { isCaCertificate, type ShelfFile } from '../domain/inspect/shelf';
import { describeFinding, FILE_PROBLEM_MESSAGES, LEG_NAMES, ROLE_LABELS } from '../i18n/en-findings';
import type { Io } from './io';
import { planFindings, reportIssues, writeWatchFor } from './plan-report';
import { parseCheckArgs } from './check-args';
import { resolvePasswords } from './passwords';
import { readPlan } from './read-plan';
import { standaloneChains } from './standalone-chains';
import { readRefusal } from './read-refusal';
import { rfc4514 } from './rfc4514';

const DAY = 86_400_000;
const MARK: Record<LegVerdict, string> = { pass: 'PASS', warn: 'WARN', fail: 'FAIL', incomplete: 'MISSING FILES', 'not-checked': 'NOT CHECKED' };

function describeItem(item: DecodedItem, now: Date): string {
  if (item.kind === 'private-key') {
    const alg = item.algorithm === 'RSA' ? `RSA ${item.bits ?? '?'}` : item.curve ?? item.algorithm;
    return `private key  ${item.format}${item.encrypted ? (item.decrypted ? ', encrypted (opened)' : ', encrypted') : ''}  ${alg}`;
  }
  const days = Math.floor((Date.parse(item.notAfter) - now.getTime()) / DAY);
  const sans = [
    ...item.sans.dns.map((d) => `DNS:${d}`),
    ...item.sans.ip.map((i) => `IP:${i}`),
    ...item.sans.email.map((e) => `email:${e}`),
    ...item.sans.uri.map((u) => `URI:${u}`),
  ].join(', ');
  const alg = item.publicKey.algorithm === 'RSA' ? `RSA ${item.publicKey.bits ?? '?'}` : item.publicKey.curve ?? item.publicKey.algorithm;
  return [
    `${isCaCertificate(item) ? 'CA certificate' : 'certificate'}  ${rfc4514(item.subject)}`,
    `      issuer ${rfc4514(item.issuer)}; valid until ${item.notAfter.slice(0, 10)} (${days < 0 ? `expired ${-days} days ago` : `${days} days left`}); ${alg}`,
    ...(sans ? [`      SAN ${sans}`] : []),
    `      sha256 ${item.sha256Fingerprint}`,
  ].join('\n');
}

/** `fleet-tls check [--plan PLAN.json] [--as ROLE=FILE]... [--password-file ROLE_OR_FILE=PATH]... [--at TIME] [--json] FILE...` */
export async function check(args: readonly string[], io: Io, usage: string): Promise<number> {
  const parsed = parseCheckArgs(args);
  if (!parsed.ok) {
    io.err(`${parsed.message}\n${parsed.withUsage ? `${usage}\n` : ''}`);
    return 2;
  }
  const { json, planFile, paths } = parsed.options;
  const plan = planFile === null ? null : readPlan(planFile, io);
  if (planFile !== null && !plan) return 2;
  const passwords = resolvePasswords(parsed.options, io);
  if (!passwords.ok) {
    io.err(`${passwords.message}\n`);
    return 2;
  }
  // A plan with problems is judged by nobody: its legs may not be the admin's (a URL that
  // cannot be parsed would even switch the host name check off).
  if (plan && !reportIssues(plan, io)) return 1;

  const now = parsed.options.at ?? io.now();
  const files: ShelfFile[] = [];
  for (const path of paths) {
    // At most the engine's limit, and only a regular file: a FIFO or /dev/zero would never end.
    const read = io.readFile(path, DEFAULT_MAX_BYTES);
    if (read.kind !== 'ok') {
      io.err(`${readRefusal(path, read)}\n`);
      return 2;
    }
    const name = path.split(/[\\/]/).pop() ?? path;
    const { password } = passwords.of(path);
    files.push({ id: path, decoded: await decodeFile({ name, bytes: read.bytes, ...(password === undefined ? {} : { password }) }) });
  }

  const problems = files.flatMap((f) => f.decoded.problems.map((p) => ({ file: f.decoded.name, code: p.code, message: FILE_PROBLEM_MESSAGES[p.code](p.params ?? {}) })));
  const overrides: AssignmentOverrides = Object.fromEntries(parsed.options.pinned);
  const evaluation = plan ? await evaluate(plan, files, overrides, now) : null;
  const chains = plan ? [] : await standaloneChains(files, now);
  const failed =
    problems.length > 0 ||
    (evaluation?.legs.some((l) => l.verdict === 'fail') ?? false) ||
    chains.some((c) => c.verdict === 'fail');

  if (json) {
    io.out(
      JSON.stringify(
        {
          ok: !failed,
          files: files.map((f) => ({ path: f.id, ...f.decoded, items: f.decoded.items.map(({ ...item }) => ('der' in item ? { ...item, der: undefined } : item)) })),
          problems,
          assignments: evaluation?.assignments ?? null,
          legs: evaluation?.legs.map((l) => ({ ...l, findings: l.findings.map((f) => ({ ...f, message: describeFinding(f) })) })) ?? null,
          findings: plan ? planFindings(plan).map((f) => ({ ...f, message: describeFinding(f) })) : null,
          chains: plan ? null : chains,
        },
        null,
        2,
      ) + '\n',
    );
    return failed ? 1 : 0;
  }

  io.out('Files\n');
  for (const f of files) {
    io.out(`  ${f.decoded.name} (${f.decoded.container.toUpperCase()})\n`);
    for (const item of f.decoded.items) io.out(`    ${describeItem(item, now)}\n`);
    for (const p of f.decoded.problems) io.out(`    problem: ${FILE_PROBLEM_MESSAGES[p.code](p.params ?? {})}\n`);
  }
  if (evaluation) {
    io.out('\nRoles\n');
    for (const [role, id] of Object.entries(evaluation.assignments)) {
      io.out(`  ${ROLE_LABELS[role] ?? role}: ${files.find((f) => f.id === id)?.decoded.name ?? id}\n`);
    }
    io.out('\nConnections\n');
    for (const leg of evaluation.legs) {
      io.out(`  [${MARK[leg.verdict]}] ${LEG_NAMES[leg.id]}\n`);
      for (const f of leg.findings) io.out(`      - ${describeFinding(f)}\n`);
    }
    if (plan) writeWatchFor(planFindings(plan), io);
  } else {
    io.out('\nChains (each certificate against the CA certificates given)\n');
    for (const c of chains) io.out(`  ${c.file}: ${c.subject}: ${c.status}\n`);
  }
  return failed ? 1 : 0;
}
