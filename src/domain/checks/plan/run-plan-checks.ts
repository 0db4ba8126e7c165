import type { Plan } from '../../plan/schema';
import type { Topology } from '../../topology/build-topology';
import type { Finding } from '../finding';
import { clientAuthOptional } from './client-auth-optional';
import { defendNeedsRsa } from './defend-needs-rsa';
import { fingerprintCaInChain } from './fingerprint-ca-in-chain';
import { fleetEsKeyUnencrypted } from './fleet-es-key-unencrypted';
import { insecureCoversOnlyFleet } from './insecure-covers-only-fleet';
import { labUrlIsHostname } from './lab-url-is-hostname';
import { outputServerTrustsAgentCa } from './output-server-trusts-agent-ca';
import { perHostClientCerts } from './per-host-client-certs';
import type { PlanCheck } from './plan-check';
import { tokenPlaceholder } from './token-placeholder';
import { yamlPathsMixedOs } from './yaml-paths-mixed-os';

/** The registry of plan rules, most important first. */
export const PLAN_CHECKS: readonly PlanCheck[] = [
  insecureCoversOnlyFleet,
  defendNeedsRsa,
  yamlPathsMixedOs,
  labUrlIsHostname,
  fleetEsKeyUnencrypted,
  fingerprintCaInChain,
  outputServerTrustsAgentCa,
  clientAuthOptional,
  perHostClientCerts,
  tokenPlaceholder,
];

export function runPlanChecks(plan: Plan, topology: Topology): Finding[] {
  return PLAN_CHECKS.flatMap((check) => check(plan, topology));
}
