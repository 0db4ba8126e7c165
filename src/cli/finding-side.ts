import type { Finding } from '../domain/checks/finding';
import type { LegEvidence, Side } from '../domain/inspect/leg-evidence';
import { presentedKeyRole, presentedRole } from '../domain/inspect/server-role';
import type { InspectRole } from '../domain/inspect/shelf';
import type { Leg } from '../domain/topology/leg';
import type { FindingReport, SideName } from './check-report';

/**
 * The engine's findings name roles and files, but only some say which side of the
 * connection they are about (`params.side`). The CLI works the side out from the leg:
 * the server side is what the server presents and what the client trusts to verify it;
 * the client side is the client certificate, its key and the CA the server verifies it
 * with. A finding about a certificate both sides use (one CA file for both) is `both`.
 */
export function rolesBySide(leg: Leg): Record<SideName, ReadonlySet<InspectRole>> {
  const server = new Set<InspectRole>();
  const client = new Set<InspectRole>();
  const add = (set: Set<InspectRole>, role: InspectRole | null | undefined) => {
    if (role) set.add(role);
  };
  add(server, presentedRole(leg));
  add(server, presentedKeyRole(leg));
  if (leg.trust.kind === 'ca' || leg.trust.kind === 'fingerprint') add(server, leg.trust.role);
  add(client, leg.mutual?.clientCert);
  add(client, leg.mutual?.clientKey);
  add(client, leg.mutual?.clientCa);
  return { server, client };
}

/** Whether a side holds, in the file named, a certificate with this subject (the engine's form). */
function sideHolds(side: Side | null, file: string, subject: string | undefined): boolean {
  if (!side) return false;
  const p = side.presented;
  const t = side.trusted;
  const inPresented =
    p !== null && (p.file === file || p.keyFile === file) && (subject === undefined || [p.leaf, ...p.bundle].some((c) => c.subject === subject));
  const inTrusted = t !== null && t.file === file && (subject === undefined || t.cas.some((c) => c.subject === subject));
  return inPresented || inTrusted;
}

/** The parameters this side-finding reads, for the codes that have them. */
function sideParams(f: Finding): { side?: SideName; file?: string; keyFile?: string; subject?: string } {
  const p = f.params;
  if (!p) return {};
  return {
    side: 'side' in p ? p.side : undefined,
    file: 'file' in p ? p.file : undefined,
    keyFile: 'keyFile' in p ? p.keyFile : undefined,
    subject: 'subject' in p ? p.subject : undefined,
  };
}

const same = (a: Finding, b: Finding) => {
  const [x, y] = [sideParams(a), sideParams(b)];
  return a.code === b.code && x.file === y.file && x.keyFile === y.keyFile && x.subject === y.subject;
};

/** The side `f` is about; `all` are the leg's findings, `f` among them. */
export function findingSide(f: Finding, e: LegEvidence, all: readonly Finding[]): FindingReport['side'] {
  const params = sideParams(f);
  if (params.side) return params.side;
  const byRole = rolesBySide(e.leg);
  const sides = new Set<SideName>();
  for (const role of f.roles ?? []) {
    if (byRole.server.has(role)) sides.add('server');
    if (byRole.client.has(role)) sides.add('client');
  }
  // A rule that visits both sides reports a certificate once per connection, under the
  // role it met first: when both sides hold that certificate in that file, it is both
  // sides' finding. (A rule that reports it once per side gives two findings, one each.)
  const file = params.file ?? params.keyFile;
  const subject = params.subject;
  const once = all.filter((g) => same(f, g)).length === 1;
  if (file !== undefined && file !== '' && (sides.size === 0 || (subject !== undefined && once))) {
    if (sideHolds(e.server, file, subject)) sides.add('server');
    if (sideHolds(e.client, file, subject)) sides.add('client');
  }
  if (sides.size === 2) return 'both';
  return [...sides][0] ?? null;
}
