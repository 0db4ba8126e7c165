import type { Finding } from '../checks/finding';
import { runLegChecks } from '../checks/leg/run-leg-checks';
import type { Plan } from '../plan/schema';
import { buildTopology } from '../topology/build-topology';
import type { LegId } from '../topology/leg';
import { autoAssign } from '../inspect/auto-assign';
import { gatherLegEvidence } from '../inspect/leg-evidence';
import type { Assignments, InspectRole, ShelfFile } from '../inspect/shelf';

/**
 * A connection's verdict: `fail` when something will break, `warn` when something is
 * weak or about to expire, `incomplete` while files are missing or not opened yet,
 * `not-checked` where nothing is the user's to check (a public CA, or verification off in
 * the lab).
 */
export type LegVerdict = 'pass' | 'warn' | 'fail' | 'incomplete' | 'not-checked';

export interface LegReport {
  readonly id: LegId;
  readonly verdict: LegVerdict;
  readonly findings: readonly Finding[];
}

export interface Evaluation {
  /** The assignments in effect: evidence-based ones, overridden by the user's choices. */
  readonly assignments: Assignments;
  readonly legs: readonly LegReport[];
}

/** The user's choices: a file id, or null for "none of these files". */
export type AssignmentOverrides = Partial<Record<InspectRole, string | null>>;

export function effectiveAssignments(auto: Assignments, overrides: AssignmentOverrides): Assignments {
  const out: Assignments = { ...auto };
  for (const [role, id] of Object.entries(overrides) as [InspectRole, string | null][]) {
    if (id === null) delete out[role];
    else out[role] = id;
  }
  return out;
}

function verdictOf(findings: readonly Finding[], checkable: boolean): LegVerdict {
  if (!checkable) return 'not-checked';
  if (findings.some((f) => f.severity === 'error')) return 'fail';
  // A file not there yet, or not opened here yet (a password, a cipher browsers lack): the verdict waits.
  if (findings.some((f) => f.code === 'file-missing' || f.code === 'file-not-opened')) return 'incomplete';
  if (findings.some((f) => f.severity === 'warning')) return 'warn';
  return 'pass';
}

/** Plan + files → a verdict for every connection, with what is wrong and how to fix it. */
export async function evaluate(plan: Plan, files: readonly ShelfFile[], overrides: AssignmentOverrides, now: Date): Promise<Evaluation> {
  const topology = buildTopology(plan);
  const assignments = effectiveAssignments(autoAssign(plan, files, topology, overrides), overrides);
  const evidence = await gatherLegEvidence(topology.legs, files, assignments, now);
  const legs = evidence.map((e) => {
    const findings = runLegChecks(e, { plan, now });
    const checkable = e.leg.trust.kind === 'ca' || e.leg.trust.kind === 'fingerprint' || e.leg.mutual !== null;
    return { id: e.leg.id, verdict: verdictOf(findings, checkable), findings };
  });
  return { assignments, legs };
}
