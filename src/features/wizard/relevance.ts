import { MODEL_FACTS } from '../../domain/catalog/models';
import type { Plan } from '../../domain/plan/schema';
import { buildTopology, findLeg } from '../../domain/topology/build-topology';

/**
 * Which questions the wizard asks for these answers. Read from the model's facts and
 * the topology, so a field is shown exactly when validatePlan checks it.
 */
export interface Relevance {
  /** Fleet Server is installed by the user: port, policy, platform, service token. */
  readonly selfManagedFleetServer: boolean;
  readonly labAllowed: boolean;
  /** The proxy-in-front-of-Elasticsearch choice. */
  readonly frontsElasticsearchChoice: boolean;
  readonly mutual: {
    /** Mutual TLS is chosen and the model allows it. */
    readonly active: boolean;
    readonly fleetServerEs: boolean;
    readonly output: boolean;
  };
  readonly elasticsearchHosts: boolean;
  /** CA file or CA trusted fingerprint: only for a self-managed Elasticsearch. */
  readonly esTrustChoice: boolean;
  readonly fingerprint: boolean;
  readonly logstashHosts: boolean;
  readonly proxyFleetUrl: boolean;
  readonly proxyEsUrl: boolean;
}

export function relevance(plan: Plan): Relevance {
  const facts = MODEL_FACTS[plan.model];
  const topology = buildTopology(plan);
  // What mutual TLS would reach if every toggle were on: the toggles the model allows.
  const probe = buildTopology({ ...plan, tls: 'mutual', mutualFleetServerEs: true, mutualOutput: true });
  const mutualActive = plan.tls === 'mutual' && facts.mutualFleet;
  const dialsProxy = (id: 'fleet-es' | 'agent-output') => findLeg(topology, id)?.server === 'proxy';
  return {
    selfManagedFleetServer: facts.selfManagedFleetServer,
    labAllowed: facts.lab,
    frontsElasticsearchChoice: plan.model === 'on-prem-fleet-cloud-es' || plan.model === 'cloud-fleet-proxy',
    mutual: {
      active: mutualActive,
      fleetServerEs: mutualActive && Boolean(findLeg(probe, 'fleet-es')?.mutual),
      output: mutualActive && Boolean(findLeg(probe, 'agent-output')?.mutual),
    },
    elasticsearchHosts: facts.selfManagedFleetServer || plan.output.kind === 'elasticsearch',
    esTrustChoice: facts.selfManagedElasticsearch,
    fingerprint: topology.legs.some((l) => l.trust.kind === 'fingerprint'),
    logstashHosts: plan.output.kind === 'logstash',
    proxyFleetUrl: plan.model === 'cloud-fleet-proxy',
    proxyEsUrl: dialsProxy('fleet-es') || dialsProxy('agent-output'),
  };
}
