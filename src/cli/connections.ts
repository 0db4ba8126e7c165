import type { CertificateFacts } from '../domain/certs/types';
import type { Finding } from '../domain/checks/finding';
import { evaluate, type AssignmentOverrides, type Evaluation } from '../domain/verdict/evaluate';
import { gatherLegEvidence, type LegEvidence, type Side } from '../domain/inspect/leg-evidence';
import { certificatesOf, type InspectRole, type ShelfFile } from '../domain/inspect/shelf';
import type { Plan } from '../domain/plan/schema';
import { buildTopology } from '../domain/topology/build-topology';
import { describeFinding, LEG_NAMES } from '#words/findings';
import { wireParams, type CertificateRef, type ConnectionReport, type FindingReport, type SideName, type SideReport } from './check-report';
import { findingSide, rolesBySide } from './finding-side';
import { rfc4514 } from './rfc4514';

/**
 * A finding with its distinguished names (the parameters subject and issuer, in the
 * engine's OpenSSL form) in RFC 4514 with UTF-8, as the report shows and words them.
 */
export function withReportNames<F extends Finding>(f: F): F {
  const p = f.params;
  if (!p) return f;
  const subject = 'subject' in p ? { subject: rfc4514(p.subject) } : {};
  const issuer = 'issuer' in p ? { issuer: rfc4514(p.issuer) } : {};
  return { ...f, params: { ...p, ...subject, ...issuer } };
}

export function findingReport(f: Finding, side: FindingReport['side']): FindingReport {
  const named = withReportNames(f);
  return { code: f.code, severity: f.severity, side, roles: [...(f.roles ?? [])], params: wireParams(named.params), message: describeFinding(named) };
}

/** Each certificate of the files by fingerprint, with the first file it was found in. */
function certificateIndex(files: readonly ShelfFile[]): Map<string, { cert: CertificateFacts; file: string }> {
  const index = new Map<string, { cert: CertificateFacts; file: string }>();
  for (const f of files) for (const cert of certificatesOf(f)) if (!index.has(cert.sha256Fingerprint)) index.set(cert.sha256Fingerprint, { cert, file: f.id });
  return index;
}

function sideReport(side: Side, files: readonly ShelfFile[], index: ReturnType<typeof certificateIndex>): SideReport {
  const p = side.presented;
  const t = side.trusted;
  const ref = (cert: CertificateFacts, file: string | null): CertificateRef => ({ sha256: cert.sha256Fingerprint, subject: rfc4514(cert.subject), file });
  const keyFile = p?.keyFile ? files.find((f) => f.id === p.keyFile) : undefined;
  const chain = side.chain;
  // A verified path ends at a certificate the other side trusts: the anchor.
  const anchorPrint = chain?.status === 'ok' ? chain.path[chain.path.length - 1] : undefined;
  const trustedAnchor = t?.cas.find((c) => c.sha256Fingerprint === anchorPrint);
  const found = anchorPrint === undefined ? undefined : index.get(anchorPrint);
  const anchor = trustedAnchor ? ref(trustedAnchor, t?.file ?? null) : found ? ref(found.cert, found.file) : null;
  return {
    purpose: side.purpose,
    presented: p && {
      role: p.role,
      file: p.file,
      leaf: ref(p.leaf, p.file),
      bundle: p.bundle.map((c) => c.sha256Fingerprint),
      key:
        p.key && p.keyFile
          ? {
              role: p.keyRole,
              file: p.keyFile,
              container: keyFile?.decoded.container ?? 'unknown',
              format: p.key.format,
              encrypted: p.key.encrypted,
              opened: p.key.encrypted && p.key.decrypted,
            }
          : null,
    },
    trusted: t && { role: t.role, file: t.file, fingerprint: t.fingerprint, cas: t.cas.map((c) => c.sha256Fingerprint) },
    chain: chain && {
      status: chain.status,
      path: [...chain.path],
      anchor,
      failedAt: chain.failedAt,
    },
  };
}

function filesOf(e: LegEvidence): string[] {
  const out: string[] = [];
  for (const side of [e.server, e.client]) {
    for (const file of [side?.presented?.file, side?.presented?.keyFile, side?.trusted?.file]) if (file && !out.includes(file)) out.push(file);
  }
  return out;
}

export interface JudgedPlan {
  readonly evaluation: Evaluation;
  readonly connections: ConnectionReport[];
}

/**
 * The engine's verdict on every connection (evaluate), and what it judged: the evidence
 * gathered again with the same assignments, files and time, so the report can name each
 * side's files, leaf, chain and anchor (evaluate keeps the evidence to itself).
 */
export async function judgePlan(plan: Plan, files: readonly ShelfFile[], pinned: ReadonlyMap<InspectRole, string>, at: Date): Promise<JudgedPlan> {
  const overrides: AssignmentOverrides = Object.fromEntries(pinned);
  const evaluation = await evaluate(plan, files, overrides, at);
  const evidence = await gatherLegEvidence(buildTopology(plan).legs, files, evaluation.assignments, at);
  const index = certificateIndex(files);
  const judgedAt = at.toISOString();
  const connections = evaluation.legs.map((leg): ConnectionReport => {
    const e = evidence.find((x) => x.leg.id === leg.id);
    if (!e) throw new Error(`no evidence for ${leg.id}`);
    const bySide = rolesBySide(e.leg);
    return {
      id: leg.id,
      name: LEG_NAMES[leg.id],
      verdict: leg.verdict,
      judgedAt,
      endpoints: { client: e.leg.client, server: e.leg.server },
      dials: [...e.leg.dials],
      trust: e.leg.trust.kind,
      mutual: e.leg.mutual !== null,
      files: filesOf(e),
      sides: { server: sideReport(e.server, files, index), client: e.client && sideReport(e.client, files, index) },
      missing: e.missing.map((role) => ({ role, side: (bySide.client.has(role) && !bySide.server.has(role) ? 'client' : 'server') as SideName })),
      findings: leg.findings.map((f) => findingReport(f, findingSide(f, e, leg.findings))),
    };
  });
  return { evaluation, connections };
}
