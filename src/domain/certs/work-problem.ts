import type { FileProblem, PemPlace } from './types';
import type { WorkRefusal } from './work-budget';

/** The file problem for a key derivation the file's budget refused. */
export function workProblem({ limit, needed, allowed }: WorkRefusal, where?: PemPlace): FileProblem {
  return { code: 'work-limit-exceeded', params: { ...where, limit, needed, allowed } };
}
