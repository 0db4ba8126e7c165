import type { Finding } from '../../domain/checks/finding';
import { describeFinding } from '#words/findings';
import { outputUi } from '#words/ui-output';

const words = outputUi.watchFor;

function Items({ findings }: { findings: readonly Finding[] }) {
  return (
    <ul className="watch-for-list">
      {findings.map((f, i) => (
        <li key={i} className={`finding finding-${f.severity}`}>
          <span className="finding-severity">{words.severity[f.severity]}:</span> {describeFinding(f)}
        </li>
      ))}
    </ul>
  );
}

/**
 * The plan's own findings, what the runbook cannot do for the admin: errors and warnings
 * in view, the notes one click away, so that the steps stay near the top.
 */
export function WatchFor({ findings }: { findings: readonly Finding[] }) {
  if (findings.length === 0) return null;
  const serious = findings.filter((f) => f.severity !== 'info');
  const notes = findings.filter((f) => f.severity === 'info');
  return (
    <section className="watch-for" aria-labelledby="watch-for-title">
      <h3 className="watch-for-title" id="watch-for-title">
        {words.title(findings.length)}
      </h3>
      {serious.length > 0 ? <Items findings={serious} /> : null}
      {notes.length > 0 ? (
        <details className="watch-for-notes">
          <summary>{words.notes(notes.length)}</summary>
          <Items findings={notes} />
        </details>
      ) : null}
    </section>
  );
}
