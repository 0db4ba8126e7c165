import { askedQuestions, planContext, type QuestionPath } from '../../domain/questions/questions';
import type { Plan } from '../../domain/plan/schema';

/**
 * The questions the wizard asks for these answers, from the same table that validation
 * reads (domain/questions/questions.ts): a field is shown exactly when it is checked.
 */
export function asked(plan: Plan): ReadonlySet<QuestionPath> {
  return askedQuestions(planContext(plan));
}
