/**
 * Explanatory text inside generated artifacts (script comments, YAML comments), as codes
 * with parameters: words come from the message catalogue at the edge.
 */
export type ArtifactNoteCode =
  | 'place-files'
  | 'place-policy-output-files'
  | 'write-passphrase'
  | 'write-service-token'
  | 'download'
  | 'start-service-first'
  | 'install-fleet-server'
  | 'install-agent'
  | 'enroll-fleet-server'
  | 'enroll-agent'
  | 'insecure-lab'
  | 'replace-placeholder'
  | 'run-elevated-powershell'
  | 'kibana-fleet-server-hosts'
  | 'kibana-fleet-server-hosts-cloud'
  | 'kibana-fleet-server-hosts-ssl'
  | 'kibana-outputs'
  | 'kibana-advanced-yaml-none'
  | 'output-yaml-none';

export interface ArtifactNote {
  readonly code: ArtifactNoteCode;
  readonly params?: Readonly<Record<string, string | number>>;
}

export type Words = (note: ArtifactNote) => string;
