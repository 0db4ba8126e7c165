import type { DescribeIssue } from './issue-words';
import { decodeIssue } from './issue-message';

/**
 * The words for a field's error (one leaf error, possibly holding several issues). Before
 * the issues' words have loaded (`describe` null), each issue is an empty message: the
 * field is invalid at once, and its words follow.
 */
export function errorMessages(error: unknown, describe: DescribeIssue | null): string[] {
  if (typeof error !== 'object' || error === null) return [];
  const { message, types } = error as { message?: unknown; types?: unknown };
  const encoded = typeof types === 'object' && types !== null && Object.keys(types).length > 0 ? Object.values(types) : [message];
  return encoded.flatMap((m) => {
    const issue = decodeIssue(m);
    if (issue) return [describe ? describeSafely(describe, issue) : ''];
    return typeof m === 'string' && m !== '' ? [m] : [];
  });
}

/** A code this release does not know (say, from a newer plan) still shows something. */
function describeSafely(describe: DescribeIssue, issue: NonNullable<ReturnType<typeof decodeIssue>>): string {
  try {
    return describe(issue);
  } catch {
    return issue.code;
  }
}
