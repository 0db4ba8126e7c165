import type { Plan } from '../../plan/schema';
import type { Topology } from '../../topology/build-topology';
import type { Finding } from '../finding';

/** A rule over the answers and their legs: zero or more findings. */
export type PlanCheck = (plan: Plan, topology: Topology) => Finding[];
