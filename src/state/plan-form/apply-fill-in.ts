import { useFormContext } from 'react-hook-form';
import type { FillIn } from '../../domain/inspect/plan-fill-ins';
import type { Plan } from '../../domain/plan/schema';

/** Puts a fill-in into the plan, as if typed: validated, and the output follows. */
export function useApplyFillIn(): (fill: FillIn) => void {
  const { setValue } = useFormContext<Plan>();
  const options = { shouldDirty: true, shouldValidate: true, shouldTouch: true } as const;
  return (fill) => {
    if (fill.kind === 'fingerprint') setValue('elasticsearch.fingerprint', fill.value, options);
    else setValue(`certs.${fill.which}.pem`, fill.pem, options);
  };
}
