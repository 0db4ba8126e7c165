import type { Finding } from '../domain/checks/finding';
import type { PlanIssue } from '../domain/plan/plan-issue';
import { FINDING_MESSAGES, PLAN_ISSUE_MESSAGES } from './en-domain';

/**
 * Turns the domain's codes into English words (the only language so far). Artifact
 * notes are in ./en-artifact-notes.ts, which loads with the output panel.
 */
export function describeIssue(issue: Pick<PlanIssue, 'code' | 'params'>): string {
  return PLAN_ISSUE_MESSAGES[issue.code](issue.params ?? {});
}

export function describeFinding(finding: Pick<Finding, 'code' | 'params'>): string {
  return FINDING_MESSAGES[finding.code](finding.params ?? {});
}
