import type { ArtifactNote, ArtifactNoteParams } from '../../domain/generate/artifact-note';
import { ROLE_LABELS } from '#words/findings';
import { plural } from './locale';
import { say, type CodedCatalogue } from '../contract';

// A catalogue of its own: only the output panel and the CLI write artifacts, so these
// words load with them, not with the page (ADR 3).
//
// A script's comment lines can end up run as commands: an interactive zsh treats `#` as
// a command name unless interactive_comments is set, and a pasted script is read line by
// line. So the words themselves carry no character a shell gives a meaning to: no
// ( ) < > ; & | $ ` ' " * ? [ ] ! { } ~, nor # ^ = \ (zsh's EXTENDED_GLOB and EQUALS).
// The typographic ’ is fine. Values come in as parameters, quoted by the script writer.
// artifact-notes.test.ts holds every message to this.

/** A list parameter, already quoted by the writer, in English. */
function list(values: readonly string[]): string {
  return values.join(', ');
}

/** Comments inside generated scripts and YAML, and what a script prints. Flags, keys and commands stay verbatim. */
export const ARTIFACT_NOTE_MESSAGES: CodedCatalogue<ArtifactNoteParams> = {
  'run-posix-file': (p) => `To run this file: bash ${p.file}\nIt calls sudo itself for the steps that need root, so start it as your own user.`,
  'run-powershell-file': (p) =>
    [
      'Run this file in Windows PowerShell opened as Administrator, not in PowerShell ISE, from the folder that holds it.',
      'Windows blocks a downloaded script, so unblock it first, then run it with the execution policy bypassed for this run only:',
      `  Unblock-File ${p.file}`,
      `  powershell -ExecutionPolicy Bypass -File ${p.file}`,
    ].join('\n'),
  'run-cmd-file': (p) => `Run as Administrator, beside the MSI: ${p.file}`,
  'place-files': (p) => `Copy these files to ${p.dir} before you run the commands: ${list(p.files)}`,
  'place-policy-output-files': (p) =>
    `Also copy these files to ${p.dir}, where the Output’s YAML names them, as the Fleet Server policy uses that output too: ${p.files}`,
  'write-passphrase': (p) => `Write the passphrase of the key to ${p.path}, with no trailing newline.`,
  'write-service-token': (p) => `Write the Fleet Server service token to ${p.path}, with no trailing newline.`,
  'prompt-passphrase': (p) => `Passphrase for ${p.key}`,
  'prompt-service-token': () => 'Fleet Server service token',
  'secret-missing': () => 'Nothing was typed, so the script stops here and writes no file.',
  'native-command-failed': (p) => `${p.program} failed with exit code ${p.exitCode}. The script stops here.`,
  'plan-not-ready': (p) =>
    `${plural(p.count, { one: 'This plan still has a problem', other: `This plan still has ${p.count} problems` })}. Nothing was run: fix the plan, then get the commands again.`,
  'paste-control-character': () =>
    'A value in this script holds a control character, such as a line break, a tab or an escape, which a terminal would take as a key when pasted. Nothing was run: correct the value in the wizard, or download the script and run the file.',
  download: (p) => `Download ${p.artifact}.`,
  'start-service-first': () => 'Enable and start the service first, then enroll: the reverse order fails when the daemon restarts.',
  'install-fleet-server': () => 'Install Elastic Agent with Fleet Server.',
  'install-agent': () => 'Install Elastic Agent and enroll it in Fleet.',
  'enroll-fleet-server': () => 'Enroll the agent with Fleet Server.',
  'enroll-agent': () => 'Enroll the agent in Fleet.',
  'insecure-lab': () => 'Lab only: --insecure skips the check of the Fleet Server certificate, nothing else.',
  'unprivileged-files': () => 'The agent runs as elastic-agent-user and reads these files during install: give its group elastic-agent read access.',
  'unprivileged-group-macos': () => 'On macOS, create the group elastic-agent first: install reuses it.',
  'unprivileged-package': () => 'DEB and RPM agents stay privileged: unprivileged mode needs the tar.gz.',
  'container-key-encrypted': (p) => `A container cannot open the encrypted ${p.key}: no variable holds its passphrase.`,
  'replace-placeholder': () => 'Replace each placeholder, the capitals between angle brackets, with its value from Kibana.',
  'msi-log': (p) =>
    `msiexec logs to ${p.log}, tokens included: delete it after.\nUpgrade from Fleet: the MSI refuses upgrades. msiexec /x takes only uninstall flags in INSTALLARGS.`,
  'msi-cmd-refused': () => 'A value is not ASCII, which a .cmd file cannot carry: use the .ps1 form.',
  'runbook-title': (p) => `Fleet TLS Wizard runbook${p.title ? `: ${p.title}` : ''}`,
  'runbook-releases': (p) => `Elastic Agent and Fleet Server ${p.agent}, Kibana ${p.kibana}. Do the steps in this order.`,
  'step-kibana': () => 'In Kibana: the Fleet Server host, the outputs, the policies and their tokens',
  'step-elasticsearch': () => 'On Elasticsearch: accept the client certificates',
  'step-logstash': () => 'On Logstash: receive the agents’ data over TLS',
  'step-files': () => 'Put the certificate files on each host',
  'step-proxy': () => 'On your proxy in front of Elastic Cloud',
  'step-fleet-server': () => 'Install Fleet Server',
  'step-agents': () => 'Install the agents',
  'step-containers': () => 'Or run them in containers',
  'step-check': () => 'Check each connection',
  'watch-for': () => 'What to watch for',
  'kibana-where-fleet-server-host': () => 'Fleet → Settings → Fleet Server hosts → Add Fleet Server (or Edit)',
  'kibana-where-fleet-server-host-cloud': () => 'Fleet → Settings → Fleet Server hosts: Elastic Cloud manages this entry; keep it as is',
  'kibana-where-fleet-server-host-ssl': () => 'The same Fleet Server host → Authentication',
  'kibana-where-default-output': () => 'Fleet → Settings → Outputs → Edit the default output',
  'kibana-where-add-output': () => 'Fleet → Settings → Outputs → Add output',
  'kibana-where-es-output-before-logstash': () =>
    'Fleet → Settings → Outputs → Edit the default output, the Elasticsearch one, before you add the Logstash output',
  'kibana-where-fleet-server-policy': () =>
    'Fleet → Agent policies → the Fleet Server policy (Create agent policy, with the Fleet Server integration, if there is none)',
  'kibana-where-enrollment-token': () => 'Fleet → Enrollment tokens',
  'kibana-no-ssl-options': (p) => `Kibana ${p.version} has no SSL options for Fleet Server hosts: the install flags carry them all.`,
  'kibana-ssl-leave-empty': () =>
    'Leave this section empty. The install flags configure Fleet Server; these fields do not replace them, and the Elastic Agent ones break agents.',
  'kibana-row-not-read': (p) =>
    `${p.misnamed === 'certificate' ? 'Despite its name, Fleet Server’s own server certificate. ' : p.misnamed === 'key' ? 'Despite its name, the key of Fleet Server’s own server certificate. ' : ''}Kibana writes it beside the settings fleet-server reads, so it is not used${p.flag ? ` and never replaces ${p.flag}` : ''}.`,
  'kibana-row-es': (p) =>
    `Optional. Kibana sends these as Fleet Server’s own Elasticsearch output: if you fill them, give the Fleet Server host’s path, as ${p.flag} does: ${p.path}.`,
  'kibana-row-es-unused': () => 'Not used by this plan.',
  'kibana-row-agent-breaks': () =>
    'Agents apply it from their first policy, and it replaces their whole client certificate settings: the key passphrase is dropped, Windows agents get these paths, and the agent rejects the whole policy change.',
  'kibana-es-authentication-empty': (p) =>
    `The Advanced YAML carries the certificates, with the key passphrase the form has no field for.${p.leaks ? ' This Kibana also copies these fields into every agent’s Fleet Server settings (fixed in 9.1.5, kibana#236788).' : ''}`,
  'kibana-yaml-none-public': () => 'Elastic Cloud’s certificate is signed by a public CA that agents already trust.',
  'kibana-yaml-none-fingerprint': () => 'The CA trusted fingerprint above is all it takes to trust Elasticsearch.',
  'kibana-logstash-new-output': () =>
    'Add a new output; do not change the default Elasticsearch output to Logstash. Kibana refuses that while the Fleet Server policy uses it (“Logstash output cannot be used with Fleet Server integration in …”). When this output becomes the default for agent integrations, Kibana keeps Fleet Server policies on the Elasticsearch output.',
  'kibana-logstash-encryption-key': () =>
    'Kibana saves a Logstash output only when xpack.encryptedSavedObjects.encryptionKey is set in kibana.yml; without it the form shows “Additional setup required” and Save stays disabled.',
  'kibana-logstash-yaml-replaced': (p) =>
    `Kibana ${p.version} replaces the Advanced YAML’s ssl with the form’s when it builds the agents’ policy (fixed in 8.17.7, 8.18.2, 8.19.0 and 9.0.2, kibana#219902): the key passphrase below is lost there and agents cannot open the key. Use an unencrypted key, or upgrade Kibana.`,
  'kibana-logstash-yaml-passphrase': () => 'The form has no field for the key’s passphrase file; the YAML adds it.',
  'kibana-logstash-client-required': () =>
    'This Kibana requires a client certificate and key even for one-way TLS. Logstash with ssl_client_authentication none never asks for it, but every agent loads it: give a certificate and key that exist on every agent.',
  'kibana-logstash-client-one-way': () => 'One-way TLS needs none. When you edit this output again later, Kibana asks for both (kibana#239057).',
  'kibana-es-output-for-fleet-server-logstash': () =>
    'It keeps serving the Fleet Server policy, with the Fleet Server host’s paths, when the Logstash output becomes the agents’ default.',
  'kibana-es-output-for-fleet-server-other-os': () =>
    'For the Fleet Server policy only, with the Fleet Server host’s paths: the default output names paths of the agents’ operating system.',
  'kibana-fleet-server-policy': (p) =>
    `The policy with the Fleet Server integration that Fleet Server runs; its id goes into --fleet-server-policy: ${p.policyId}.`,
  'kibana-service-token': () =>
    'Generate a service token: Fleet → Add Fleet Server → Advanced → Generate service token, or in Dev Tools POST _security/service/elastic/fleet-server/credential/token. Type it into the wizard for the Fleet Server command; it is never saved.',
  'kibana-service-token-file': (p) =>
    `Generate a service token: Fleet → Add Fleet Server → Advanced → Generate service token, or in Dev Tools POST _security/service/elastic/fleet-server/credential/token. The Fleet Server script asks for it and writes it to ${p.path}.`,
  'kibana-enrollment-token': () =>
    'The enrollment token of the agents’ policy (or Add agent on that policy). Type it into the wizard for the agent commands; it is never saved.',
  'kibana-leave-empty': () => 'leave empty',
  'kibana-name-fleet-server-host': () => 'Fleet Server',
  'kibana-name-logstash': () => 'Logstash',
  'kibana-name-es-for-fleet-server': () => 'Elasticsearch for Fleet Server',
  'kibana-on': () => 'On',
  'kibana-off': () => 'Off',
  'check-fleet-server': () => 'Fleet Server answers with its status, HEALTHY when all is well, over the TLS the agents use',
  'check-fleet-server-elasticsearch': () => 'Fleet Server to Elasticsearch: any JSON answer, an authentication error included, means the TLS connection works',
  'check-elasticsearch': () => 'The agents’ output: any JSON answer, an authentication error included, means the TLS connection works',
  'check-logstash': () => 'The agents’ output: Verification: OK means Logstash’s certificate checks out',
  'check-fingerprint': () => 'Elasticsearch is trusted by its CA trusted fingerprint, which curl cannot check: the agent status below tells',
  'check-agent-status': () => 'The agent’s own view of its connections: every unit HEALTHY',
  'check-agent-status-windows': () => 'In an elevated PowerShell, the agent’s own view of its connections: every unit HEALTHY',
  'es-settings-where': () => 'In elasticsearch.yml on every Elasticsearch node, with the CA files in the certs folder of its config directory:',
  'es-cas': () =>
    'This list replaces the default trust, the JDK’s and the keystore’s CAs: it must hold the issuer of every client certificate, and excludes xpack.security.http.ssl.truststore.path.',
  'es-fleet-server-client-ca': (p) => `Replace ${p.placeholder} with the CA file that signed ${p.file}, Fleet Server’s client certificate.`,
  'es-client-authentication': (p) =>
    p.mode === 'required'
      ? 'required: every client of the HTTP port must present a certificate from these CAs. Before the restart, give one to Kibana (elasticsearch.ssl.certificate and elasticsearch.ssl.key in kibana.yml), to Logstash’s elasticsearch output (ssl_certificate and ssl_key), to Beats, and to curl and scripts.'
      : 'optional: a client without a certificate still signs in with its password or API key; one that sends a certificate must have it signed by these CAs, or its handshake fails.',
  'es-rolling-restart': () => 'Restart the nodes one at a time for the settings to apply.',
  'ls-where': (p) => `On every Logstash host, in a pipeline such as /etc/logstash/conf.d/ (DEB, RPM), with these files in ${p.dir}: ${p.files}`,
  'ls-pkcs8': (p) => `Logstash reads only a PKCS#8 key, -----BEGIN PRIVATE KEY-----. To convert another, renamed logstash.key.orig: ${p.command}`,
  'ls-names': (p) =>
    p.renamed
      ? 'ssl_enabled and ssl_client_authentication need Logstash 8.8 or later; before, ssl and ssl_verify_mode.'
      : 'Logstash before 8.8 names them ssl and ssl_verify_mode, as here; 9.0 knows only ssl_enabled and ssl_client_authentication.',
  'ls-mutual': (p) => `Agents need a certificate signed by ${p.ca}; without, they log remote error: tls: certificate required.`,
  'proxy-files': (p) =>
    `Save as ${p.file} on the proxy host, check with ${p.check}, reload.\nIn ${p.dir}: ${p.files}. The certificate must cover the names below and be signed by the CA in ${p.ca}. On Red Hat, the public CAs are in /etc/pki/tls/certs/ca-bundle.crt`,
  'proxy-pem': (p) => `Certificate and key in one file: ${p.command}`,
  'proxy-optional': () => 'Some clients here present no certificate, so it is optional.',
  'proxy-ca-also': (p) => `${p.ca} must also hold the CA of ${p.file}.`,
  'files-convert-first': () => 'First turn the PKCS#12 and DER files you have into the PEM files the agent reads, with OpenSSL 3:',
  'files-on-fleet-server': (p) => `On the Fleet Server host, in ${p.dir}:`,
  'files-on-agents-posix': (p) => `On every Linux and macOS agent, in ${p.dir}:`,
  'files-on-agents-windows': (p) => `On every Windows agent, in ${p.dir}:`,
  'files-secret': () => 'written by the install script from a prompt, with no trailing newline',
  'files-also-at-output-paths': () => 'Also at the Output’s paths, for the Fleet Server policy:',
  'files-keys-private': () => 'Keep the keys and passphrase files readable by root (Administrators on Windows) only.',
  'role-name': (p) => ROLE_LABELS[p.role] ?? p.role,
  'output-yaml-none-public': () => 'This output needs no Advanced YAML: Elastic Cloud’s certificate is signed by a public CA.',
  'output-yaml-none-fingerprint': () => 'This output needs no Advanced YAML: the CA trusted fingerprint field in Kibana carries the trust.',
  'output-yaml-none-logstash-form': () => 'This output needs no Advanced YAML: its certificates go into the Logstash form’s SSL fields.',
  'kubernetes-secrets': () => 'First the Secrets, with the tokens exported:',
};

/** An artifact note in English words. */
export function describeNote(note: ArtifactNote): string {
  return say(ARTIFACT_NOTE_MESSAGES, note);
}
