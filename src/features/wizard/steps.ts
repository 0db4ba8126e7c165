import type { FieldPath } from 'react-hook-form';
import type { Plan } from '../../domain/plan/schema';

export const STEPS = ['model', 'hosts', 'certs'] as const;
export type StepId = (typeof STEPS)[number];

/**
 * The form fields each step owns, as react-hook-form names (a parent name validates
 * everything under it). "Next" validates exactly these; stepOfPath agrees with them.
 */
export const STEP_FIELDS = {
  model: ['model', 'tls', 'clientAuth', 'mutualFleetServerEs', 'mutualOutput', 'proxy.frontsElasticsearch'],
  hosts: ['title', 'fleetServer', 'elasticsearch', 'output', 'proxy.fleetUrl', 'proxy.esUrl', 'agentVersion', 'kibanaVersion', 'agents', 'defend', 'secrets'],
  certs: ['certs'],
} as const satisfies Record<StepId, readonly FieldPath<Plan>[]>;

/** The step that shows the field at this plan path (an issue's path or a field name). */
export function stepOfPath(path: readonly (string | number)[] | string): StepId {
  const name = typeof path === 'string' ? path : path.map(String).join('.');
  const owns = (field: string) => name === field || name.startsWith(`${field}.`);
  return STEPS.find((step) => STEP_FIELDS[step].some(owns)) ?? 'hosts';
}

export function stepIndex(step: StepId): number {
  return STEPS.indexOf(step);
}
