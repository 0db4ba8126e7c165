import type { HostViewFile } from '../../domain/generate/hosts/host-view';
import { outputUi as words } from '#words/ui-output';

/** The files a host holds, each at its full path; passphrase files say the script writes them. */
export function HostFilesList({ files }: { files: readonly HostViewFile[] }) {
  return (
    <section className="host-files" aria-label={words.hostFiles(files.length)}>
      <h4 className="artifact-title">{words.hostFiles(files.length)}</h4>
      <ul>
        {files.map((f) => (
          <li key={f.path}>
            <code>{f.path}</code>
            {f.written ? <span className="muted"> ({words.hostFileWritten})</span> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
