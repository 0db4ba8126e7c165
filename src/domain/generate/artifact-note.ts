/**
 * Explanatory text inside generated artifacts (script comments, YAML comments, prompts
 * and messages a script prints, Kibana's steps), as codes with parameters: words come
 * from the message catalogue at the edge. A list parameter stays a list, so that a script
 * writer can quote each value in it before the catalogue joins them.
 *
 * Notes a script may carry are a set of their own: their words must stay inert when a
 * shell runs a comment line as a command (en-artifact-notes.test.ts holds them to it),
 * and a script step can only take one of them.
 */
export const SCRIPT_NOTE_CODES = [
  'run-posix-file',
  'run-powershell-file',
  'place-files',
  'place-policy-output-files',
  'write-passphrase',
  'write-service-token',
  'prompt-passphrase',
  'prompt-service-token',
  'secret-missing',
  'native-command-failed',
  'plan-not-ready',
  'paste-control-character',
  'download',
  'start-service-first',
  'install-fleet-server',
  'install-agent',
  'enroll-fleet-server',
  'enroll-agent',
  'insecure-lab',
  'replace-placeholder',
  'check-fleet-server',
  'check-fleet-server-elasticsearch',
  'check-elasticsearch',
  'check-logstash',
  'check-fingerprint',
  'check-agent-status',
  'check-agent-status-windows',
] as const;
export type ScriptNoteCode = (typeof SCRIPT_NOTE_CODES)[number];

/** Notes of settings, YAML comments and the runbook's text: never in a shell. */
export type DocumentNoteCode =
  | 'runbook-title'
  | 'runbook-releases'
  | 'step-kibana'
  | 'step-elasticsearch'
  | 'step-files'
  | 'step-fleet-server'
  | 'step-agents'
  | 'step-check'
  | 'watch-for'
  | 'kibana-where-fleet-server-host'
  | 'kibana-where-fleet-server-host-cloud'
  | 'kibana-where-fleet-server-host-ssl'
  | 'kibana-where-default-output'
  | 'kibana-where-add-output'
  | 'kibana-where-es-output-before-logstash'
  | 'kibana-where-fleet-server-policy'
  | 'kibana-where-enrollment-token'
  | 'kibana-no-ssl-options'
  | 'kibana-ssl-leave-empty'
  | 'kibana-row-not-read'
  | 'kibana-row-es'
  | 'kibana-row-es-unused'
  | 'kibana-row-agent-breaks'
  | 'kibana-es-authentication-empty'
  | 'kibana-yaml-none-public'
  | 'kibana-yaml-none-fingerprint'
  | 'kibana-logstash-new-output'
  | 'kibana-logstash-encryption-key'
  | 'kibana-logstash-yaml-replaced'
  | 'kibana-logstash-yaml-passphrase'
  | 'kibana-logstash-client-required'
  | 'kibana-logstash-client-one-way'
  | 'kibana-es-output-for-fleet-server-logstash'
  | 'kibana-es-output-for-fleet-server-other-os'
  | 'kibana-fleet-server-policy'
  | 'kibana-service-token'
  | 'kibana-service-token-file'
  | 'kibana-enrollment-token'
  | 'kibana-leave-empty'
  | 'kibana-name-fleet-server-host'
  | 'kibana-name-logstash'
  | 'kibana-name-es-for-fleet-server'
  | 'kibana-on'
  | 'kibana-off'
  | 'es-settings-where'
  | 'es-add-cas'
  | 'es-client-authentication'
  | 'es-fleet-server-client-ca'
  | 'es-rolling-restart'
  | 'files-convert-first'
  | 'files-on-fleet-server'
  | 'files-on-agents-posix'
  | 'files-on-agents-windows'
  | 'files-secret'
  | 'files-also-at-output-paths'
  | 'files-keys-private'
  | 'role-name'
  | 'output-yaml-none-public'
  | 'output-yaml-none-fingerprint'
  | 'output-yaml-none-logstash-form';

export type ArtifactNoteCode = ScriptNoteCode | DocumentNoteCode;

export type NoteParam = string | number | readonly string[];

export interface ArtifactNote<Code extends ArtifactNoteCode = ArtifactNoteCode> {
  readonly code: Code;
  readonly params?: Readonly<Record<string, NoteParam>>;
}

/** A note a script carries: a comment, a prompt, a message it prints. */
export type ScriptNote = ArtifactNote<ScriptNoteCode>;

export type Words = (note: ArtifactNote) => string;
