import type { FileProblem } from './types';
import type { WorkRefusal } from './work-budget';

/** The file problem for a key derivation the file's budget refused. */
export function workProblem({ limit, needed, allowed }: WorkRefusal, where: Record<string, string | number> = {}): FileProblem {
  return { code: 'work-limit-exceeded', params: { ...where, limit, needed, allowed } };
}
