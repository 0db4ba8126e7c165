/**
 * Explanatory text inside generated artifacts (script comments, YAML comments, prompts
 * and messages a script prints), as codes with parameters: words come from the message
 * catalogue at the edge. A list parameter stays a list, so that a script writer can
 * quote each value in it before the catalogue joins them.
 */
export type ArtifactNoteCode =
  | 'run-posix-file'
  | 'run-powershell-file'
  | 'place-files'
  | 'write-passphrase'
  | 'write-service-token'
  | 'prompt-passphrase'
  | 'prompt-service-token'
  | 'secret-missing'
  | 'native-command-failed'
  | 'plan-not-ready'
  | 'paste-control-character'
  | 'download'
  | 'start-service-first'
  | 'install-fleet-server'
  | 'install-agent'
  | 'enroll-fleet-server'
  | 'enroll-agent'
  | 'insecure-lab'
  | 'replace-placeholder'
  | 'kibana-fleet-server-hosts'
  | 'kibana-fleet-server-hosts-cloud'
  | 'kibana-fleet-server-hosts-ssl'
  | 'kibana-outputs'
  | 'kibana-advanced-yaml-none'
  | 'output-yaml-none';

export type NoteParam = string | number | readonly string[];

export interface ArtifactNote {
  readonly code: ArtifactNoteCode;
  readonly params?: Readonly<Record<string, NoteParam>>;
}

export type Words = (note: ArtifactNote) => string;
