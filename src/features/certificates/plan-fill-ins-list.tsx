import { useId } from 'react';
import { useFormContext } from 'react-hook-form';
import type { Assignments, ShelfFile } from '../../domain/inspect/shelf';
import type { Plan } from '../../domain/plan/schema';
import { shelfUi } from '../../i18n/en-ui-certificates';
import { planFillIns, type FillIn } from '../../domain/inspect/plan-fill-ins';

const words = shelfUi.fillIns;

export function fillInText(fill: FillIn): string {
  return fill.kind === 'fingerprint' ? words.fingerprint(fill.file) : words[fill.which](fill.file);
}

/** Puts a fill-in into the plan, as if typed: validated, and the output follows. */
export function useApplyFillIn(): (fill: FillIn) => void {
  const { setValue } = useFormContext<Plan>();
  const options = { shouldDirty: true, shouldValidate: true, shouldTouch: true } as const;
  return (fill) => {
    if (fill.kind === 'fingerprint') setValue('elasticsearch.fingerprint', fill.value, options);
    else setValue(`certs.${fill.which}.pem`, fill.pem, options);
  };
}

interface PlanFillInsListProps {
  plan: Plan;
  assignments: Assignments;
  files: readonly ShelfFile[];
}

/** What the assigned files can fill in of the plan, each one click away. */
export function PlanFillInsList({ plan, assignments, files }: PlanFillInsListProps) {
  const id = useId();
  const apply = useApplyFillIn();
  const fills = planFillIns(plan, assignments, files);
  if (fills.length === 0) return null;
  return (
    <section className="fill-ins" aria-labelledby={`${id}-title`}>
      <h3 className="shelf-section-title" id={`${id}-title`}>
        {words.title}
      </h3>
      <ul className="fill-in-list">
        {fills.map((fill) => (
          <li key={fill.kind === 'fingerprint' ? fill.kind : fill.which} className="fill-in">
            <span>{fillInText(fill)}</span>
            <button type="button" className="button button-small" aria-label={fillInText(fill)} onClick={() => apply(fill)}>
              {words.fill}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
