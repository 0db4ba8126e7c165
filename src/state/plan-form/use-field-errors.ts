import { get, useFormState, type FieldPath } from 'react-hook-form';
import type { Plan } from '../../domain/plan/schema';
import { errorMessages } from './error-messages';
import { useIssueWords } from './issue-words';

/** A field's current errors, in words. Re-renders only when that field's errors (or the words) change. */
export function useFieldErrors(name: FieldPath<Plan>): string[] {
  const { errors } = useFormState<Plan>({ name });
  return errorMessages(get(errors, name), useIssueWords());
}
