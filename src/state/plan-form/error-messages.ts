import { describeIssue } from '../../i18n/words';
import { decodeIssue } from './issue-message';

/** The words for a field's error (one leaf error, possibly holding several issues). */
export function errorMessages(error: unknown): string[] {
  if (typeof error !== 'object' || error === null) return [];
  const { message, types } = error as { message?: unknown; types?: unknown };
  const encoded = typeof types === 'object' && types !== null && Object.keys(types).length > 0 ? Object.values(types) : [message];
  return encoded.flatMap((m) => {
    const issue = decodeIssue(m);
    if (issue) return [describeSafely(issue)];
    return typeof m === 'string' && m !== '' ? [m] : [];
  });
}

/** A code this release does not know (say, from a newer plan) still shows something. */
function describeSafely(issue: NonNullable<ReturnType<typeof decodeIssue>>): string {
  try {
    return describeIssue(issue);
  } catch {
    return issue.code;
  }
}
