import type { PlanIssue } from '../../domain/plan/plan-issue';
import type { Plan } from '../../domain/plan/schema';
import { buildTopology, rolesInUse } from '../../domain/topology/build-topology';
import { ui } from '#words/ui';
import { stepsUi } from '#words/ui-steps';
import { describeIssue } from '../../i18n/words';
import { useJudgedVerdicts } from '../../state/shelf/verdict-feed';
import { fieldNameOf } from '../../state/plan-form/field-name';
import { fieldLabel } from '../../i18n/field-labels';
import { stepOfPath } from '../../domain/questions/questions';
import { readiness } from './readiness';
import './issues.css';

interface IssueSummaryProps {
  plan: Plan;
  issues: readonly PlanIssue[];
  onSelect: (issue: PlanIssue) => void;
  /** Opens the certificate panel, where the verdicts are. */
  onShowCertificates: () => void;
}

/**
 * How ready the plan is: every issue of the answers, each a link to its field; then, with
 * the answers complete, what the certificate verdicts say. "Ready" only when both agree.
 */
export default function IssueSummary({ plan, issues, onSelect, onShowCertificates }: IssueSummaryProps) {
  const judged = useJudgedVerdicts(plan.model);
  const needsFiles = rolesInUse(buildTopology(plan)).length > 0;
  const state = readiness(issues.length, judged?.verdicts ?? null, needsFiles);
  const words = stepsUi.summary;
  if (state.kind !== 'issues') {
    const done = state.kind === 'ready' || state.kind === 'ready-no-files';
    const tone = done ? 'summary-ready' : state.kind === 'failing' ? '' : 'summary-pending';
    return (
      <section className={`summary ${tone}`} aria-labelledby="summary-title">
        <h2 className="summary-title" id="summary-title">
          {words.state[state.kind](state.kind === 'failing' || state.kind === 'incomplete' ? state.count : 0)}
        </h2>
        {done ? null : (
          <button type="button" className="link-button" onClick={onShowCertificates}>
            {words.showCertificates}
          </button>
        )}
      </section>
    );
  }
  return (
    <section className="summary" aria-labelledby="summary-title">
      <h2 className="summary-title" id="summary-title">
        {words.title(issues.length)}
      </h2>
      <ul className="summary-list">
        {issues.map((issue, i) => (
          <li key={i}>
            <button type="button" className="summary-item" onClick={() => onSelect(issue)}>
              <span className="summary-where">{words.item(ui.wizard.steps[stepOfPath(issue.path)], fieldLabel(fieldNameOf(issue.path, plan)))}</span>
              <span className="summary-what">{describeIssue(issue)}</span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
