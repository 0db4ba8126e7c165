import type { CertRole } from '../catalog/roles';
import type { CertificateFacts, DecodedFile, PrivateKeyFacts } from '../certs/types';

/**
 * The certificates and keys the user brought, as decoded in the worker. Held in memory
 * only: never saved, never in a URL.
 */
export interface ShelfFile {
  readonly id: string;
  readonly decoded: DecodedFile;
}

/**
 * The server certificates of the other ends (Elasticsearch, Logstash, the proxy). No flag
 * carries them, but with them the wizard can judge those connections too.
 */
export const SERVER_ROLES = ['esServerCert', 'logstashServerCert', 'proxyServerCert'] as const;
export type ServerRole = (typeof SERVER_ROLES)[number];

export type InspectRole = CertRole | ServerRole;

/** Which file plays which role: role → file id. */
export type Assignments = Partial<Record<InspectRole, string>>;

export function certificatesOf(file: ShelfFile | undefined): CertificateFacts[] {
  return (file?.decoded.items ?? []).filter((i): i is CertificateFacts => i.kind === 'certificate');
}

export function keyOf(file: ShelfFile | undefined): PrivateKeyFacts | null {
  return (file?.decoded.items ?? []).find((i): i is PrivateKeyFacts => i.kind === 'private-key') ?? null;
}

export function isCaCertificate(c: CertificateFacts): boolean {
  return c.basicConstraints?.ca === true || (c.selfIssued && c.basicConstraints === null && c.keyUsage.includes('keyCertSign'));
}

/** The certificate a server or client presents: the first non-CA certificate of its file. */
export function leafOf(file: ShelfFile | undefined): CertificateFacts | null {
  const certs = certificatesOf(file);
  return certs.find((c) => !isCaCertificate(c)) ?? certs[0] ?? null;
}
