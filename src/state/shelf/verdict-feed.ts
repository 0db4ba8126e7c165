import { useSyncExternalStore } from 'react';
import type { DeploymentModel } from '../../domain/catalog/models';
import type { LegVerdict } from '../../domain/verdict/evaluate';
import type { LegId } from '../../domain/topology/leg';

export type LegVerdicts = Partial<Record<LegId, LegVerdict>>;

export interface JudgedVerdicts {
  /** The model of the plan judged: diagrams of the other models stay uncoloured. */
  readonly model: DeploymentModel;
  readonly verdicts: LegVerdicts;
  /** The connections' names, as the worker gave them. */
  readonly names: Partial<Record<LegId, string>>;
}

/**
 * The latest verdicts, for the diagrams. Kept apart from the shelf so that step 1 can
 * colour its diagram without loading the shelf (which comes after the first screen).
 */
let current: JudgedVerdicts | null = null;
const listeners = new Set<() => void>();

export function publishVerdicts(next: JudgedVerdicts | null): void {
  if (next === current) return;
  current = next;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => void listeners.delete(listener);
}

const read = () => current;

/** The verdicts, when the plan judged is of `model`; null before any file, or for another model. */
export function useJudgedVerdicts(model: DeploymentModel): JudgedVerdicts | null {
  const judged = useSyncExternalStore(subscribe, read);
  return judged?.model === model ? judged : null;
}

/** Whether any connection has been judged (the legend then explains the colours). */
export function useAnyVerdicts(): boolean {
  return useSyncExternalStore(subscribe, read) !== null;
}
