import { certificatePem } from '../certs/pem-text';
import { isCaCertificate } from '../certs/is-ca-certificate';
import { certificatesOf, meantLeafOf, type Assignments, type ShelfFile } from './shelf';
import type { Plan } from '../plan/schema';
import { buildTopology, findLeg } from '../topology/build-topology';

/** A value an assigned file can put into the plan, for the user to accept with one click. */
export type FillIn =
  /** The CA trusted fingerprint (hex SHA-256 of the CA's DER), empty so far. */
  | { readonly kind: 'fingerprint'; readonly file: string; readonly value: string }
  /** The output's CA or client certificate as inline PEM, chosen but still empty. */
  | { readonly kind: 'inline-pem'; readonly which: 'outputCa' | 'outputCert'; readonly file: string; readonly pem: string };

const emptyInline = (source: Plan['certs']['outputCa']) => source.kind === 'inline' && source.pem.trim() === '';

/** What the files assigned to roles can fill in of the plan, where the plan leaves it empty. */
export function planFillIns(plan: Plan, assignments: Assignments, files: readonly ShelfFile[]): FillIn[] {
  const topology = buildTopology(plan);
  const fileFor = (role: keyof Assignments) => files.find((f) => f.id === assignments[role]);
  const out: FillIn[] = [];

  const pinned = topology.legs.find((l) => l.trust.kind === 'fingerprint');
  if (pinned?.trust.kind === 'fingerprint' && plan.elasticsearch.fingerprint.trim() === '') {
    const file = fileFor(pinned.trust.role);
    const ca = certificatesOf(file).find(isCaCertificate);
    if (file && ca) out.push({ kind: 'fingerprint', file: file.decoded.name, value: ca.sha256Fingerprint });
  }

  const output = findLeg(topology, 'agent-output');
  if (output?.trust.kind === 'ca' && emptyInline(plan.certs.outputCa)) {
    const file = fileFor(output.trust.role);
    const pem = certificatesOf(file).map(certificatePem).join('');
    if (file && pem) out.push({ kind: 'inline-pem', which: 'outputCa', file: file.decoded.name, pem });
  }
  if (output?.mutual && emptyInline(plan.certs.outputCert)) {
    const file = fileFor(output.mutual.clientCert);
    const leaf = meantLeafOf(file);
    // The certificate first, then what else its file holds (intermediates); never a key.
    const chain = leaf ? [leaf, ...certificatesOf(file).filter((c) => c !== leaf)] : [];
    if (file && leaf) out.push({ kind: 'inline-pem', which: 'outputCert', file: file.decoded.name, pem: chain.map(certificatePem).join('') });
  }
  return out;
}
