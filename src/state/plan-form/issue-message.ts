import type { CodedIssue } from '../../domain/plan/plan-issue';

/** What a form error's message carries: the issue's code and parameters, never words. */
export type EncodedIssue = CodedIssue;

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
  const { code, params } = value as { code: string; params?: unknown };
  // The one place a string becomes an issue again: react-hook-form hands back the message
  // encodeIssue wrote, so its code and params belong together; JSON cannot say so to tsc.
  // A code this release does not know is caught where it is worded (error-messages.ts).
  return (typeof params === 'object' && params !== null ? { code, params } : { code }) as EncodedIssue;
}
