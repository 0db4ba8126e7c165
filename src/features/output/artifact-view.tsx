import { useId, useState } from 'react';
import { artifactFileName, type Artifact } from '../../domain/generate/build-artifacts';
import { renderArtifact } from '../../domain/generate/render-artifact';
import { ui } from '#words/ui';
import { describeNote } from '#words/artifact-notes';
import { outputUi } from '#words/ui-output';
import { copyText } from '../../lib/clipboard';
import { downloadText } from '../../lib/download';
import { KibanaSettingsView } from './kibana-settings-view';

const words = outputUi;

function titleOf(artifact: Artifact): string {
  switch (artifact.kind) {
    case 'fleet-server-install':
    case 'agent-install':
      return words.titles[artifact.kind](ui.platforms[artifact.platform]);
    case 'fleet-server-msi':
    case 'agent-msi':
      // The shell by its program's name: the platform (“… (zip)”) is the zip's, and the MSI is Windows x86_64 only.
      return words.titles[artifact.kind](artifact.shell);
    case 'connection-checks':
      return words.titles[artifact.kind](words.checkHosts[artifact.host]);
    case 'docker-run':
      return words.titles[artifact.kind](words.checkHosts[artifact.host === 'agent' ? 'agent-posix' : artifact.host]);
    case 'kibana-settings':
    case 'output-yaml':
    case 'elasticsearch-settings':
    case 'logstash-input':
    case 'proxy-nginx':
    case 'proxy-haproxy':
    case 'certificate-files':
    case 'kubernetes':
      return words.titles[artifact.kind]('');
  }
}

const isScript = (a: Artifact) => 'script' in a;

interface ArtifactViewProps {
  artifact: Artifact;
  /** Set while the plan has problems: scripts refuse to run with this, and are not downloaded. */
  refusal: string | undefined;
  /** Kibana's sections are numbered under the step that shows them. */
  step: number;
}

/**
 * One artifact: its title, what to do with it, Copy, Download, and the text itself.
 * A script shows (and downloads) as a file to run; Copy gives the block to paste into a
 * terminal (ADR 6). While the plan has problems, a copied block only says so and stops,
 * and no script is downloaded.
 */
export function ArtifactView({ artifact, refusal, step }: ArtifactViewProps) {
  const id = useId();
  const [status, setStatus] = useState<{ for: string; text: string } | null>(null);
  const options = refusal === undefined ? {} : { refusal };
  const text = renderArtifact(artifact, describeNote, { form: 'file', ...options });
  const fileName = artifactFileName(artifact);
  const script = isScript(artifact);
  const downloadOff = script && refusal !== undefined;
  // A status message belongs to the text it was about; a new text clears it.
  const shownStatus = status?.for === text ? status.text : '';
  return (
    <section className="artifact" aria-labelledby={`${id}-title`}>
      <h4 className="artifact-title" id={`${id}-title`}>
        {titleOf(artifact)}
      </h4>
      <p className="artifact-intro">{words.intros[artifact.kind]}</p>
      <div className="artifact-toolbar">
        <div className="artifact-actions">
          <button
            type="button"
            className="button button-small"
            onClick={() => {
              const copied = script ? renderArtifact(artifact, describeNote, { form: 'paste', ...options }) : text;
              void copyText(copied).then((ok) =>
                setStatus({ for: text, text: !ok ? words.copyFailed : refusal && script ? words.copiedNotReady : words.copied }),
              );
            }}
          >
            {refusal && script ? words.copyNotReady : words.copy}
          </button>
          <button
            type="button"
            className="button button-small"
            aria-describedby={`${id}-file`}
            disabled={downloadOff}
            onClick={() => downloadText(fileName, text)}
          >
            {words.download}
          </button>
        </div>
        <p className="artifact-file" id={`${id}-file`}>
          {downloadOff ? words.downloadOff : words.downloadAs(fileName)}
        </p>
        <p className="artifact-status" role="status">
          {shownStatus}
        </p>
      </div>
      {'shell' in artifact && artifact.shell === 'powershell' ? <p className="artifact-hint">{words.powershellHowTo}</p> : null}
      {artifact.kind === 'kibana-settings' ? (
        <KibanaSettingsView sections={artifact.sections} step={step} />
      ) : (
        <pre className="code" tabIndex={0}>
          <code>{text}</code>
        </pre>
      )}
    </section>
  );
}
