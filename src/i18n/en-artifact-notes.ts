import type { ArtifactNote, ArtifactNoteCode } from '../domain/generate/artifact-note';

type Params = Readonly<Record<string, string | number>>;
type Message = (p: Params) => string;

// A catalogue of its own: only the output panel and the CLI write artifacts, so these
// words load with them, not with the page (ADR 3).

/** Comments inside generated scripts and YAML. Flags, keys and commands stay verbatim. */
export const ARTIFACT_NOTE_MESSAGES: Record<ArtifactNoteCode, Message> = {
  'place-files': (p) => `Copy these files to ${p.dir} before you run the commands: ${p.files}`,
  'place-policy-output-files': (p) =>
    `Also copy these files to ${p.dir}, where the Output’s YAML names them: the Fleet Server policy uses that output too. ${p.files}`,
  'write-passphrase': (p) => `Write the passphrase of the key to ${p.path}, with no trailing newline.`,
  'write-service-token': (p) => `Write the Fleet Server service token to ${p.path}, with no trailing newline.`,
  download: (p) => `Download ${p.artifact}.`,
  'start-service-first': () => 'Enable and start the service first, then enroll (the reverse order fails on the daemon restart).',
  'install-fleet-server': () => 'Install Elastic Agent with Fleet Server.',
  'install-agent': () => 'Install Elastic Agent and enroll it in Fleet.',
  'enroll-fleet-server': () => 'Enroll the agent with Fleet Server.',
  'enroll-agent': () => 'Enroll the agent in Fleet.',
  'insecure-lab': () => 'Lab only: --insecure skips the check of the Fleet Server certificate, nothing else.',
  'replace-placeholder': () => 'Replace the <PLACEHOLDERS> with the values from Kibana.',
  'run-elevated-powershell': () => 'Run in PowerShell as Administrator (not PowerShell ISE).',
  'kibana-fleet-server-hosts': () => 'Fleet → Settings → Fleet Server hosts → Add Fleet Server (or Edit)',
  'kibana-fleet-server-hosts-cloud': () => 'Fleet → Settings → Fleet Server hosts: Elastic Cloud manages this entry; keep it as is',
  'kibana-fleet-server-hosts-ssl': () =>
    'Same Fleet Server host → Authentication (Kibana 9.1 and later; optional: the install flags already set these at enrollment, and policy values override them later)',
  'kibana-outputs': () => 'Fleet → Settings → Outputs → Edit the default output',
  'kibana-advanced-yaml-none': () => 'leave empty',
  'output-yaml-none': () => 'This output needs no Advanced YAML: its certificate is signed by a public CA.',
};

/** An artifact note in English words. */
export function describeNote(note: ArtifactNote): string {
  return ARTIFACT_NOTE_MESSAGES[note.code](note.params ?? {});
}
