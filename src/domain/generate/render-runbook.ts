import type { ArtifactNote, Words } from './artifact-note';
import { artifactFileName } from './build-artifacts';
import { renderKibanaSettings } from './kibana/render-kibana';
import { renderArtifact } from './render-artifact';
import type { RunbookStep } from './runbook';

export interface RunbookText {
  /** The runbook's heading notes (its title, the releases). */
  readonly heading: readonly ArtifactNote[];
  /** "What to watch for", already in words (findings have a catalogue of their own). */
  readonly watchFor: readonly string[];
}

/**
 * The whole runbook as one text, numbered as the page numbers it: each step's artifacts
 * under their file names, scripts in the file form (what Download saves), then what to
 * watch for. What `fleet-tls render` prints and "Download runbook" saves.
 */
export function renderRunbook(steps: readonly RunbookStep[], words: Words, text: RunbookText): string {
  const blocks = steps.map((step) => {
    const title = `${step.number}. ${words({ code: `step-${step.id}` })}`;
    const parts = step.artifacts.map((a) => {
      const body = a.kind === 'kibana-settings' ? renderKibanaSettings(a.sections, words, step.number) : renderArtifact(a, words, { form: 'file' });
      return `===== ${artifactFileName(a)} =====\n${body}`;
    });
    return [title, '', ...parts].join('\n');
  });
  const watch = text.watchFor.length > 0 ? [[words({ code: 'watch-for' }), ...text.watchFor.map((w) => `  - ${w}`)].join('\n') + '\n'] : [];
  return [text.heading.map((n) => words(n)).join('\n') + '\n', ...blocks, ...watch].join('\n');
}
