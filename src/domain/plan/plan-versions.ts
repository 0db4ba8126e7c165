import type { Versions } from '../catalog/gates';
import { parseVersion } from '../catalog/version';
import type { Plan } from './schema';

/** The releases a plan names, as the version gates read them (null where not x.y.z). */
export function planVersions(plan: Pick<Plan, 'agentVersion' | 'kibanaVersion'>): Versions {
  return { agent: parseVersion(plan.agentVersion), kibana: parseVersion(plan.kibanaVersion) };
}
