import type { CertRole } from '../catalog/roles';
import { isCaCertificate } from '../certs/is-ca-certificate';
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

/**
 * The certificate a file presents: its first. Go's tls.X509KeyPair, which Fleet Server and
 * the agents load their certificate with (elastic-agent-libs transport/tlscommon/tls.go
 * LoadCertificate), keeps the CERTIFICATE blocks in file order and takes Certificate[0]
 * as the leaf (crypto/tls/tls.go, Go 1.19.8 l.250–260 and l.294); the rest are sent as
 * they are. A chain stored CA-first presents the CA. A PKCS#12 archive is converted
 * before use (`openssl pkcs12 -clcerts`: the certificate of its key), so it presents
 * the certificate it is meant for.
 */
export function leafOf(file: ShelfFile | undefined): CertificateFacts | null {
  if (file?.decoded.container === 'pkcs12') return meantLeafOf(file);
  return certificatesOf(file)[0] ?? null;
}

/**
 * The certificate a file is meant for: its first non-CA certificate, wherever it sits, or
 * its first. Files take roles by it (ADR 5), so a chain stored CA-first still goes to its
 * server or client, whose connection then fails with the reason.
 */
export function meantLeafOf(file: ShelfFile | undefined): CertificateFacts | null {
  const certs = certificatesOf(file);
  return certs.find((c) => !isCaCertificate(c)) ?? certs[0] ?? null;
}
