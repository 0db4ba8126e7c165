import type { Finding, Severity } from '../../domain/checks/finding';
import type { LegReport, LegVerdict } from '../../domain/verdict/evaluate';

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** A connection's findings, errors first, then warnings, then what is still to do; stable within each. */
export function errorsFirst<F extends Finding>(findings: readonly F[]): F[] {
  return findings
    .map((f, i) => ({ f, i }))
    .sort((a, b) => RANK[a.f.severity] - RANK[b.f.severity] || a.i - b.i)
    .map(({ f }) => f);
}

const VERDICT_ORDER: readonly LegVerdict[] = ['fail', 'warn', 'incomplete', 'pass', 'not-checked'];

/** How many connections have each verdict, worst first, leaving out the verdicts nobody has. */
export function verdictTally(legs: readonly LegReport[]): { verdict: LegVerdict; count: number }[] {
  return VERDICT_ORDER.map((verdict) => ({ verdict, count: legs.filter((l) => l.verdict === verdict).length })).filter((t) => t.count > 0);
}
