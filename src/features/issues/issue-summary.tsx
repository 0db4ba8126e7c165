import type { PlanIssue } from '../../domain/plan/plan-issue';
import type { Plan } from '../../domain/plan/schema';
import { ui } from '../../i18n/en-ui';
import { describeIssue } from '../../i18n/words';
import { fieldNameOf } from '../plan-form/field-name';
import { fieldLabel } from '../wizard/field-labels';
import { stepOfPath } from '../wizard/steps';

interface IssueSummaryProps {
  plan: Plan;
  issues: readonly PlanIssue[];
  onSelect: (issue: PlanIssue) => void;
}

/** "N things to fix": every issue of the plan, each a link to its field. */
export function IssueSummary({ plan, issues, onSelect }: IssueSummaryProps) {
  if (issues.length === 0) {
    return (
      <section className="summary summary-ready" aria-labelledby="summary-title">
        <h2 className="summary-title" id="summary-title">
          {ui.summary.ready}
        </h2>
      </section>
    );
  }
  return (
    <section className="summary" aria-labelledby="summary-title">
      <h2 className="summary-title" id="summary-title">
        {ui.summary.title(issues.length)}
      </h2>
      <ul className="summary-list">
        {issues.map((issue, i) => (
          <li key={i}>
            <button type="button" className="summary-item" onClick={() => onSelect(issue)}>
              <span className="summary-where">{ui.summary.item(ui.wizard.steps[stepOfPath(issue.path)], fieldLabel(fieldNameOf(issue.path, plan)))}</span>
              <span className="summary-what">{describeIssue(issue)}</span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
