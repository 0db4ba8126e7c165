import type { Finding } from '../domain/checks/finding';
import type { ArtifactNote } from '../domain/generate/artifact-note';
import type { PlanIssue } from '../domain/plan/plan-issue';
import { ARTIFACT_NOTE_MESSAGES, FINDING_MESSAGES, PLAN_ISSUE_MESSAGES } from './en-domain';

/** Turns the domain's codes into English words (the only language so far). */
export function describeNote(note: ArtifactNote): string {
  return ARTIFACT_NOTE_MESSAGES[note.code](note.params ?? {});
}

export function describeIssue(issue: Pick<PlanIssue, 'code' | 'params'>): string {
  return PLAN_ISSUE_MESSAGES[issue.code](issue.params ?? {});
}

export function describeFinding(finding: Pick<Finding, 'code' | 'params'>): string {
  return FINDING_MESSAGES[finding.code](finding.params ?? {});
}
