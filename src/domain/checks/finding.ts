import type { InspectRole } from '../inspect/shelf';
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
  | 'per-host-client-certs'
  | 'fleet-server-checks-client-san'
  | 'fleet-server-policy-own-output'
  | 'fleet-server-policy-output-files'
  | 'es-client-auth'
  | 'es-client-auth-only-output'
  | 'es-client-auth-only-fleet-server'
  | 'defend-encrypted-output-key'
  | 'fleet-url-port'
  | 'fleet-url-path'
  // From the files, per connection.
  | 'file-missing'
  | 'file-unusable'
  | 'file-not-opened'
  | 'cert-order-wrong'
  | 'chain-unknown-authority'
  | 'chain-missing-intermediate'
  | 'chain-bad-signature'
  | 'chain-issuer-not-ca'
  | 'chain-incompatible-usage'
  | 'chain-weak-signature'
  | 'chain-search-limit'
  | 'san-missing'
  | 'dial-unreadable'
  | 'host-by-common-name'
  | 'client-san-missing'
  | 'eku-missing'
  | 'cert-expired'
  | 'cert-not-yet-valid'
  | 'cert-expiring'
  | 'cert-expired-unused'
  | 'key-mismatch'
  | 'key-locked'
  | 'key-encrypted-toggle-off'
  | 'key-encrypted-no-passphrase-flag'
  | 'defend-non-rsa'
  | 'weak-rsa-key'
  | 'ca-not-ca'
  | 'fingerprint-no-file'
  | 'fingerprint-not-ca'
  | 'fingerprint-ca-not-presented';

export type Severity = 'error' | 'warning' | 'info';

export interface Finding {
  readonly code: FindingCode;
  readonly severity: Severity;
  /** The connection it concerns, if one. */
  readonly leg: LegId | null;
  readonly roles?: readonly InspectRole[];
  readonly params?: Readonly<Record<string, string | number>>;
}
