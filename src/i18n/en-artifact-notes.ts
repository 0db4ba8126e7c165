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

/** Comments inside generated scripts and YAML, and what a script prints. Flags, keys and commands stay verbatim. */
export const ARTIFACT_NOTE_MESSAGES: Record<ArtifactNoteCode, Message> = {
  'run-posix-file': (p) =>
    `To run this file: bash ${list(p.file)}\nIt calls sudo itself for the steps that need root, so start it as your own user.`,
  'run-powershell-file': (p) =>
    [
      'Run this file in Windows PowerShell opened as Administrator, not in PowerShell ISE, from the folder that holds it.',
      'Windows blocks a downloaded script, so unblock it first, then run it with the execution policy bypassed for this run only:',
      `  Unblock-File ${list(p.file)}`,
      `  powershell -ExecutionPolicy Bypass -File ${list(p.file)}`,
    ].join('\n'),
  'place-files': (p) => `Copy these files to ${list(p.dir)} before you run the commands: ${list(p.files)}`,
  'write-passphrase': (p) => `Write the passphrase of the key to ${list(p.path)}, with no trailing newline.`,
  'write-service-token': (p) => `Write the Fleet Server service token to ${list(p.path)}, with no trailing newline.`,
  'prompt-passphrase': (p) => `Passphrase for ${list(p.key)}`,
  'prompt-service-token': () => 'Fleet Server service token',
  'secret-missing': () => 'Nothing was typed, so the script stops here and writes no file.',
  'native-command-failed': (p) => `${list(p.program)} failed with exit code ${list(p.exitCode)}. The script stops here.`,
  'plan-not-ready': (p) =>
    `${p.count === 1 ? 'This plan still has a problem' : `This plan still has ${list(p.count)} problems`}. Nothing was run: fix the plan, then get the commands again.`,
  'paste-control-character': () =>
    'A value in this script holds a control character, such as a line break, a tab or an escape, which a terminal would take as a key when pasted. Nothing was run: correct the value in the wizard, or download the script and run the file.',
  download: (p) => `Download ${list(p.artifact)}.`,
  'start-service-first': () => 'Enable and start the service first, then enroll: the reverse order fails when the daemon restarts.',
  'install-fleet-server': () => 'Install Elastic Agent with Fleet Server.',
  'install-agent': () => 'Install Elastic Agent and enroll it in Fleet.',
  'enroll-fleet-server': () => 'Enroll the agent with Fleet Server.',
  'enroll-agent': () => 'Enroll the agent in Fleet.',
  'insecure-lab': () => 'Lab only: --insecure skips the check of the Fleet Server certificate, nothing else.',
  'replace-placeholder': () => 'Replace each placeholder, the capitals between angle brackets, with its value from Kibana.',
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
