import { MODEL_FACTS } from '../catalog/models';
import { CERT_ROLES, type CertRole, type EncryptableKeyRole } from '../catalog/roles';
import type { Plan } from '../plan/schema';
import { keyFileStates } from './key-files';
import type { Leg, MutualTls, Presented, Topology, Trust } from './leg';

/** The Fleet Server host's own agent always dials the internal endpoint (elastic-agent-cli.md §3.2). */
export const INTERNAL_FLEET_URL = 'https://localhost:8221';

export type { Topology };

/** The passphrase file of an encrypted key, or null: decided per file by ./key-files.ts. */
type PassphraseOf = (key: EncryptableKeyRole) => CertRole | null;

/**
 * Answers → the TLS connections of the deployment, with who trusts what.
 * Commands, YAML, diagrams and certificate verdicts are all read from these legs.
 * Built twice: where each key lives decides which keys are one file, and so which are
 * encrypted and with which passphrase file.
 */
export function buildTopology(plan: Plan): Topology {
  const draft = legsOf(plan, () => null);
  const keys = keyFileStates(plan, { legs: draft });
  return { legs: legsOf(plan, (key) => (keys[key].encrypted ? keys[key].passphrase : null)) };
}

function legsOf(plan: Plan, passphraseOf: PassphraseOf): Leg[] {
  const facts = MODEL_FACTS[plan.model];
  const mutual = plan.tls === 'mutual' && facts.mutualFleet;
  const lab = plan.tls === 'lab' && facts.lab;
  const legs: Leg[] = [];

  const agentClientCert = (clientCa: CertRole | null): MutualTls => ({
    clientCert: 'agentCert',
    clientKey: 'agentKey',
    passphrase: passphraseOf('agentKey'),
    clientCa,
    clientAuth: plan.clientAuth,
  });

  // Control plane: agents → Fleet Server.
  if (facts.selfManagedFleetServer) {
    const presented: Presented = lab
      ? { kind: 'self-signed' }
      : {
          kind: 'cert',
          cert: 'fleetServerCert',
          key: 'fleetServerKey',
          passphrase: passphraseOf('fleetServerKey'),
        };
    legs.push({
      id: 'agent-fleet',
      client: 'agent',
      server: 'fleet-server',
      dials: plan.fleetServer.urls,
      hostnameChecked: !lab,
      trust: lab ? { kind: 'none' } : { kind: 'ca', role: 'fleetServerCa' },
      presented,
      mutual: mutual ? agentClientCert('agentCa') : null,
    });
    legs.push({
      id: 'fleet-self',
      client: 'fleet-server-agent',
      server: 'fleet-server',
      dials: [INTERNAL_FLEET_URL],
      // The agent sets verification_mode: certificate for localhost:8221 (tls-errors.md A9).
      hostnameChecked: false,
      trust: lab ? { kind: 'generated' } : { kind: 'ca', role: 'fleetServerCa' },
      presented,
      // Both listeners share one TLS config: with `required`, the local agent needs a certificate too.
      mutual: mutual && plan.clientAuth === 'required' ? agentClientCert('agentCa') : null,
    });
  } else if (plan.model === 'cloud-fleet-proxy') {
    legs.push({
      id: 'agent-fleet',
      client: 'agent',
      server: 'proxy',
      dials: [plan.proxy.fleetUrl],
      hostnameChecked: true,
      trust: { kind: 'ca', role: 'proxyCa' },
      presented: { kind: 'external' },
      mutual: mutual ? agentClientCert('agentCa') : null,
    });
    legs.push(cloudUpstream('proxy-fleet-upstream', 'cloud-fleet', plan.fleetServer.urls));
  } else {
    legs.push({
      id: 'agent-fleet',
      client: 'agent',
      server: 'cloud-fleet',
      dials: plan.fleetServer.urls,
      hostnameChecked: true,
      trust: { kind: 'public' },
      presented: { kind: 'managed' },
      mutual: null,
    });
  }

  // Elasticsearch as Fleet Server and the agents reach it: self-managed, behind the proxy, or Elastic Cloud.
  const esBehindProxy = !facts.selfManagedElasticsearch && plan.proxy.frontsElasticsearch && plan.model !== 'cloud-fleet';
  const esServer = facts.selfManagedElasticsearch ? 'elasticsearch' : esBehindProxy ? 'proxy' : 'cloud-es';
  const esDials = esBehindProxy ? [plan.proxy.esUrl] : plan.elasticsearch.hosts;
  const esTrust: Trust = esBehindProxy
    ? { kind: 'ca', role: 'proxyCa' }
    : !facts.selfManagedElasticsearch
      ? { kind: 'public' }
      : plan.elasticsearch.trust === 'fingerprint'
        ? { kind: 'fingerprint', role: 'esCa', fingerprint: plan.elasticsearch.fingerprint }
        : { kind: 'ca', role: 'esCa' };
  const esPresented: Presented = esServer === 'cloud-es' ? { kind: 'managed' } : { kind: 'external' };
  const esMutualPossible = plan.tls === 'mutual' && esServer !== 'cloud-es';

  if (facts.selfManagedFleetServer) {
    legs.push({
      id: 'fleet-es',
      client: 'fleet-server',
      server: esServer,
      dials: esDials,
      hostnameChecked: true,
      trust: esTrust,
      presented: esPresented,
      mutual:
        esMutualPossible && plan.mutualFleetServerEs
          ? {
              clientCert: 'fleetServerEsCert',
              clientKey: 'fleetServerEsKey',
              // No passphrase flag exists for this key (elastic-agent-cli.md §1.6).
              passphrase: null,
              clientCa: null,
              clientAuth: 'required',
            }
          : null,
    });
  }

  // Data plane: agents → output.
  const outputMutual = (possible: boolean): MutualTls | null =>
    possible && plan.mutualOutput
      ? {
          clientCert: 'outputCert',
          clientKey: 'outputKey',
          passphrase: passphraseOf('outputKey'),
          clientCa: 'agentCa',
          clientAuth: 'required',
        }
      : null;
  if (plan.output.kind === 'logstash') {
    legs.push({
      id: 'agent-output',
      client: 'agent',
      server: 'logstash',
      dials: plan.output.logstashHosts,
      hostnameChecked: true,
      trust: { kind: 'ca', role: 'logstashCa' },
      presented: { kind: 'external' },
      mutual: outputMutual(plan.tls === 'mutual'),
    });
  } else {
    legs.push({
      id: 'agent-output',
      client: 'agent',
      server: esServer,
      dials: esDials,
      hostnameChecked: true,
      trust: esTrust,
      presented: esPresented,
      mutual: outputMutual(esMutualPossible),
    });
  }
  if (esBehindProxy) legs.push(cloudUpstream('proxy-es-upstream', 'cloud-es', plan.elasticsearch.hosts));
  return legs;
}

function cloudUpstream(id: 'proxy-fleet-upstream' | 'proxy-es-upstream', server: 'cloud-fleet' | 'cloud-es', dials: readonly string[]): Leg {
  return {
    id,
    client: 'proxy',
    server,
    dials,
    hostnameChecked: true,
    trust: { kind: 'public' },
    presented: { kind: 'managed' },
    mutual: null,
  };
}

export function findLeg(topology: Topology, id: Leg['id']): Leg | undefined {
  return topology.legs.find((l) => l.id === id);
}

/**
 * The connections that present a client certificate to a self-managed Elasticsearch (not
 * a proxy in front of it): they are what xpack.security.http.ssl.client_authentication
 * decides about.
 */
export function clientCertLegsToElasticsearch(topology: Topology): Leg[] {
  return topology.legs.filter((l) => l.server === 'elasticsearch' && l.mutual !== null);
}

/** Every certificate role some leg of the plan uses, in a stable order. */
export function rolesInUse(topology: Topology): CertRole[] {
  const roles = new Set<CertRole>();
  for (const leg of topology.legs) {
    if (leg.trust.kind === 'ca') roles.add(leg.trust.role);
    if (leg.presented.kind === 'cert') {
      roles.add(leg.presented.cert).add(leg.presented.key);
      if (leg.presented.passphrase) roles.add(leg.presented.passphrase);
    }
    if (leg.mutual) {
      roles.add(leg.mutual.clientCert).add(leg.mutual.clientKey);
      if (leg.mutual.passphrase) roles.add(leg.mutual.passphrase);
      if (leg.mutual.clientCa) roles.add(leg.mutual.clientCa);
    }
  }
  return CERT_ROLES.filter((r) => roles.has(r));
}
