import { useForm } from 'react-hook-form';
import { defaultPlan } from '../../domain/plan/defaults';
import type { Plan } from '../../domain/plan/schema';
import { planResolver } from './plan-resolver';

/**
 * The form holding the answers. Fields hidden by a choice keep their values
 * (shouldUnregister: false), so switching back never loses what was typed.
 */
export function usePlanForm() {
  return useForm<Plan>({
    defaultValues: defaultPlan(),
    resolver: planResolver,
    mode: 'onTouched',
    reValidateMode: 'onChange',
    shouldUnregister: false,
    shouldFocusError: false,
  });
}
