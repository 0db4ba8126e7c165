import type { EsClientAuth } from '../catalog/models';
import type { CertRole } from '../catalog/roles';
import type { Coded, NoParams } from '../coded';

/**
 * Explanatory text inside generated artifacts (script comments, YAML comments, prompts
 * and messages a script prints, Kibana's steps), as codes with parameters: words come
 * from the message catalogue at the edge. A list parameter stays a list, so that a script
 * writer can quote each value in it before the catalogue joins them. Each code maps to
 * exactly the parameters its producers give; adding a code is one entry here.
 */
export interface ArtifactNoteParams {
  // Notes a script may carry (SCRIPT_NOTE_CODES).
  'run-posix-file': { readonly file: string };
  'run-powershell-file': { readonly file: string };
  'run-cmd-file': { readonly file: string };
  /** `files`: each file name, for the writer to quote. */
  'place-files': { readonly dir: string; readonly files: readonly string[] };
  /** `files`: the file names, already joined. */
  'place-policy-output-files': { readonly dir: string; readonly files: string };
  'write-passphrase': { readonly file: string; readonly path: string };
  'write-service-token': { readonly file: string; readonly path: string };
  /** `key`: the key file the passphrase opens. */
  'prompt-passphrase': { readonly key: string };
  'prompt-service-token': NoParams;
  'secret-missing': NoParams;
  /** `exitCode`: where the script puts the exit code ($LASTEXITCODE), a marker the writer replaces. */
  'native-command-failed': { readonly program: string; readonly exitCode: string };
  /** `count`: how many problems the plan has. */
  'plan-not-ready': { readonly count: number };
  'paste-control-character': NoParams;
  download: { readonly artifact: string };
  'start-service-first': NoParams;
  'install-fleet-server': NoParams;
  'install-agent': NoParams;
  'enroll-fleet-server': NoParams;
  'enroll-agent': NoParams;
  'insecure-lab': NoParams;
  'unprivileged-files': NoParams;
  'unprivileged-group-macos': NoParams;
  'unprivileged-package': NoParams;
  'replace-placeholder': NoParams;
  /** `log`: the verbose log msiexec writes; the words also say how to upgrade and uninstall. */
  'msi-log': { readonly log: string };
  'msi-cmd-refused': NoParams;
  'check-fleet-server': NoParams;
  'check-fleet-server-elasticsearch': NoParams;
  'check-elasticsearch': NoParams;
  'check-logstash': NoParams;
  'check-fingerprint': NoParams;
  'check-agent-status': NoParams;
  'check-agent-status-windows': NoParams;
  /** `key`: the encrypted key file a container cannot open. */
  'container-key-encrypted': { readonly key: string };

  // Notes of settings, YAML comments and the runbook's text: never in a shell.
  /** `title`: the plan's title, trimmed; empty when it has none. */
  'runbook-title': { readonly title: string };
  'runbook-releases': { readonly agent: string; readonly kibana: string };
  'step-kibana': NoParams;
  'step-elasticsearch': NoParams;
  'step-logstash': NoParams;
  'step-files': NoParams;
  'step-proxy': NoParams;
  'step-fleet-server': NoParams;
  'step-agents': NoParams;
  'step-containers': NoParams;
  'step-check': NoParams;
  'watch-for': NoParams;
  'kibana-where-fleet-server-host': NoParams;
  'kibana-where-fleet-server-host-cloud': NoParams;
  'kibana-where-fleet-server-host-ssl': NoParams;
  'kibana-where-default-output': NoParams;
  'kibana-where-add-output': NoParams;
  'kibana-where-es-output-before-logstash': NoParams;
  'kibana-where-fleet-server-policy': NoParams;
  'kibana-where-enrollment-token': NoParams;
  'kibana-no-ssl-options': { readonly version: string };
  'kibana-ssl-leave-empty': NoParams;
  /**
   * `flag`: the install flag that really sets it, empty when none does; `misnamed`: what
   * Kibana's label calls it when the label is not what the field is, else empty.
   */
  'kibana-row-not-read': { readonly flag: string; readonly misnamed: 'certificate' | 'key' | '' };
  /** `path`: the file on the Fleet Server host that `flag` names. */
  'kibana-row-es': { readonly flag: string; readonly path: string };
  'kibana-row-es-unused': NoParams;
  'kibana-row-agent-breaks': NoParams;
  /** `leaks`: this Kibana copies these fields into every agent's Fleet Server settings. */
  'kibana-es-authentication-empty': { readonly leaks: boolean };
  'kibana-yaml-none-public': NoParams;
  'kibana-yaml-none-fingerprint': NoParams;
  'kibana-logstash-new-output': NoParams;
  'kibana-logstash-encryption-key': NoParams;
  'kibana-logstash-yaml-replaced': { readonly version: string };
  'kibana-logstash-yaml-passphrase': NoParams;
  'kibana-logstash-client-required': NoParams;
  'kibana-logstash-client-one-way': NoParams;
  'kibana-es-output-for-fleet-server-logstash': NoParams;
  'kibana-es-output-for-fleet-server-other-os': NoParams;
  'kibana-fleet-server-policy': { readonly policyId: string };
  'kibana-service-token': NoParams;
  'kibana-service-token-file': { readonly path: string };
  'kibana-enrollment-token': NoParams;
  'kibana-leave-empty': NoParams;
  'kibana-name-fleet-server-host': NoParams;
  'kibana-name-logstash': NoParams;
  'kibana-name-es-for-fleet-server': NoParams;
  'kibana-on': NoParams;
  'kibana-off': NoParams;
  'es-settings-where': NoParams;
  'es-cas': NoParams;
  'es-client-authentication': { readonly mode: EsClientAuth };
  /** `placeholder`: what stands for its CA file in the list. */
  'es-fleet-server-client-ca': { readonly file: string; readonly placeholder: string };
  'es-rolling-restart': NoParams;
  /** `files`: the file names, already joined. */
  'ls-where': { readonly dir: string; readonly files: string };
  /** `command`: the conversion, already quoted for a POSIX shell. */
  'ls-pkcs8': { readonly command: string };
  /** `renamed`: the block uses ssl_enabled and ssl_client_authentication (Logstash 8.8+). */
  'ls-names': { readonly renamed: boolean };
  'ls-mutual': { readonly ca: string };
  /**
   * `file`: where the configuration goes; `check`: the command that checks it; `files`: what
   * the proxy reads from `dir`, already joined; `ca`: the CA file the clients trust for the proxy.
   */
  'proxy-files': { readonly file: string; readonly check: string; readonly dir: string; readonly files: string; readonly ca: string };
  /** `command`: the command that joins the certificate and its key. */
  'proxy-pem': { readonly command: string };
  'proxy-optional': NoParams;
  /** `ca`: the client CA file; `file`: a client certificate whose CA the plan does not name. */
  'proxy-ca-also': { readonly ca: string; readonly file: string };
  'files-convert-first': NoParams;
  'files-on-fleet-server': { readonly dir: string };
  'files-on-agents-posix': { readonly dir: string };
  'files-on-agents-windows': { readonly dir: string };
  'files-secret': NoParams;
  'files-also-at-output-paths': NoParams;
  'files-keys-private': NoParams;
  'role-name': { readonly role: CertRole };
  'output-yaml-none-public': NoParams;
  'output-yaml-none-fingerprint': NoParams;
  'output-yaml-none-logstash-form': NoParams;
  'kubernetes-secrets': NoParams;
}

export type ArtifactNoteCode = keyof ArtifactNoteParams;

/**
 * The notes a script may carry: a set of their own, because their words must stay inert
 * when a shell runs a comment line as a command (src/i18n/en/artifact-notes.test.ts holds them to
 * it), and a script step can only take one of them.
 */
export const SCRIPT_NOTE_CODES = [
  'run-posix-file',
  'run-powershell-file',
  'run-cmd-file',
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
  'unprivileged-files',
  'unprivileged-group-macos',
  'unprivileged-package',
  'replace-placeholder',
  'msi-log',
  'msi-cmd-refused',
  'check-fleet-server',
  'check-fleet-server-elasticsearch',
  'check-elasticsearch',
  'check-logstash',
  'check-fingerprint',
  'check-agent-status',
  'check-agent-status-windows',
  'container-key-encrypted',
] as const satisfies readonly ArtifactNoteCode[];
export type ScriptNoteCode = (typeof SCRIPT_NOTE_CODES)[number];

/** A value a script note carries: the writer quotes strings and each string of a list. */
export type NoteParam = ValueOf<ArtifactNoteParams[ScriptNoteCode]>;
type ValueOf<T> = T extends unknown ? T[keyof T] : never;

export type ArtifactNote<Code extends ArtifactNoteCode = ArtifactNoteCode> = Coded<Pick<ArtifactNoteParams, Code>>;

/** A note a script carries: a comment, a prompt, a message it prints. */
export type ScriptNote = ArtifactNote<ScriptNoteCode>;

export type Words = (note: ArtifactNote) => string;
