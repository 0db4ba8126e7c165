import { useEffect, useId } from 'react';
import { conversionArgv } from '../../domain/catalog/conversions';
import { quotePosix } from '../../domain/generate/shell/posix-quote';
import { fileNameFills, type FileNameFill } from '../../domain/inspect/file-names';
import { useFormContext } from 'react-hook-form';
import type { Assignments, ShelfFile } from '../../domain/inspect/shelf';
import type { Plan } from '../../domain/plan/schema';
import { shelfUi } from '#words/ui-certificates';
import { roleLabel } from './role-label';
import { planFillIns } from '../../domain/inspect/plan-fill-ins';
import { FillIn } from '../../components/fill-in';
import { fillInText } from '../../i18n/fill-in-text';
import { useApplyFillIn } from '../../state/plan-form/apply-fill-in';

const words = shelfUi.fillIns;

interface PlanFillInsListProps {
  plan: Plan;
  assignments: Assignments;
  files: readonly ShelfFile[];
}

/**
 * The file names the assigned files give the plan: applied at once where the plan still
 * has the wizard's default name (so the commands name the admin's files), offered where
 * the admin typed one (nothing typed is lost).
 */
function useFileNames(plan: Plan, assignments: Assignments, files: readonly ShelfFile[]): FileNameFill[] {
  const { setValue } = useFormContext<Plan>();
  const fills = fileNameFills(plan, assignments, files);
  const automatic = fills.filter((f) => f.automatic);
  const key = automatic.map((f) => `${f.role}=${f.value}`).join('|');
  useEffect(() => {
    for (const f of automatic) setValue(`certs.files.${f.role}`, f.value, { shouldDirty: true, shouldValidate: true });
    // `key` stands for `automatic`: the same names are never set twice.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, setValue]);
  return fills.filter((f) => !f.automatic);
}

/** What the assigned files can fill in of the plan, each one click away. */
export function PlanFillInsList({ plan, assignments, files }: PlanFillInsListProps) {
  const id = useId();
  const apply = useApplyFillIn();
  const { setValue } = useFormContext<Plan>();
  const fills = planFillIns(plan, assignments, files);
  const names = useFileNames(plan, assignments, files);
  if (fills.length === 0 && names.length === 0) return null;
  return (
    <section className="fill-ins" aria-labelledby={`${id}-title`}>
      <h3 className="shelf-section-title" id={`${id}-title`}>
        {words.title}
      </h3>
      <ul className="fill-in-list">
        {fills.map((fill) => (
          <FillIn key={fill.kind === 'fingerprint' ? fill.kind : fill.which} as="li" text={fillInText(fill)} action={words.fill} onFill={() => apply(fill)} />
        ))}
        {names.map((fill) => (
          <FillIn
            key={fill.role}
            as="li"
            text={words.fileName(roleLabel(fill.role).toLowerCase(), fill.value, fill.from)}
            detail={
              fill.conversion ? (
                <>
                  {' '}
                  {words.convert} <code>{conversionArgv(fill.conversion).map(quotePosix).join(' ')}</code>
                </>
              ) : null
            }
            action={words.fill}
            onFill={() => setValue(`certs.files.${fill.role}`, fill.value, { shouldDirty: true, shouldValidate: true, shouldTouch: true })}
          />
        ))}
      </ul>
    </section>
  );
}
