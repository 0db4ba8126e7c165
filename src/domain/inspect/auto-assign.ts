import { keyMatchesCertificate } from '../certs/key-matches-certificate';
import type { CertificateFacts } from '../certs/types';
import type { Plan } from '../plan/schema';
import { buildTopology, type Topology } from '../topology/build-topology';
import { assignServerCerts } from './assign-server-certs';
import { fileNameEvidence, namedForAnotherRole } from './file-name-evidence';
import { issuerPath } from './issuer';
import { presentedKeyRole, presentedRole } from './server-role';
import { isCaCertificate } from '../certs/is-ca-certificate';
import { certificatesOf, keyOf, meantLeafOf, type Assignments, type InspectRole, type ShelfFile } from './shelf';
import { only, strongest } from './strongest';

const clientOnly = (c: CertificateFacts) => c.extendedKeyUsage.includes('clientAuth') && !c.extendedKeyUsage.includes('serverAuth');

/**
 * Assigns files to roles where the evidence is clear: each server's certificate by its
 * SANs, key, CA, name or by elimination (assign-server-certs.ts), a client-only
 * certificate for agents, the key that matches an assigned certificate, the CA that
 * issued it. Ambiguity leaves a role open for the user.
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
  const fileOf = (role: InspectRole) => files.find((f) => f.id === a[role]);

  // 1. What each server presents.
  Object.assign(a, assignServerCerts(plan, topology, files, a, open));
  const taken = new Set<string>(Object.values(a));

  // 2. Client certificates: a single client-only certificate is the agents' one.
  const clientRoles = new Set<InspectRole>();
  for (const leg of topology.legs) if (leg.mutual) clientRoles.add(leg.mutual.clientCert);
  const client = only(
    files.filter((f) => {
      const leaf = meantLeafOf(f);
      return !taken.has(f.id) && leaf !== null && !isCaCertificate(leaf) && clientOnly(leaf);
    }),
  );
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
    const leaf = meantLeafOf(fileOf(certRole));
    if (!leaf || !open(keyRole)) continue;
    const match = only(
      files.filter((f) => {
        const key = keyOf(f);
        return key !== null && keyMatchesCertificate(key, leaf) === true;
      }),
    );
    if (match) a[keyRole] = match.id;
  }

  // 4. The CA that issued each assigned certificate (or the top of its bundle).
  const caRoleOf: { cert: InspectRole; ca: InspectRole; verified: boolean }[] = [];
  for (const leg of topology.legs) {
    const cert = presentedRole(leg);
    // With a CA trusted fingerprint the CA file is not needed, but knowing it lets the page fill the fingerprint in.
    if (cert && (leg.trust.kind === 'ca' || leg.trust.kind === 'fingerprint')) caRoleOf.push({ cert, ca: leg.trust.role, verified: leg.trust.kind === 'ca' });
    if (leg.mutual?.clientCa) caRoleOf.push({ cert: leg.mutual.clientCert, ca: leg.mutual.clientCa, verified: true });
  }
  const caFiles = files.filter((f) => certificatesOf(f).length > 0 && certificatesOf(f).every(isCaCertificate));
  const everyCert = files.flatMap((f) => certificatesOf(f));
  const caNameEvidence = (ca: InspectRole) => (f: ShelfFile) => {
    const name = fileNameEvidence(plan, ca, f.decoded.name);
    return [name === 'configured', name === 'well-known'];
  };
  const holds = (f: ShelfFile, c: CertificateFacts) => certificatesOf(f).some((x) => x.sha256Fingerprint === c.sha256Fingerprint);
  const issuerOnShelf = new Set<InspectRole>();
  for (const { cert, ca } of caRoleOf) {
    const leaf = meantLeafOf(fileOf(cert));
    if (!leaf || !open(ca)) continue;
    // Walk up the issuers known anywhere on the shelf; the CA file holding the top one is the trust anchor.
    const path = issuerPath(leaf, everyCert);
    const issuers = caFiles.filter((f) => path.slice(1).some((c) => holds(f, c)));
    if (issuers.length > 0) issuerOnShelf.add(ca);
    // Files that hold the same anchor are told apart by their names, if at all.
    const anchors = issuers.filter((f) => holds(f, path[path.length - 1]!));
    const match = anchors.length > 0 ? only(strongest(anchors, caNameEvidence(ca))) : only(issuers);
    if (match) a[ca] = match.id;
  }

  // 5. No CA file on the shelf issued the certificate: the CA file named for the role, or
  // else the only CA file left, is still what the client trusts, so the connection fails
  // with the reason (chain-unknown-authority, naming a better CA file if the shelf has
  // one) instead of waiting for a file. Not behind a CA trusted fingerprint, where the
  // CA file only fills the fingerprint in.
  const unsigned = [...new Set(caRoleOf.filter((p) => p.verified && a[p.cert] && open(p.ca) && !issuerOnShelf.has(p.ca)).map((p) => p.ca))];
  for (const ca of unsigned) {
    const named = only(
      strongest(
        caFiles.filter((f) => fileNameEvidence(plan, ca, f.decoded.name) !== null),
        caNameEvidence(ca),
      ),
    );
    if (named) a[ca] = named.id;
  }
  const left = only(unsigned.filter(open));
  const used = new Set<string>(Object.values(a));
  const spare = left ? only(caFiles.filter((f) => !used.has(f.id) && !namedForAnotherRole(plan, left, f.decoded.name))) : undefined;
  if (left && spare) a[left] = spare.id;
  return a;
}
