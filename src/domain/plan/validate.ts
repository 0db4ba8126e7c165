import { MODEL_FACTS } from '../catalog/models';
import { platformFacts } from '../catalog/platforms';
import { atLeast, parseVersion } from '../catalog/version';
import { buildTopology, rolesInUse } from '../topology/build-topology';
import { roleHosts } from '../topology/role-hosts';
import {
  checkAbsolutePath,
  checkCertificatePem,
  checkFileName,
  checkHttpsUrl,
  checkLogstashHost,
  checkPolicyId,
  checkToken,
  type FieldVerdict,
} from './field-rules';
import { normalizeFingerprint } from './fingerprint';
import type { PlanIssue } from './plan-issue';
import type { Plan } from './schema';

/** Features and the release that brought them (elastic-agent-cli.md §4). */
const GATES = {
  mutual: '8.13.0',
  'fleet-server-es-cert': '8.13.0',
  'agent-key-passphrase': '8.16.0',
  'fleet-server-key-passphrase': '8.8.0',
  'service-token-path': '8.8.0',
} as const;

/**
 * Everything that keeps a structurally valid plan from being ready to use. Only fields
 * that the chosen model and mode use are checked: a field hidden by the wizard never
 * blocks it.
 */
export function validatePlan(plan: Plan): PlanIssue[] {
  const issues: PlanIssue[] = [];
  const add = (path: PlanIssue['path'], verdict: FieldVerdict) => {
    if (verdict) issues.push({ path, ...verdict });
  };
  const facts = MODEL_FACTS[plan.model];
  const topology = buildTopology(plan);
  const roles = rolesInUse(topology);

  if (plan.tls === 'mutual' && !facts.mutualFleet) add(['tls'], { code: 'mutual-not-supported-on-cloud' });
  if (plan.tls === 'lab' && !facts.lab) add(['tls'], { code: 'lab-not-for-model', params: { model: plan.model } });

  const version = parseVersion(plan.agentVersion);
  if (!version) {
    add(['agentVersion'], { code: 'version-invalid', params: { value: plan.agentVersion } });
  } else {
    const gate = (feature: keyof typeof GATES, when: boolean) => {
      if (when && !atLeast(version, GATES[feature])) {
        add(['agentVersion'], { code: 'version-too-old', params: { feature, needed: GATES[feature] } });
      }
    };
    const fsHost = facts.selfManagedFleetServer;
    gate('mutual', plan.tls === 'mutual' && facts.mutualFleet);
    gate('fleet-server-es-cert', roles.includes('fleetServerEsCert') && plan.tls !== 'mutual');
    gate('agent-key-passphrase', roles.includes('agentKeyPassphrase'));
    gate('fleet-server-key-passphrase', roles.includes('fleetServerKeyPassphrase'));
    gate('service-token-path', fsHost && plan.fleetServer.serviceTokenSource === 'file');
  }

  // Hosts.
  const urls = plan.fleetServer.urls;
  if (urls.length === 0) add(['fleetServer', 'urls'], { code: 'urls-empty' });
  urls.forEach((u, i) => {
    add(['fleetServer', 'urls', i], checkHttpsUrl(u));
    if (urls.indexOf(u) !== i) add(['fleetServer', 'urls', i], { code: 'url-duplicate', params: { value: u } });
  });
  if (facts.selfManagedFleetServer) {
    const port = plan.fleetServer.port;
    if (!Number.isInteger(port) || port < 1 || port > 65535) add(['fleetServer', 'port'], { code: 'port-invalid' });
    add(['fleetServer', 'policyId'], checkPolicyId(plan.fleetServer.policyId));
    if (plan.fleetServer.serviceTokenSource === 'file') {
      const os = platformFacts(plan.fleetServer.platform).os;
      add(['fleetServer', 'serviceTokenPath'], checkAbsolutePath(plan.fleetServer.serviceTokenPath, os));
    }
  }
  const esNeeded = facts.selfManagedFleetServer || plan.output.kind === 'elasticsearch';
  if (esNeeded) {
    const hosts = plan.elasticsearch.hosts;
    if (hosts.length === 0) add(['elasticsearch', 'hosts'], { code: 'urls-empty' });
    hosts.forEach((h, i) => {
      add(['elasticsearch', 'hosts', i], checkHttpsUrl(h));
      if (hosts.indexOf(h) !== i) add(['elasticsearch', 'hosts', i], { code: 'url-duplicate', params: { value: h } });
    });
  }
  const fingerprintUsed = topology.legs.some((l) => l.trust.kind === 'fingerprint');
  if (fingerprintUsed) {
    const fp = normalizeFingerprint(plan.elasticsearch.fingerprint);
    if (!fp.ok) {
      add(['elasticsearch', 'fingerprint'], fp.code === 'fingerprint-length' ? { code: fp.code, params: { length: fp.length } } : { code: fp.code });
    }
  }
  if (plan.output.kind === 'logstash') {
    const hosts = plan.output.logstashHosts;
    if (hosts.length === 0) add(['output', 'logstashHosts'], { code: 'urls-empty' });
    hosts.forEach((h, i) => add(['output', 'logstashHosts', i], checkLogstashHost(h)));
  }
  const dialsProxy = (id: string) => topology.legs.some((l) => l.server === 'proxy' && l.id === id);
  if (plan.model === 'cloud-fleet-proxy') add(['proxy', 'fleetUrl'], checkHttpsUrl(plan.proxy.fleetUrl));
  if (dialsProxy('fleet-es') || dialsProxy('agent-output')) add(['proxy', 'esUrl'], checkHttpsUrl(plan.proxy.esUrl));
  if (plan.agents.platforms.length === 0) add(['agents', 'platforms'], { code: 'platforms-empty' });

  // Where the files live.
  const hostsOfRoles = roleHosts(plan, topology);
  const fsOs = platformFacts(plan.fleetServer.platform).os;
  const agentOses = new Set(plan.agents.platforms.map((p) => platformFacts(p).os));
  const onFleetServer = roles.some((r) => hostsOfRoles[r].includes('fleet-server'));
  const onAgents = roles.some((r) => hostsOfRoles[r].includes('agent'));
  if (onFleetServer) add(['certs', 'fleetServerDir'], checkAbsolutePath(plan.certs.fleetServerDir, fsOs));
  if (onAgents && agentOses.has('posix')) add(['certs', 'agentDirPosix'], checkAbsolutePath(plan.certs.agentDirPosix, 'posix'));
  if (onAgents && agentOses.has('windows')) add(['certs', 'agentDirWindows'], checkAbsolutePath(plan.certs.agentDirWindows, 'windows'));
  for (const role of roles) {
    if (hostsOfRoles[role].length > 0) add(['certs', 'files', role], checkFileName(plan.certs.files[role]));
  }
  const outputLeg = topology.legs.find((l) => l.id === 'agent-output');
  if (outputLeg?.trust.kind === 'ca' && plan.certs.outputCa.kind === 'inline') {
    add(['certs', 'outputCa', 'pem'], checkCertificatePem(plan.certs.outputCa.pem));
  }
  if (outputLeg?.mutual && plan.certs.outputCert.kind === 'inline') {
    add(['certs', 'outputCert', 'pem'], checkCertificatePem(plan.certs.outputCert.pem));
  }

  add(['secrets', 'enrollmentToken'], checkToken(plan.secrets.enrollmentToken));
  // The service token field exists only for a self-managed Fleet Server given the token inline.
  if (facts.selfManagedFleetServer && plan.fleetServer.serviceTokenSource === 'inline') {
    add(['secrets', 'serviceToken'], checkToken(plan.secrets.serviceToken));
  }
  return issues;
}
