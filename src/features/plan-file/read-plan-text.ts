import { openPlan } from '../../domain/plan/open-plan';
import type { Plan } from '../../domain/plan/schema';
import { openPlanNotices } from '#words/ui-plan-file';
import { openPlanMessage } from './open-plan-message';

/**
 * A plan file's text opened, with what was left out of it in words, or why not in words
 * naming the file. Imported on first use (it brings zod and the words of its errors),
 * never with the page (ADR 3).
 */
export function readPlanText(text: string, fileName: string): { ok: true; plan: Plan; notes: string[] } | { ok: false; message: string } {
  const result = openPlan(text);
  if (!result.ok) return { ok: false, message: openPlanMessage(fileName, result.error) };
  return { ok: true, plan: result.plan, notes: result.notices.map((n) => openPlanNotices[n]) };
}
