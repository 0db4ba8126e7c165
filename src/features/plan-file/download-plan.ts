import { serializePlan } from '../../domain/plan/open-plan';
import type { Plan } from '../../domain/plan/schema';
import { downloadText } from '../../lib/download';
import { planFileName } from './plan-file-name';

/** Saves the plan as a JSON file. Loaded on the first download, with openPlan's module (ADR 3). */
export function downloadPlan(plan: Plan): void {
  downloadText(planFileName(plan.title), serializePlan(plan), 'application/json');
}
