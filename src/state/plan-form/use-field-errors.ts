import { get, useFormState, type FieldPath } from 'react-hook-form';
import type { Plan } from '../../domain/plan/schema';
import { errorMessages } from './error-messages';

/** A field's current errors, in words. Re-renders only when that field's errors change. */
export function useFieldErrors(name: FieldPath<Plan>): string[] {
  const { errors } = useFormState<Plan>({ name });
  return errorMessages(get(errors, name));
}
