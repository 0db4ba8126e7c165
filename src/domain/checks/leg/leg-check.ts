import type { CertificateFacts } from '../../certs/types';
import type { Plan } from '../../plan/schema';
import type { LegEvidence, Side } from '../../inspect/leg-evidence';
import type { InspectRole } from '../../inspect/shelf';
import type { Finding } from '../finding';

export interface LegCheckContext {
  readonly plan: Plan;
  readonly now: Date;
}

/** A rule over one leg's evidence: zero or more findings. */
export type LegCheck = (evidence: LegEvidence, ctx: LegCheckContext) => Finding[];

/** Both sides of a leg that have something presented, with the side's name for messages. */
export function presentingSides(e: LegEvidence) {
  return [{ name: 'server' as const, side: e.server }, ...(e.client ? [{ name: 'client' as const, side: e.client }] : [])].filter(
    (s) => s.side.presented !== null,
  );
}

/** A certificate of a side, with the file and role it came in. */
export interface Placed {
  readonly cert: CertificateFacts;
  readonly file: string | null;
  readonly role: InspectRole;
}

function placed(side: Side): Placed[] {
  const p = side.presented;
  const t = side.trusted;
  const all = [
    ...(p ? [p.leaf, ...p.bundle].map((cert) => ({ cert, file: p.file, role: p.role })) : []),
    ...(t ? t.cas.map((cert) => ({ cert, file: t.file, role: t.role })) : []),
  ];
  return all.filter((x, i) => all.findIndex((y) => y.cert.sha256Fingerprint === x.cert.sha256Fingerprint) === i);
}

/**
 * The certificates a side's verdict rests on. Go verifies the chain it builds and ignores
 * the rest of what is sent and every anchor it does not use (crypto/x509 verify.go
 * buildChains), so with a chain that verifies, only that chain counts; otherwise what is
 * presented (the leaf and what its file sends) and the chain as far as it was built.
 */
export function usedCertificates(side: Side): Placed[] {
  const path = new Set(side.chain?.path ?? []);
  const presented = side.presented ? [side.presented.leaf, ...side.presented.bundle] : [];
  const ok = side.chain?.status === 'ok';
  return placed(side).filter(({ cert }) => path.has(cert.sha256Fingerprint) || (!ok && presented.includes(cert)));
}

/** The certificates of a side that no chain uses: sent or trusted, and ignored. */
export function unusedCertificates(side: Side): Placed[] {
  const used = new Set(usedCertificates(side).map((u) => u.cert.sha256Fingerprint));
  return placed(side).filter(({ cert }) => !used.has(cert.sha256Fingerprint));
}
