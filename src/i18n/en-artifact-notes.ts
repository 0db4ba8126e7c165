import type { ArtifactNote, ArtifactNoteCode, NoteParam } from '../domain/generate/artifact-note';

type Params = Readonly<Record<string, NoteParam>>;
type Message = (p: Params) => string;

// A catalogue of its own: only the output panel and the CLI write artifacts, so these
// words load with them, not with the page (ADR 3).
//
// A script's comment lines can end up run as commands: an interactive zsh treats `#` as
// a command name unless interactive_comments is set, and a pasted script is read line by
// line. So the words themselves carry no character a shell gives a meaning to: no
// ( ) < > ; & | $ ` ' " * ? [ ] ! { } ~, nor # ^ = \ (zsh's EXTENDED_GLOB and EQUALS).
// The typographic ’ is fine. Values come in as parameters, quoted by the script writer.
// en-artifact-notes.test.ts holds every message to this.

/** A list parameter, already quoted by the writer, in English. */
function list(value: NoteParam | undefined): string {
  return Array.isArray(value) ? value.join(', ') : String(value ?? '');
}

/** Comments inside generated scripts and YAML, and prompts. Flags, keys and commands stay verbatim. */
export const ARTIFACT_NOTE_MESSAGES: Record<ArtifactNoteCode, Message> = {
  'place-files': (p) => `Copy these files to ${list(p.dir)} before you run the commands: ${list(p.files)}`,
  'write-passphrase': (p) => `Write the passphrase of the key to ${list(p.path)}, with no trailing newline.`,
  'write-service-token': (p) => `Write the Fleet Server service token to ${list(p.path)}, with no trailing newline.`,
  'prompt-passphrase': (p) => `Passphrase for ${list(p.key)}`,
  'prompt-service-token': () => 'Fleet Server service token',
  download: (p) => `Download ${list(p.artifact)}.`,
  'start-service-first': () => 'Enable and start the service first, then enroll: the reverse order fails when the daemon restarts.',
  'install-fleet-server': () => 'Install Elastic Agent with Fleet Server.',
  'install-agent': () => 'Install Elastic Agent and enroll it in Fleet.',
  'enroll-fleet-server': () => 'Enroll the agent with Fleet Server.',
  'enroll-agent': () => 'Enroll the agent in Fleet.',
  'insecure-lab': () => 'Lab only: --insecure skips the check of the Fleet Server certificate, nothing else.',
  'replace-placeholder': () => 'Replace each placeholder, the capitals between angle brackets, with its value from Kibana.',
  'run-elevated-powershell': () => 'Run in PowerShell as Administrator, not in PowerShell ISE.',
  'kibana-fleet-server-hosts': () => 'Fleet → Settings → Fleet Server hosts → Add Fleet Server, or Edit',
  'kibana-fleet-server-hosts-cloud': () => 'Fleet → Settings → Fleet Server hosts: Elastic Cloud manages this entry, keep it as is',
  'kibana-fleet-server-hosts-ssl': () =>
    'Same Fleet Server host → Authentication, in Kibana 9.1 and later. Optional: the install flags already set these at enrollment, and policy values override them later',
  'kibana-outputs': () => 'Fleet → Settings → Outputs → Edit the default output',
  'kibana-advanced-yaml-none': () => 'leave empty',
  'output-yaml-none': () => 'This output needs no Advanced YAML: its certificate is signed by a public CA.',
};

/** An artifact note in English words. */
export function describeNote(note: ArtifactNote): string {
  return ARTIFACT_NOTE_MESSAGES[note.code](note.params ?? {});
}
