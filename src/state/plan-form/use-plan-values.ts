import { useWatch } from 'react-hook-form';
import type { Plan } from '../../domain/plan/schema';

/**
 * The answers as they stand, re-read on every change. The form starts from a complete
 * plan and never unregisters a field, so the watched value is always a whole Plan.
 */
export function usePlanValues(): Plan {
  return useWatch<Plan>() as Plan;
}
