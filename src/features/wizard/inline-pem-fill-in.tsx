import { useMemo } from 'react';
import type { Plan } from '../../domain/plan/schema';
import { shelfUi } from '#words/ui-certificates';
import { planFillIns } from '../../domain/inspect/plan-fill-ins';
import { FillIn } from '../../components/fill-in';
import { fillInText } from '../../i18n/fill-in-text';
import { useApplyFillIn } from '../../state/plan-form/apply-fill-in';
import { shelfFiles } from '../../state/shelf/shelf-store';
import { useShelf } from '../../state/shelf/use-shelf';

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
  return <FillIn text={fillInText(fill)} action={shelfUi.fillIns.fill} onFill={() => apply(fill)} />;
}
