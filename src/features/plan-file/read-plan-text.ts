import { openPlan } from '../../domain/plan/open-plan';
import type { Plan } from '../../domain/plan/schema';
import { openPlanMessage } from './open-plan-message';

/**
 * A plan file's text opened, or why not in words naming the file. Imported on first use
 * (it brings zod and the words of its errors), never with the page (ADR 3).
 */
export function readPlanText(text: string, fileName: string): { ok: true; plan: Plan } | { ok: false; message: string } {
  const result = openPlan(text);
  return result.ok ? { ok: true, plan: result.plan } : { ok: false, message: openPlanMessage(fileName, result.error) };
}
