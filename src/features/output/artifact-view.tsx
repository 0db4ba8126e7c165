import { useId, useState } from 'react';
import { artifactFileName, type Artifact } from '../../domain/generate/build-artifacts';
import { renderArtifact } from '../../domain/generate/render-artifact';
import { ui } from '../../i18n/en-ui';
import { describeNote } from '../../i18n/en-artifact-notes';
import { copyText } from '../../lib/clipboard';
import { downloadText } from '../../lib/download';

function titleOf(artifact: Artifact): string {
  switch (artifact.kind) {
    case 'fleet-server-install':
    case 'agent-install':
      return ui.output.titles[artifact.kind](ui.platforms[artifact.platform]);
    case 'kibana-settings':
    case 'output-yaml':
      return ui.output.titles[artifact.kind]();
  }
}

/** One artifact: its title, what to do with it, Copy, Download, and the text itself. */
export function ArtifactView({ artifact }: { artifact: Artifact }) {
  const id = useId();
  const [status, setStatus] = useState<{ for: string; text: string } | null>(null);
  // Shown and downloaded: the file form. Copied: the paste form, one block for a terminal.
  const text = renderArtifact(artifact, describeNote, { form: 'file' });
  const fileName = artifactFileName(artifact);
  // A status message belongs to the text it was about; a new text clears it.
  const shownStatus = status?.for === text ? status.text : '';
  return (
    <section className="artifact" aria-labelledby={`${id}-title`}>
      <h3 className="artifact-title" id={`${id}-title`}>
        {titleOf(artifact)}
      </h3>
      <p className="artifact-intro">{ui.output.intros[artifact.kind]}</p>
      <div className="artifact-toolbar">
        <div className="artifact-actions">
          <button
            type="button"
            className="button button-small"
            onClick={() => {
              void copyText(renderArtifact(artifact, describeNote, { form: 'paste' })).then((ok) => setStatus({ for: text, text: ok ? ui.output.copied : ui.output.copyFailed }));
            }}
          >
            {ui.output.copy}
          </button>
          <button
            type="button"
            className="button button-small"
            aria-describedby={`${id}-file`}
            onClick={() => downloadText(fileName, text)}
          >
            {ui.output.download}
          </button>
        </div>
        <p className="artifact-file" id={`${id}-file`}>
          {ui.output.downloadAs(fileName)}
        </p>
        <p className="artifact-status" role="status">
          {shownStatus}
        </p>
      </div>
      <pre className="code" tabIndex={0}>
        <code>{text}</code>
      </pre>
    </section>
  );
}
