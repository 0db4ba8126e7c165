import type { Plan } from '../plan/schema';
import type { Topology } from '../topology/build-topology';
import { namedForAnotherRole } from './file-name-evidence';
import { allowsServer, SERVER_EVIDENCE, serverEvidence } from './server-evidence';
import { presentedRole } from './server-role';
import { isCaCertificate } from '../certs/is-ca-certificate';
import { meantLeafOf, type Assignments, type InspectRole, type ShelfFile } from './shelf';
import { only, strongest } from './strongest';

/**
 * The certificate each server presents, by the evidence for it (SERVER_EVIDENCE), kind by
 * kind from the strongest, then by elimination. A certificate that is wrong for its
 * server is still its certificate: assigned, the connection fails with the reason
 * ("valid for fleet01.internal, not fleet.example.com") instead of waiting for a file.
 *
 * - SAN evidence may give one certificate to several servers (it can carry all their
 *   names); weaker evidence gives only a file no role has and whose name is not another
 *   role's.
 * - Two files equally good for a server leave it open for the user; one file equally
 *   good for two servers goes to neither on that evidence, and weaker evidence may decide.
 * - By elimination: when exactly one server is still open, the only server-capable
 *   certificate left is its. Client-only certificates (clientAuth without serverAuth)
 *   are never a server's.
 *
 * `assigned` holds the user's choices; roles for which `open` is false are left alone.
 */
export function assignServerCerts(
  plan: Plan,
  topology: Topology,
  files: readonly ShelfFile[],
  assigned: Assignments,
  open: (role: InspectRole) => boolean,
): Assignments {
  const out: Assignments = {};
  const taken = new Set<string>(Object.values(assigned));
  const settled = new Set<InspectRole>();
  const give = (role: InspectRole, file: ShelfFile) => {
    out[role] = file.id;
    taken.add(file.id);
    settled.add(role);
  };
  const roles = [...new Set(topology.legs.map(presentedRole))].filter((r): r is InspectRole => r !== null && open(r));
  const leaves = files.filter((f) => {
    const leaf = meantLeafOf(f);
    return leaf !== null && !isCaCertificate(leaf) && allowsServer(leaf);
  });
  const evidence = new Map(
    roles.map((role) => {
      const of = serverEvidence(plan, topology, role, files, assigned);
      return [role, new Map(leaves.map((f) => [f.id, of(f)]))] as const;
    }),
  );
  const evidenceOf = (role: InspectRole) => (f: ShelfFile) => evidence.get(role)?.get(f.id) ?? [];
  const free = (role: InspectRole, f: ShelfFile) => !taken.has(f.id) && !namedForAnotherRole(plan, role, f.decoded.name);

  SERVER_EVIDENCE.forEach((kind, tier) => {
    const shared = kind === 'covers-every-host' || kind === 'covers-a-host';
    const picks: [InspectRole, ShelfFile][] = [];
    for (const role of roles) {
      if (settled.has(role)) continue;
      const hits = leaves.filter((f) => evidenceOf(role)(f)[tier] && (shared || free(role, f)));
      if (hits.length === 0) continue;
      const best = strongest(hits, evidenceOf(role));
      if (best.length === 1) picks.push([role, best[0]!]);
      else settled.add(role);
    }
    for (const [role, file] of picks) {
      if (shared || picks.filter(([, f]) => f === file).length === 1) give(role, file);
    }
  });

  const left = only(roles.filter((r) => !out[r]));
  const last = left && !settled.has(left) ? only(leaves.filter((f) => free(left, f))) : undefined;
  if (left && last) give(left, last);
  return out;
}
