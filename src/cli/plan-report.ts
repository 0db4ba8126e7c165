import type { Finding } from '../domain/checks/finding';
import { runPlanChecks } from '../domain/checks/plan/run-plan-checks';
import { validatePlan } from '../domain/questions/validate';
import type { Plan } from '../domain/plan/schema';
import { buildTopology } from '../domain/topology/build-topology';
import { describeNote } from '#words/artifact-notes';
import { watchForLine } from '#words/runbook';
import { describeIssue } from '../i18n/words';
import type { Io } from './io';
import { cliWords } from '#words/cli';

/** Writes the plan's problems to stderr; true when there are none. */
export function reportIssues(plan: Plan, io: Io): boolean {
  const issues = validatePlan(plan);
  if (issues.length === 0) return true;
  io.err(`${cliWords.plan.notReady(issues.length)}\n`);
  for (const i of issues) io.err(`  ${i.path.join('.')}: ${describeIssue(i)}\n`);
  return false;
}

/** What the plan's own rules notice ("what to watch for"), as the page shows them. */
export function planFindings(plan: Plan): Finding[] {
  return runPlanChecks(plan, buildTopology(plan));
}

export function writeWatchFor(findings: readonly Finding[], io: Io): void {
  if (findings.length === 0) return;
  io.out(`\n${describeNote({ code: 'watch-for' })}\n`);
  for (const f of findings) io.out(`  - ${watchForLine(f)}\n`);
}
