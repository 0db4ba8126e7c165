import { planShape, type Plan } from '../../domain/plan/schema';
import { validatePlan } from '../../domain/plan/validate';
import type { PlanIssue } from '../../domain/plan/plan-issue';

/**
 * Every reason the answers are not ready: the shape first (zod), then the domain's
 * rules. The form's resolver and the "things to fix" summary both read this one list.
 */
export function planIssues(values: Plan): PlanIssue[] {
  const parsed = planShape.safeParse(values);
  const structural: PlanIssue[] = parsed.success
    ? []
    : parsed.error.issues.map((issue) => ({
        path: issue.path.filter((p): p is string | number => typeof p !== 'symbol'),
        // The only shape error the wizard's controls can produce is an empty or
        // non-numeric port (a number input); everything else is a choice.
        code: issue.path.join('.') === 'fleetServer.port' ? 'port-invalid' : 'required',
      }));
  let semantic: PlanIssue[];
  try {
    semantic = validatePlan(parsed.success ? parsed.data : values);
  } catch {
    semantic = [];
  }
  const seen = new Set(structural.map((i) => i.path.join('.')));
  return [...structural, ...semantic.filter((i) => !seen.has(i.path.join('.')))];
}
