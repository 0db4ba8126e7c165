import type { Plan } from '../../plan/schema';
import type { LegEvidence } from '../../inspect/leg-evidence';
import type { Finding } from '../finding';

export interface LegCheckContext {
  readonly plan: Plan;
  readonly now: Date;
}

/** A rule over one leg's evidence: zero or more findings. */
export type LegCheck = (evidence: LegEvidence, ctx: LegCheckContext) => Finding[];

/** Both sides of a leg that have something presented, with the side's name for messages. */
export function presentingSides(e: LegEvidence) {
  return [
    { name: 'server' as const, side: e.server },
    ...(e.client ? [{ name: 'client' as const, side: e.client }] : []),
  ].filter((s) => s.side.presented !== null);
}
