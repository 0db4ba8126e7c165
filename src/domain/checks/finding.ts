import type { CertRole } from '../catalog/roles';
import type { LegId } from '../topology/leg';

/**
 * What the wizard noticed about a plan or its certificates, as a code with parameters.
 * The UI, the CLI and every language read the same finding; words are added at the edge.
 */
export type FindingCode =
  // From the plan alone.
  | 'insecure-covers-only-fleet'
  | 'lab-url-is-hostname'
  | 'token-placeholder'
  | 'yaml-paths-mixed-os'
  | 'defend-needs-rsa'
  | 'fleet-es-key-unencrypted'
  | 'client-auth-optional'
  | 'fingerprint-ca-in-chain'
  | 'output-server-trusts-agent-ca'
  | 'per-host-client-certs';

export type Severity = 'error' | 'warning' | 'info';

export interface Finding {
  readonly code: FindingCode;
  readonly severity: Severity;
  /** The connection it concerns, if one. */
  readonly leg: LegId | null;
  readonly roles?: readonly CertRole[];
  readonly params?: Readonly<Record<string, string | number>>;
}
