import type { PlanIssue } from '../domain/plan/plan-issue';
import { PLAN_ISSUE_MESSAGES } from '#words/domain';

/**
 * Turns the plan's issues into English words (the only language so far). Findings are in
 * ./en-findings.ts and artifact notes in ./en-artifact-notes.ts, which load later.
 */
export function describeIssue(issue: Pick<PlanIssue, 'code' | 'params'>): string {
  return PLAN_ISSUE_MESSAGES[issue.code](issue.params ?? {});
}
