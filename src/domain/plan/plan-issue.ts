import type { DeploymentModel } from '../catalog/models';
import type { Coded, NoParams } from '../coded';

/** A feature the plan uses that needs a release of Elastic Agent (catalog/gates.ts): what 'version-too-old' names. */
export type VersionGatedFeature = 'mutual-flags' | 'agent-key-passphrase' | 'fleet-server-key-passphrase' | 'service-token-path' | 'unprivileged';

/** A value as the user wrote it, repeated in the message. */
type Value = { readonly value: string };

/**
 * Why a plan is not ready, as a code with parameters: the UI and the CLI turn it into
 * words from the message catalogue (src/i18n), in the user's language. Each code maps to
 * exactly the parameters its producers give; adding a code is one entry here.
 */
export interface PlanIssueParams {
  required: NoParams;
  'url-invalid': Value;
  'url-not-https': Value;
  'url-not-http': Value;
  'url-credentials': NoParams;
  'url-duplicate': Value;
  'urls-empty': NoParams;
  'logstash-host-invalid': Value;
  'port-invalid': NoParams;
  'version-invalid': Value;
  'version-whitespace': Value;
  'version-incomplete': Value;
  /** `needed`: the first release with the feature, x.y.z. */
  'version-too-old': { readonly feature: VersionGatedFeature; readonly needed: string };
  'mutual-not-supported-on-cloud': NoParams;
  'lab-not-for-model': { readonly model: DeploymentModel };
  'path-whitespace': Value;
  'path-not-absolute-posix': Value;
  'path-not-absolute-windows': Value;
  /** `char`: the first character a path may not hold. */
  'path-character': { readonly value: string; readonly char: string };
  'passphrase-file-shared': Value;
  'url-shape-differs': Value;
  /** `char`: the character's code point, U+000A: the value itself is not repeated. */
  'control-character': { readonly char: string };
  'too-long': { readonly length: number; readonly limit: number };
  'too-many': { readonly count: number; readonly limit: number };
  'path-comma': Value;
  'file-name-invalid': Value;
  'pem-not-certificate': NoParams;
  'token-whitespace': NoParams;
  /** `char`: the first character not in base64; the token itself is never repeated. */
  'token-invalid': { readonly char: string };
  'platforms-empty': NoParams;
  'fingerprint-empty': NoParams;
  'fingerprint-base64': NoParams;
  'fingerprint-not-hex': NoParams;
  /** `length`: the hex characters the fingerprint has. */
  'fingerprint-length': { readonly length: number };
  'policy-id-invalid': Value;
}

/** A code with its own parameters. */
export type CodedIssue = Coded<PlanIssueParams>;

export type PlanIssue = CodedIssue & {
  /** Path of the field in the plan, e.g. ['fleetServer', 'urls', 0]. */
  readonly path: readonly (string | number)[];
};
