import type { FieldPath } from 'react-hook-form';
import { STEPS, stepFields, stepOfPath, type StepId } from '../../domain/questions/questions';
import type { Plan } from '../../domain/plan/schema';

export { STEPS, stepOfPath, type StepId };

/**
 * The form fields each step owns, as react-hook-form names: the paths of the step's
 * questions (domain/questions/questions.ts). "Next" validates exactly these.
 */
export const STEP_FIELDS: Record<StepId, readonly FieldPath<Plan>[]> = {
  model: stepFields('model'),
  hosts: stepFields('hosts'),
  certs: stepFields('certs'),
};

export function stepIndex(step: StepId): number {
  return STEPS.indexOf(step);
}
