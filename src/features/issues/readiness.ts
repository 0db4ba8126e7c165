import type { LegVerdicts } from '../../state/shelf/verdict-feed';

/**
 * How ready the plan is, counting the certificate verdicts as well as the answers: a plan
 * whose connections fail with the admin's own files is not ready, whatever the answers.
 */
export type Readiness =
  /** Answers to fix first. */
  | { readonly kind: 'issues'; readonly count: number }
  /** Answers complete, and this many connections fail with the files given. */
  | { readonly kind: 'failing'; readonly count: number }
  /** Answers complete; files were given but some connections still miss one. */
  | { readonly kind: 'incomplete'; readonly count: number }
  /** Answers complete; the certificate files that decide the connections were not checked. */
  | { readonly kind: 'unchecked' }
  | { readonly kind: 'ready' }
  /** Answers complete, and no certificate of the admin's is involved (Elastic Cloud). */
  | { readonly kind: 'ready-no-files' };

/**
 * `verdicts` is null before any file was judged; `needsFiles` says whether the plan has
 * certificates of the admin's at all (Fleet Server on Elastic Cloud has none).
 */
export function readiness(issueCount: number, verdicts: LegVerdicts | null, needsFiles: boolean): Readiness {
  if (issueCount > 0) return { kind: 'issues', count: issueCount };
  if (!needsFiles) return { kind: 'ready-no-files' };
  if (verdicts === null) return { kind: 'unchecked' };
  const all = Object.values(verdicts);
  const failing = all.filter((v) => v === 'fail').length;
  if (failing > 0) return { kind: 'failing', count: failing };
  const incomplete = all.filter((v) => v === 'incomplete').length;
  if (incomplete > 0) return { kind: 'incomplete', count: incomplete };
  return { kind: 'ready' };
}
