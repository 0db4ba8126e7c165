import { assignableRoles } from '../domain/inspect/assignable-roles';
import type { Plan } from '../domain/plan/schema';
import { validatePlan } from '../domain/questions/validate';
import { describeFinding } from '#words/findings';
import { describeIssue } from '../i18n/words';
import { parseCheckArgs, type CheckOptions } from './check-args';
import { CHECK_SCHEMA_VERSION, EXIT_CODE, EXIT_USAGE, statusOf, wireParams, type CheckReport, type CheckStatus, type PlanIssueReport } from './check-report';
import { writeCheckText } from './check-text';
import { judgePlan, withReportNames } from './connections';
import { fileReport, hasFileProblems } from './file-report';
import type { Io } from './io';
import { resolvePasswords } from './passwords';
import { planFindings, reportIssues, writeWatchFor } from './plan-report';
import { readCheckedFiles } from './read-files';
import { readPlan } from './read-plan';
import { standaloneChains } from './standalone-chains';
import { VERSION } from './version';
import { cliWords } from '#words/cli';

/** The parts of a report that every run has, whatever it judged. */
function reportOf(status: CheckStatus, at: Date, rest: Omit<CheckReport, 'schemaVersion' | 'tool' | 'status' | 'ok' | 'exitCode' | 'judgedAt'>): CheckReport {
  const exitCode = EXIT_CODE[status];
  return {
    schemaVersion: CHECK_SCHEMA_VERSION,
    tool: { name: 'fleet-tls', version: VERSION },
    status,
    ok: exitCode === 0,
    exitCode,
    judgedAt: at.toISOString(),
    ...rest,
  };
}

/** A role given with --as that no connection of this plan uses: a usage error, not a silent no-op. */
function unusedPins(plan: Plan, options: CheckOptions): string | null {
  const roles = assignableRoles(plan);
  const unused = [...options.pinned.keys()].filter((r) => !roles.includes(r));
  if (unused.length === 0) return null;
  return cliWords.args.unusedRoles(unused, roles.join(', '));
}

/** `fleet-tls check [--plan PLAN.json] [--as ROLE=FILE]... [--password-file ROLE_OR_FILE=PATH]... [--at TIME] [--json] FILE...` */
export async function check(args: readonly string[], io: Io, usage: string): Promise<number> {
  const parsed = parseCheckArgs(args);
  if (!parsed.ok) {
    io.err(`${parsed.message}\n${parsed.withUsage ? `${usage}\n` : ''}`);
    return EXIT_USAGE;
  }
  const options = parsed.options;
  const plan = options.planFile === null ? null : readPlan(options.planFile, io);
  if (options.planFile !== null && !plan) return EXIT_USAGE;
  const unused = plan && unusedPins(plan, options);
  if (unused) {
    io.err(`${unused}\n`);
    return EXIT_USAGE;
  }
  const passwords = resolvePasswords(options, io);
  if (!passwords.ok) {
    io.err(`${passwords.message}\n`);
    return EXIT_USAGE;
  }
  const at = options.at ?? io.now();

  // A plan with problems is judged by nobody: its legs may not be the admin's (a URL that
  // cannot be parsed would even switch the host name check off).
  const planIssues = plan ? validatePlan(plan) : [];
  if (plan && planIssues.length > 0) {
    if (!options.json) {
      reportIssues(plan, io);
      return EXIT_CODE['plan-invalid'];
    }
    const issues: PlanIssueReport[] = planIssues.map((i) => ({
      path: i.path.join('.'),
      code: i.code,
      params: { ...(i.params ?? {}) },
      message: describeIssue(i),
    }));
    const report = reportOf('plan-invalid', at, {
      plan: { path: options.planFile ?? '', issues },
      files: [],
      assignments: null,
      connections: null,
      watchFor: null,
      chains: null,
    });
    io.out(`${JSON.stringify(report, null, 2)}\n`);
    return report.exitCode;
  }

  const checked = await readCheckedFiles(options.paths, passwords.of, io);
  const shelf = checked.flatMap((c) => (c.shelf ? [c.shelf] : []));
  let report: CheckReport;
  if (plan) {
    const { evaluation, connections } = await judgePlan(plan, shelf, options.pinned, at);
    const assignments: Record<string, string> = { ...evaluation.assignments };
    const files = checked.map((c) =>
      fileReport(
        c,
        Object.keys(assignments).filter((role) => assignments[role] === c.path),
      ),
    );
    const watchFor = planFindings(plan).map((f) => {
      const named = withReportNames(f);
      return { code: f.code, severity: f.severity, connection: f.leg, params: wireParams(named.params), message: describeFinding(named) };
    });
    const status = statusOf(
      connections.map((c) => c.verdict),
      hasFileProblems(files),
    );
    report = reportOf(status, at, { plan: { path: options.planFile ?? '', issues: [] }, files, assignments, connections, watchFor, chains: null });
  } else {
    const chains = await standaloneChains(shelf, at);
    const files = checked.map((c) => fileReport(c, []));
    const status = statusOf(
      chains.map((c) => c.verdict),
      hasFileProblems(files),
    );
    report = reportOf(status, at, { plan: null, files, assignments: null, connections: null, watchFor: null, chains });
  }

  if (options.json) io.out(`${JSON.stringify(report, null, 2)}\n`);
  else writeCheckText(report, io, () => plan && writeWatchFor(planFindings(plan), io));
  return report.exitCode;
}
