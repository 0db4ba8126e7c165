import { CERT_ROLES, ROLE_FACTS, type CertRole } from '../catalog/roles';
import type { DeploymentModel } from '../catalog/models';
import { PLAN_VERSION } from './plan-version';
import type { Plan } from './schema';

export function defaultFileNames(): Record<CertRole, string> {
  return Object.fromEntries(CERT_ROLES.map((r) => [r, ROLE_FACTS[r].defaultFile])) as Record<CertRole, string>;
}

/** A fresh plan: choices preset to the common case, hosts left for the user. */
export function defaultPlan(model: DeploymentModel = 'on-prem'): Plan {
  return {
    version: PLAN_VERSION,
    title: '',
    model,
    tls: 'one-way',
    clientAuth: 'required',
    mutualFleetServerEs: false,
    mutualOutput: false,
    agentVersion: '9.2.1',
    kibanaVersion: '9.2.1',
    defend: false,
    fleetServer: {
      urls: [],
      port: 8220,
      policyId: 'fleet-server-policy',
      platform: 'linux-x86_64',
      serviceTokenSource: 'inline',
      serviceTokenPath: '/etc/elastic-agent/service-token',
    },
    elasticsearch: { hosts: [], trust: 'ca', fingerprint: '', clientAuthentication: 'optional' },
    output: { kind: 'elasticsearch', logstashHosts: [] },
    proxy: { fleetUrl: '', esUrl: '', frontsElasticsearch: true },
    agents: { platforms: ['linux-x86_64'], unprivileged: false, proxyUrl: '' },
    certs: {
      fleetServerDir: '/etc/elastic-agent/certs',
      agentDirPosix: '/etc/elastic-agent/certs',
      agentDirWindows: 'C:\\ProgramData\\ElasticAgentCerts',
      files: defaultFileNames(),
      encrypted: { fleetServerKey: false, agentKey: false, outputKey: false },
      outputCa: { kind: 'path' },
      outputCert: { kind: 'path' },
    },
    secrets: { enrollmentToken: '', serviceToken: '' },
  };
}
