import { MODEL_FACTS } from '../catalog/models';
import { platformFacts } from '../catalog/platforms';
import type { CertRole } from '../catalog/roles';
import type { Plan } from '../plan/schema';
import type { Topology } from './leg';
import { outputPathOs, rolePath } from './paths';
import { roleHosts } from './role-hosts';

/**
 * The output the Fleet Server policy uses. Kibana builds every policy's outputs from its
 * data output, the default one unless the policy names another (full_agent_policy.ts),
 * so the Fleet Server host's own agent runs the agents' Output YAML too: its integrations
 * and monitoring read those paths, and fleet-server's check of that output falls back
 * to the bootstrap values when it cannot load them (fleet-server internal/pkg/server/
 * agent.go, "Failed Elasticsearch output configuration test, using bootstrap values";
 * audit row 6).
 */
export type FleetServerPolicyOutput =
  /** No self-managed Fleet Server, so no such policy of the user's. */
  | { readonly kind: 'none' }
  /**
   * The agents' output serves it too; `missing` are the files its YAML names that the
   * Fleet Server host would not have at those paths (copy them there too).
   */
  | { readonly kind: 'shared'; readonly missing: readonly { readonly role: CertRole; readonly path: string }[] }
  /**
   * It needs an Elasticsearch output of its own: Kibana refuses a Logstash output for a
   * Fleet Server policy (output.ts validateOutputNotUsedInPolicy; audit row 1), and
   * paths for another OS cannot exist on the Fleet Server host.
   */
  | { readonly kind: 'own'; readonly reason: 'logstash' | 'other-os' };

/** The roles whose files the Output YAML names by path, in YAML order. */
export function outputYamlPathRoles(plan: Plan, topology: Topology): CertRole[] {
  const leg = topology.legs.find((l) => l.id === 'agent-output');
  if (!leg) return [];
  return [
    ...(leg.trust.kind === 'ca' && plan.certs.outputCa.kind === 'path' ? [leg.trust.role] : []),
    ...(leg.mutual && plan.certs.outputCert.kind === 'path' ? [leg.mutual.clientCert] : []),
    ...(leg.mutual ? [leg.mutual.clientKey] : []),
    ...(leg.mutual?.passphrase ? [leg.mutual.passphrase] : []),
  ];
}

export function fleetServerPolicyOutput(plan: Plan, topology: Topology): FleetServerPolicyOutput {
  if (!MODEL_FACTS[plan.model].selfManagedFleetServer) return { kind: 'none' };
  if (plan.output.kind === 'logstash') return { kind: 'own', reason: 'logstash' };
  const roles = outputYamlPathRoles(plan, topology);
  const fsOs = platformFacts(plan.fleetServer.platform).os;
  const yamlOs = outputPathOs(plan);
  if (roles.length > 0 && fsOs !== yamlOs) return { kind: 'own', reason: 'other-os' };
  const hosts = roleHosts(plan, topology);
  const onFleetServer = new Set(
    Object.entries(hosts).flatMap(([role, on]) => (on.includes('fleet-server') ? [rolePath(plan, role as CertRole, 'fleet-server', fsOs)] : [])),
  );
  const missing = roles.map((role) => ({ role, path: rolePath(plan, role, 'agent', yamlOs) })).filter((f) => !onFleetServer.has(f.path));
  return { kind: 'shared', missing };
}
