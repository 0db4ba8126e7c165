import { keyMatchesCertificate } from '../certs/key-matches-certificate';
import type { CertificateFacts } from '../certs/types';
import { sanCoversHost } from '../certs/san-covers-host';
import { normalizeFingerprint } from '../plan/fingerprint';
import type { Plan } from '../plan/schema';
import type { Topology } from '../topology/build-topology';
import { dialHost } from '../topology/dial-host';
import { fileNameEvidence } from './file-name-evidence';
import { issuerPath, namesIssuer } from './issuer';
import { presentedKeyRole, presentedRole } from './server-role';
import { certificatesOf, keyOf, meantLeafOf, type Assignments, type InspectRole, type ShelfFile } from './shelf';

/**
 * What can show that a file holds the certificate a server presents, strongest first:
 * its SANs cover every host the server's clients dial, or at least one of them; it pairs
 * with the key already chosen for that server; it chains to the CA its clients trust; it
 * has the name the plan gives the file, or a name commonly used for it.
 */
export const SERVER_EVIDENCE = ['covers-every-host', 'covers-a-host', 'pairs-with-key', 'signed-by-trusted-ca', 'configured-name', 'well-known-name'] as const;
export type ServerEvidence = (typeof SERVER_EVIDENCE)[number];

/** Whether a leaf may be presented by a server at all: serverAuth, or no extended key usage. */
export const allowsServer = (c: CertificateFacts) => c.extendedKeyUsage.length === 0 || c.extendedKeyUsage.includes('serverAuth');

/**
 * For one server role: which of SERVER_EVIDENCE (as booleans, in that order) each file
 * has, given the files already assigned (the user's choices, at least).
 */
export function serverEvidence(
  plan: Plan,
  topology: Topology,
  role: InspectRole,
  files: readonly ShelfFile[],
  assigned: Assignments,
): (file: ShelfFile) => boolean[] {
  const legs = topology.legs.filter((l) => presentedRole(l) === role);
  const hosts = [...new Set(legs.filter((l) => l.hostnameChecked).flatMap((l) => l.dials.map(dialHost)))].filter((h): h is string => h !== null);
  const fileOf = (r: InspectRole | null) => (r ? files.find((f) => f.id === assigned[r]) : undefined);
  const keys = legs.map((l) => keyOf(fileOf(presentedKeyRole(l)))).filter((k) => k !== null);
  const everyCert = files.flatMap((f) => certificatesOf(f));
  const trusted = legs.flatMap((l): CertificateFacts[] => {
    if (l.trust.kind !== 'ca' && l.trust.kind !== 'fingerprint') return [];
    const pin = l.trust.kind === 'fingerprint' ? normalizeFingerprint(l.trust.fingerprint) : null;
    const pinned = pin?.ok ? everyCert.filter((c) => c.sha256Fingerprint === pin.hex) : [];
    return [...certificatesOf(fileOf(l.trust.role)), ...pinned];
  });

  return (file) => {
    const leaf = meantLeafOf(file);
    if (!leaf) return SERVER_EVIDENCE.map(() => false);
    const covered = hosts.filter((h) => sanCoversHost(leaf, h).covered).length;
    const path = issuerPath(leaf, everyCert);
    const name = fileNameEvidence(plan, role, file.decoded.name);
    const evidence: Record<ServerEvidence, boolean> = {
      'covers-every-host': hosts.length > 0 && covered === hosts.length,
      'covers-a-host': covered > 0,
      'pairs-with-key': keys.some((k) => keyMatchesCertificate(k, leaf) === true),
      'signed-by-trusted-ca': path.some((c) => trusted.some((t) => t.sha256Fingerprint === c.sha256Fingerprint || namesIssuer(t, c))),
      'configured-name': name === 'configured',
      'well-known-name': name === 'well-known',
    };
    return SERVER_EVIDENCE.map((e) => evidence[e]);
  };
}
