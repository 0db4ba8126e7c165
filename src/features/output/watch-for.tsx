import type { Finding } from '../../domain/checks/finding';
import { describeFinding } from '../../i18n/en-findings';
import { outputUi } from '../../i18n/en-ui-output';

const words = outputUi.watchFor;
const ORDER = { error: 0, warning: 1, info: 2 } as const;

/** The plan's own findings: what the runbook cannot do for the admin, most serious first. */
export function WatchFor({ findings }: { findings: readonly Finding[] }) {
  if (findings.length === 0) return null;
  const sorted = [...findings].sort((a, b) => ORDER[a.severity] - ORDER[b.severity]);
  return (
    <details className="watch-for" open>
      <summary>{words.title(findings.length)}</summary>
      <ul className="watch-for-list">
        {sorted.map((f, i) => (
          <li key={i} className={`finding finding-${f.severity}`}>
            <span className="finding-severity">{words.severity[f.severity]}:</span> {describeFinding(f)}
          </li>
        ))}
      </ul>
    </details>
  );
}
