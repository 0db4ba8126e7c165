import { gateOpen, gateSince, type GateName } from '../catalog/gates';
import { MODEL_FACTS } from '../catalog/models';
import { PASSPHRASE_OF, type EncryptableKeyRole } from '../catalog/roles';
import { platformFacts } from '../catalog/platforms';
import { versionProblem } from '../catalog/version';
import { buildTopology, rolesInUse } from '../topology/build-topology';
import { roleHosts } from '../topology/role-hosts';
import {
  checkAbsolutePath,
  checkCertificatePem,
  checkFileName,
  checkHttpsUrl,
  checkLogstashHost,
  checkPolicyId,
  checkSameOriginShape,
  checkToken,
  type FieldVerdict,
} from './field-rules';
import { normalizeFingerprint } from './fingerprint';
import { PLAN_LIMITS } from './limits';
import type { PlanIssue } from './plan-issue';
import { controlCharacterIn, forEachString, isPemPath } from './plan-strings';
import { planVersions } from './plan-versions';
import type { Plan } from './schema';

type Path = PlanIssue['path'];

/**
 * Values no rule below should ever see: control characters and absurd sizes, in any
 * string of the plan. Such a field gets this one issue and no other.
 */
function unsafeValues(plan: Plan): PlanIssue[] {
  const issues: PlanIssue[] = [];
  forEachString(plan, (path, text) => {
    const pem = isPemPath(path);
    const char = controlCharacterIn(text, pem);
    const limit = pem ? PLAN_LIMITS.pem : path[0] === 'certs' && path[1] === 'files' ? PLAN_LIMITS.fileName : PLAN_LIMITS.text;
    if (char) issues.push({ path, code: 'control-character', params: { char } });
    else if (text.length > limit) issues.push({ path, code: 'too-long', params: { length: text.length, limit } });
  });
  const lists: Path[] = [['fleetServer', 'urls'], ['elasticsearch', 'hosts'], ['output', 'logstashHosts']];
  for (const path of lists) {
    const list = path.reduce<unknown>((v, k) => (v as Record<string | number, unknown>)[k], plan) as readonly string[];
    if (list.length > PLAN_LIMITS.listItems) issues.push({ path, code: 'too-many', params: { count: list.length, limit: PLAN_LIMITS.listItems } });
  }
  return issues;
}

const samePath = (a: Path, b: Path) => a.length === b.length && a.every((k, i) => k === b[i]);
/** True when the issue sits on `path` or inside it (a list and its items). */
const within = (path: Path, outer: Path) => outer.every((k, i) => k === path[i]);

/**
 * Everything that keeps a structurally valid plan from being ready to use. Only fields
 * that the chosen model and mode use are checked: a field hidden by the wizard never
 * blocks it. A value refused as unsafe (control characters, size) is reported once.
 */
export function validatePlan(plan: Plan): PlanIssue[] {
  const unsafe = unsafeValues(plan);
  if (unsafe.some((i) => i.code === 'too-many')) return unsafe;
  const issues: PlanIssue[] = [...unsafe];
  const add = (path: Path, verdict: FieldVerdict) => {
    if (!verdict || unsafe.some((u) => within(path, u.path) || samePath(path, u.path))) return;
    issues.push({ path, ...verdict });
  };
  const facts = MODEL_FACTS[plan.model];
  const topology = buildTopology(plan);
  const roles = rolesInUse(topology);

  if (plan.tls === 'mutual' && !facts.mutualFleet) add(['tls'], { code: 'mutual-not-supported-on-cloud' });
  if (plan.tls === 'lab' && !facts.lab) add(['tls'], { code: 'lab-not-for-model', params: { model: plan.model } });

  // Versions: written x.y.z, and new enough for what the plan uses.
  for (const field of ['agentVersion', 'kibanaVersion'] as const) {
    const problem = versionProblem(plan[field]);
    if (problem) add([field], { code: `version-${problem}`, params: { value: plan[field] } });
  }
  const versions = planVersions(plan);
  const gate = (feature: GateName, when: boolean) => {
    if (when && gateOpen(feature, versions) === false) {
      add(['agentVersion'], { code: 'version-too-old', params: { feature, needed: gateSince(feature) } });
    }
  };
  gate('mutual-flags', plan.tls === 'mutual' && facts.mutualFleet);
  // A client certificate for Elasticsearch without the rest of mutual TLS (a proxy model).
  gate('mutual-flags', roles.includes('fleetServerEsCert') && plan.tls !== 'mutual');
  gate('agent-key-passphrase', roles.includes('agentKeyPassphrase'));
  gate('fleet-server-key-passphrase', roles.includes('fleetServerKeyPassphrase'));
  gate('service-token-path', facts.selfManagedFleetServer && plan.fleetServer.serviceTokenSource === 'file');

  // Hosts.
  const urls = plan.fleetServer.urls;
  if (urls.length === 0) add(['fleetServer', 'urls'], { code: 'urls-empty' });
  urls.forEach((u, i) => {
    add(['fleetServer', 'urls', i], checkHttpsUrl(u));
    if (urls.indexOf(u) !== i) add(['fleetServer', 'urls', i], { code: 'url-duplicate', params: { value: u } });
  });
  if (!issues.some((i) => within(i.path, ['fleetServer', 'urls']))) {
    for (const { index, verdict } of checkSameOriginShape(urls)) add(['fleetServer', 'urls', index], verdict);
  }
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
  // One passphrase file per key file: two keys cannot share one on a host they share
  // (the second prompt would overwrite the first passphrase).
  const passphraseRoles = roles.filter((r): r is (typeof PASSPHRASE_OF)[EncryptableKeyRole] => (Object.values(PASSPHRASE_OF) as string[]).includes(r));
  passphraseRoles.forEach((role, i) => {
    const other = passphraseRoles.slice(0, i).find(
      (o) => plan.certs.files[o] === plan.certs.files[role] && hostsOfRoles[o].some((h) => hostsOfRoles[role].includes(h)),
    );
    if (other) add(['certs', 'files', role], { code: 'passphrase-file-shared', params: { value: plan.certs.files[role] } });
  });
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
