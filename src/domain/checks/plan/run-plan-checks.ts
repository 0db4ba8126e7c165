import type { Plan } from '../../plan/schema';
import type { Topology } from '../../topology/build-topology';
import type { Finding } from '../finding';
import { clientAuthOptional } from './client-auth-optional';
import { defendEncryptedOutputKey } from './defend-encrypted-output-key';
import { defendNeedsRsa } from './defend-needs-rsa';
import { esClientAuth } from './es-client-auth';
import { fingerprintCaInChain } from './fingerprint-ca-in-chain';
import { fleetEsKeyUnencrypted } from './fleet-es-key-unencrypted';
import { fleetServerChecksClientSan } from './fleet-server-checks-client-san';
import { fleetServerPolicyOutputCheck } from './fleet-server-policy-output';
import { fleetUrlShape } from './fleet-url-shape';
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
  fleetServerChecksClientSan,
  defendNeedsRsa,
  defendEncryptedOutputKey,
  yamlPathsMixedOs,
  fleetServerPolicyOutputCheck,
  esClientAuth,
  fleetUrlShape,
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
