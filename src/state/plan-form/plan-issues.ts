import type { Plan } from '../../domain/plan/schema';
import { validatePlan } from '../../domain/questions/validate';
import type { PlanIssue } from '../../domain/plan/plan-issue';

/**
 * Every reason the answers are not ready. The form's controls only produce values of the
 * plan's shape (choices, text, a number input whose empty value is NaN, which the rules
 * report as port-invalid), so no schema runs here: zod stays out of the first load and
 * parses only files (ADR 3). The resolver and the "things to fix" summary read this list.
 */
export function planIssues(values: Plan): PlanIssue[] {
  try {
    return validatePlan(values);
  } catch {
    // A value of an unexpected type (never produced by the controls) must not break the page.
    return [{ path: [], code: 'required' }];
  }
}
