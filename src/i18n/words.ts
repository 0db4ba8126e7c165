import type { CodedIssue } from '../domain/plan/plan-issue';
import { PLAN_ISSUE_MESSAGES } from '#words/domain';
import { say } from './contract';

/**
 * Turns the plan's issues into English words (the only language so far). Findings are in
 * #words/findings and artifact notes in #words/artifact-notes, which load later.
 */
export function describeIssue(issue: CodedIssue): string {
  return say(PLAN_ISSUE_MESSAGES, issue);
}
