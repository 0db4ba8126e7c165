import type { EsClientAuth } from '../catalog/models';
import type { Coded, NoParams } from '../coded';
import type { Unusable } from '../inspect/file-usability';
import type { InspectRole } from '../inspect/shelf';
import type { LegId, NodeId } from '../topology/leg';
import type { VerificationMode } from './verification-mode';

/** The side of a connection a finding is about: what the server presents, or the client. */
export type FindingSide = 'server' | 'client';
/** What a certificate must be allowed for on that side. */
export type FindingPurpose = 'serverAuth' | 'clientAuth';

/** A file given for a role that cannot serve it (inspect/file-usability.ts Unusable). */
type UnusableParams = {
  readonly file: string;
  readonly role: InspectRole;
  readonly reason: Unusable['reason'];
  readonly problem: Unusable['problem'];
  readonly holds: Unusable['holds'];
  readonly kind: Unusable['kind'];
};

/** A presented certificate whose chain does not verify, with the CA file that should anchor it. */
type ChainParams = {
  readonly side: FindingSide;
  readonly file: string;
  readonly caFile: string;
  readonly subject: string;
  readonly issuer: string;
  /** Another file that does sign it, or ''. */
  readonly betterCaFile: string;
  readonly purpose: FindingPurpose;
};

type ValidityParams = { readonly file: string; readonly subject: string; readonly notBefore: string; readonly notAfter: string };

/**
 * What the wizard noticed about a plan or its certificates, as a code with parameters,
 * typed per code: each entry lists exactly what its producers give, and every language's
 * catalogue (src/i18n/contract.ts CodedCatalogue<FindingParams>) receives exactly that.
 * Values are strings, numbers and booleans; a new code is one entry here.
 */
export interface FindingParams {
  // From the plan alone.
  'insecure-covers-only-fleet': NoParams;
  'lab-url-is-hostname': { readonly port: number };
  'token-placeholder': { readonly token: 'enrollment' | 'service' };
  /** `key`: the Output's YAML names a key among its paths (mutual TLS to the output). */
  'yaml-paths-mixed-os': { readonly path: string; readonly key: boolean };
  'defend-needs-rsa': { readonly version: string };
  'fleet-es-key-unencrypted': NoParams;
  'client-auth-optional': NoParams;
  'fingerprint-ca-in-chain': NoParams;
  'output-server-trusts-agent-ca': { readonly server: NodeId };
  'per-host-client-certs': NoParams;
  /** `names`: the names the agents dial, comma-separated. */
  'fleet-server-checks-client-san': { readonly version: string; readonly names: string };
  'fleet-server-policy-own-output': { readonly reason: 'logstash' | 'other-os' };
  /** `paths`: comma-separated. */
  'fleet-server-policy-output-files': { readonly paths: string };
  'es-client-auth': { readonly mode: EsClientAuth };
  'es-client-auth-only-output': NoParams;
  'es-client-auth-only-fleet-server': NoParams;
  /** `inferred`: from elastic-agent's source, not tested (audit row 13). */
  'defend-encrypted-output-key': { readonly inferred: true };
  'fleet-url-port': { readonly url: string; readonly port: number; readonly listen: number };
  'fleet-url-path': { readonly url: string; readonly path: string };
  // From the files, per connection.
  'file-missing': { readonly role: InspectRole };
  'file-unusable': UnusableParams;
  'file-not-opened': UnusableParams;
  /** `first`, `meant`: subjects. */
  'cert-order-wrong': { readonly side: FindingSide; readonly file: string; readonly first: string; readonly meant: string };
  'chain-unknown-authority': ChainParams;
  'chain-missing-intermediate': { readonly side: FindingSide; readonly file: string; readonly intermediateFile: string };
  'chain-bad-signature': ChainParams;
  'chain-issuer-not-ca': ChainParams;
  'chain-incompatible-usage': ChainParams;
  'chain-weak-signature': ChainParams;
  'chain-search-limit': { readonly side: FindingSide; readonly file: string; readonly caFile: string; readonly checks: number };
  /** `covers`: the names the certificate covers, for people; `valid`: what Go's HostnameError lists; `ip`: the host is an IP address. */
  'san-missing': { readonly file: string; readonly host: string; readonly covers: string; readonly ip: boolean; readonly valid: string };
  'dial-unreadable': { readonly dial: string };
  /** `sanExtension`: the certificate has a SAN extension (without DNS names). */
  'host-by-common-name': { readonly file: string; readonly host: string; readonly cn: string; readonly mode: VerificationMode; readonly sanExtension: boolean };
  'client-san-missing': { readonly file: string; readonly host: string; readonly covers: string; readonly version: string };
  /** `has`: the extended key usages it lists, comma-separated. */
  'eku-missing': { readonly file: string; readonly purpose: FindingPurpose; readonly has: string };
  'cert-expired': ValidityParams;
  'cert-not-yet-valid': ValidityParams;
  'cert-expiring': ValidityParams & { readonly days: number };
  /** `subjects`: semicolon-separated. */
  'cert-expired-unused': { readonly file: string; readonly count: number; readonly subjects: string };
  'key-mismatch': { readonly keyFile: string; readonly file: string };
  'key-locked': { readonly keyFile: string };
  'key-encrypted-toggle-off': { readonly keyFile: string; readonly flag: string };
  'key-encrypted-no-passphrase-flag': { readonly keyFile: string };
  /** `algorithm`: the curve, or the algorithm when it has none. */
  'defend-non-rsa': { readonly file: string; readonly subject: string; readonly algorithm: string };
  'weak-rsa-key': { readonly file: string; readonly subject: string; readonly bits: number };
  'ca-not-ca': { readonly file: string; readonly subject: string };
  'fingerprint-no-file': { readonly fingerprint: string };
  'fingerprint-not-ca': { readonly file: string; readonly subject: string };
  'fingerprint-ca-not-presented': { readonly file: string; readonly caFile: string; readonly subject: string };
}

export type Severity = 'error' | 'warning' | 'info';

/**
 * A finding: its code with that code's parameters, and where it applies. The UI, the CLI
 * and every language read the same finding; words are added at the edge.
 */
export type Finding = Coded<FindingParams> & {
  readonly severity: Severity;
  /** The connection it concerns, if one. */
  readonly leg: LegId | null;
  readonly roles?: readonly InspectRole[];
};
