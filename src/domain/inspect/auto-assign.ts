import { keyMatchesCertificate } from '../certs/key-matches-certificate';
import type { CertificateFacts } from '../certs/types';
import { sanCoversHost } from '../checks/san-covers-host';
import type { Plan } from '../plan/schema';
import { buildTopology, type Topology } from '../topology/build-topology';
import { dialHost } from '../topology/dial-host';
import { namesIssuer } from './issuer';
import { presentedKeyRole, presentedRole } from './server-role';
import { certificatesOf, isCaCertificate, keyOf, leafOf, type Assignments, type InspectRole, type ShelfFile } from './shelf';

const allowsServer = (c: CertificateFacts) => c.extendedKeyUsage.length === 0 || c.extendedKeyUsage.includes('serverAuth');
const clientOnly = (c: CertificateFacts) => c.extendedKeyUsage.includes('clientAuth') && !c.extendedKeyUsage.includes('serverAuth');

/** The one candidate, or nothing when the evidence is not clear. */
function only<T>(items: readonly T[]): T | undefined {
  return items.length === 1 ? items[0] : undefined;
}

/**
 * Assigns files to roles where the evidence is clear: a server certificate whose SANs
 * cover the host a leg dials, a client-only certificate for agents, the key that matches
 * an assigned certificate, the CA that issued it. Ambiguity leaves a role open for the user.
 */
export function autoAssign(
  plan: Plan,
  files: readonly ShelfFile[],
  topology: Topology = buildTopology(plan),
  pinned: Partial<Record<InspectRole, string | null>> = {},
): Assignments {
  // The user's choices come first, and the evidence builds on them (a chosen certificate
  // finds its key and CA). A role pinned to null stays empty.
  const a: Assignments = {};
  for (const [role, id] of Object.entries(pinned) as [InspectRole, string | null][]) if (id !== null) a[role] = id;
  const open = (role: InspectRole) => !a[role] && pinned[role] !== null;
  const taken = new Set<string>(Object.values(a));
  const leafFiles = files.filter((f) => {
    const leaf = leafOf(f);
    return leaf !== null && !isCaCertificate(leaf);
  });

  // 1. What each server presents, by the hosts its clients dial.
  for (const leg of topology.legs) {
    const role = presentedRole(leg);
    if (!role || !open(role) || !leg.hostnameChecked) continue;
    const hosts = leg.dials.map(dialHost).filter((h): h is string => h !== null);
    if (hosts.length === 0) continue;
    const match = only(
      leafFiles.filter((f) => {
        const leaf = leafOf(f)!;
        return allowsServer(leaf) && hosts.every((h) => sanCoversHost(leaf, h).covered);
      }),
    );
    if (match) {
      a[role] = match.id;
      taken.add(match.id);
    }
  }

  // 2. Client certificates: a single client-only certificate is the agents' one.
  const clientRoles = new Set<InspectRole>();
  for (const leg of topology.legs) if (leg.mutual) clientRoles.add(leg.mutual.clientCert);
  const client = only(leafFiles.filter((f) => !taken.has(f.id) && clientOnly(leafOf(f)!)));
  if (client) {
    for (const role of ['agentCert', 'outputCert'] as const) if (clientRoles.has(role) && open(role)) a[role] = client.id;
  }

  // 3. Keys that match an assigned certificate.
  const keyRoleOf: [InspectRole, InspectRole][] = [];
  for (const leg of topology.legs) {
    const cert = presentedRole(leg);
    const key = presentedKeyRole(leg);
    if (cert && key) keyRoleOf.push([cert, key]);
    if (leg.mutual) keyRoleOf.push([leg.mutual.clientCert, leg.mutual.clientKey]);
  }
  for (const [certRole, keyRole] of keyRoleOf) {
    const leaf = leafOf(files.find((f) => f.id === a[certRole]));
    if (!leaf || !open(keyRole)) continue;
    const match = only(files.filter((f) => {
      const key = keyOf(f);
      return key !== null && keyMatchesCertificate(key, leaf) === true;
    }));
    if (match) a[keyRole] = match.id;
  }

  // 4. The CA that issued each assigned certificate (or the top of its bundle).
  const caRoleOf: [InspectRole, InspectRole][] = [];
  for (const leg of topology.legs) {
    const cert = presentedRole(leg);
    // With a CA trusted fingerprint the CA file is not needed, but knowing it lets the page fill the fingerprint in.
    if (cert && (leg.trust.kind === 'ca' || leg.trust.kind === 'fingerprint')) caRoleOf.push([cert, leg.trust.role]);
    if (leg.mutual?.clientCa) caRoleOf.push([leg.mutual.clientCert, leg.mutual.clientCa]);
  }
  const caFiles = files.filter((f) => certificatesOf(f).length > 0 && certificatesOf(f).every(isCaCertificate));
  const everyCert = files.flatMap((f) => certificatesOf(f));
  for (const [certRole, caRole] of caRoleOf) {
    if (!open(caRole)) continue;
    const leaf = leafOf(files.find((f) => f.id === a[certRole]));
    if (!leaf) continue;
    // Walk up the issuers known anywhere on the shelf; the CA file holding the top one is the trust anchor.
    const path = [leaf];
    for (let c = leaf; !c.selfIssued && path.length < 8; ) {
      const issuer = everyCert.find((x) => x.sha256Fingerprint !== c.sha256Fingerprint && isCaCertificate(x) && namesIssuer(x, c));
      if (!issuer) break;
      path.push(issuer);
      c = issuer;
    }
    const holds = (f: ShelfFile, c: CertificateFacts) => certificatesOf(f).some((x) => x.sha256Fingerprint === c.sha256Fingerprint);
    const top = path[path.length - 1]!;
    const match = top !== leaf ? only(caFiles.filter((f) => holds(f, top))) ?? only(caFiles.filter((f) => path.slice(1).some((c) => holds(f, c)))) : undefined;
    if (match) a[caRole] = match.id;
  }
  return a;
}
