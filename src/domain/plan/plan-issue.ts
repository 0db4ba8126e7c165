/**
 * Why a plan is not ready, as a code with parameters: the UI and the CLI turn it into
 * words from the message catalogue (src/i18n), in the user's language.
 */
export type PlanIssueCode =
  | 'required'
  | 'url-invalid'
  | 'url-not-https'
  | 'url-duplicate'
  | 'urls-empty'
  | 'logstash-host-invalid'
  | 'port-invalid'
  | 'version-invalid'
  | 'version-whitespace'
  | 'version-incomplete'
  | 'version-too-old'
  | 'mutual-not-supported-on-cloud'
  | 'lab-not-for-model'
  | 'path-whitespace'
  | 'path-not-absolute-posix'
  | 'path-not-absolute-windows'
  | 'path-character'
  | 'passphrase-file-shared'
  | 'url-shape-differs'
  | 'control-character'
  | 'too-long'
  | 'too-many'
  | 'path-comma'
  | 'file-name-invalid'
  | 'pem-not-certificate'
  | 'token-whitespace'
  | 'token-invalid'
  | 'platforms-empty'
  | 'fingerprint-empty'
  | 'fingerprint-base64'
  | 'fingerprint-not-hex'
  | 'fingerprint-length'
  | 'policy-id-invalid';

export type IssueParams = Readonly<Record<string, string | number>>;

export interface PlanIssue {
  /** Path of the field in the plan, e.g. ['fleetServer', 'urls', 0]. */
  readonly path: readonly (string | number)[];
  readonly code: PlanIssueCode;
  readonly params?: IssueParams;
}
