import { useSyncExternalStore } from 'react';
import type { CodedIssue } from '../../domain/plan/plan-issue';

/** Words for a plan issue (src/i18n/words.ts describeIssue). */
export type DescribeIssue = (issue: CodedIssue) => string;

let loaded: DescribeIssue | null = null;
const listeners = new Set<() => void>();

function settle(describe: DescribeIssue): void {
  loaded = describe;
  for (const listener of listeners) listener();
}

// The plan issues' words are not in the first load (ADR 3): they are asked for as soon
// as this script runs, beside the first render, and a field shows an error only once it
// has been answered or checked. A chunk that fails to load leaves the codes.
void import('../../i18n/words').then(
  (words) => settle(words.describeIssue),
  () => settle((issue) => issue.code),
);

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => void listeners.delete(listener);
}

/** The issues' words once loaded; null before (a field's errors re-render when they arrive). */
export function useIssueWords(): DescribeIssue | null {
  return useSyncExternalStore(subscribe, () => loaded);
}
