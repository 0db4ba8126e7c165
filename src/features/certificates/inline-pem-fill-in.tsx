import { useMemo } from 'react';
import type { Plan } from '../../domain/plan/schema';
import { shelfUi } from '#words/ui-certificates';
import { planFillIns } from '../../domain/inspect/plan-fill-ins';
import { fillInText, useApplyFillIn } from './plan-fill-ins-list';
import { shelfFiles } from '../../state/shelf/shelf-store';
import { useShelf } from '../../state/shelf/use-shelf';
import './verdicts.css';

/** Beside an empty inline PEM field: fill it from the file assigned to that role. */
export function InlinePemFillIn({ plan, which }: { plan: Plan; which: 'outputCa' | 'outputCert' }) {
  const state = useShelf();
  const apply = useApplyFillIn();
  const assignments = state.evaluation?.result.assignments;
  const fill = useMemo(
    () => (assignments ? planFillIns(plan, assignments, shelfFiles(state)).find((f) => f.kind === 'inline-pem' && f.which === which) : undefined),
    [plan, assignments, state, which],
  );
  if (!fill) return null;
  return (
    <p className="fill-in">
      <span>{fillInText(fill)}</span>
      <button type="button" className="button button-small" aria-label={fillInText(fill)} onClick={() => apply(fill)}>
        {shelfUi.fillIns.fill}
      </button>
    </p>
  );
}
