import type { PlanIssue, PlanIssueCode } from '../../domain/plan/plan-issue';

/** What a form error's message carries: the issue's code and parameters, never words. */
export type EncodedIssue = Pick<PlanIssue, 'code' | 'params'>;

export function encodeIssue(issue: EncodedIssue): string {
  return JSON.stringify(issue.params ? { code: issue.code, params: issue.params } : { code: issue.code });
}

/** The issue a form error message holds, or null for a message this app did not write. */
export function decodeIssue(message: unknown): EncodedIssue | null {
  if (typeof message !== 'string') return null;
  let value: unknown;
  try {
    value = JSON.parse(message);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null || typeof (value as { code?: unknown }).code !== 'string') return null;
  const { code, params } = value as { code: PlanIssueCode; params?: unknown };
  return typeof params === 'object' && params !== null ? { code, params: params as EncodedIssue['params'] } : { code };
}
