import { CERT_ROLES, ROLE_FACTS } from '../catalog/roles';
import { presentedRole } from './server-role';
import { SERVER_ROLES, type Assignments, type InspectRole } from './shelf';
import type { Plan } from '../plan/schema';
import { buildTopology } from '../topology/build-topology';

const ORDER: readonly InspectRole[] = [...CERT_ROLES, ...SERVER_ROLES];

/**
 * The roles a file can be given for this plan: every certificate, key and CA its
 * connections use (the CA behind a trusted fingerprint too), and the certificates the
 * other ends present (Elasticsearch, Logstash, the proxy), so those connections can be
 * judged. Passphrase files are not certificates: they are never offered.
 */
export function assignableRoles(plan: Plan): InspectRole[] {
  const roles = new Set<InspectRole>();
  for (const leg of buildTopology(plan).legs) {
    if (leg.trust.kind === 'ca' || leg.trust.kind === 'fingerprint') roles.add(leg.trust.role);
    const presented = presentedRole(leg);
    if (presented) roles.add(presented);
    if (leg.presented.kind === 'cert') roles.add(leg.presented.key);
    if (leg.mutual) {
      roles.add(leg.mutual.clientCert).add(leg.mutual.clientKey);
      if (leg.mutual.clientCa) roles.add(leg.mutual.clientCa);
    }
  }
  return ORDER.filter((r) => roles.has(r) && (!(r in ROLE_FACTS) || ROLE_FACTS[r as keyof typeof ROLE_FACTS].kind !== 'passphrase'));
}

/** The roles a file plays in `assignments`, among `roles` (the plan's), in their order. */
export function rolesOfFile(fileId: string, assignments: Assignments, roles: readonly InspectRole[]): InspectRole[] {
  return roles.filter((r) => assignments[r] === fileId);
}
