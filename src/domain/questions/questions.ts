import { gateOpen, gateSince, type Versions } from '../catalog/gates';
import { MODEL_FACTS, type ModelFacts } from '../catalog/models';
import { platformFacts, type OsFamily } from '../catalog/platforms';
import { PASSPHRASE_OF, type CertRole } from '../catalog/roles';
import { versionProblem } from '../catalog/version';
import { buildTopology, clientCertLegsToElasticsearch, findLeg, rolesInUse, type Topology } from '../topology/build-topology';
import type { HostKind } from '../topology/paths';
import { roleHosts } from '../topology/role-hosts';
import {
  checkAbsolutePath,
  checkCertificatePem,
  checkFileName,
  checkHttpsUrl,
  checkLogstashHost,
  checkPolicyId,
  checkProxyUrl,
  checkSameOriginShape,
  checkToken,
  type FieldVerdict,
} from './field-rules';
import { normalizeFingerprint } from '../plan/fingerprint';
import type { PlanIssue, VersionGatedFeature } from '../plan/plan-issue';
import { planVersions } from '../plan/plan-versions';
import type { Plan } from '../plan/schema';

/** The wizard's steps, in order. */
export const STEPS = ['model', 'hosts', 'certs'] as const;
export type StepId = (typeof STEPS)[number];

/** What every question reads: the plan and what follows from it, worked out once. */
export interface PlanContext {
  readonly plan: Plan;
  readonly facts: ModelFacts;
  readonly topology: Topology;
  readonly roles: readonly CertRole[];
  readonly hosts: Record<CertRole, HostKind[]>;
  readonly versions: Versions;
  /** Mutual TLS chosen and allowed, and which extra legs it could reach with every toggle on. */
  readonly mutual: { readonly active: boolean; readonly fleetServerEs: boolean; readonly output: boolean };
  readonly fsOs: OsFamily;
  readonly agentOses: ReadonlySet<OsFamily>;
}

export function planContext(plan: Plan): PlanContext {
  const facts = MODEL_FACTS[plan.model];
  const topology = buildTopology(plan);
  const roles = rolesInUse(topology);
  const active = plan.tls === 'mutual' && facts.mutualFleet;
  // What mutual TLS would reach if every toggle were on: the toggles the model allows.
  const probe = active ? buildTopology({ ...plan, mutualFleetServerEs: true, mutualOutput: true }) : topology;
  return {
    plan,
    facts,
    topology,
    roles,
    hosts: roleHosts(plan, topology),
    versions: planVersions(plan),
    mutual: {
      active,
      fleetServerEs: active && Boolean(findLeg(probe, 'fleet-es')?.mutual),
      output: active && Boolean(findLeg(probe, 'agent-output')?.mutual),
    },
    fsOs: platformFacts(plan.fleetServer.platform).os,
    agentOses: new Set(plan.agents.platforms.map((p) => platformFacts(p).os)),
  };
}

type Path = PlanIssue['path'];
const issue = (path: Path, verdict: FieldVerdict): PlanIssue[] => (verdict ? [{ path, ...verdict }] : []);

/** A list of URLs: not empty, each a URL of its kind, none twice. */
function urlList(path: Path, urls: readonly string[], check: (u: string) => FieldVerdict): PlanIssue[] {
  if (urls.length === 0) return [{ path, code: 'urls-empty' }];
  return urls.flatMap((u, i) => [
    ...issue([...path, i], check(u)),
    ...(urls.indexOf(u) !== i ? [{ path: [...path, i], code: 'url-duplicate', params: { value: u } } as const] : []),
  ]);
}

const onHost = (c: PlanContext, host: HostKind) => c.roles.some((r) => c.hosts[r].includes(host));
const dialsProxy = (c: PlanContext, id: 'fleet-es' | 'agent-output') => findLeg(c.topology, id)?.server === 'proxy';
const outputLeg = (c: PlanContext) => findLeg(c.topology, 'agent-output');

/** A feature the plan uses, and the release it needs (catalog/gates.ts). */
function gates(c: PlanContext): PlanIssue[] {
  const { plan, facts, roles } = c;
  const used: [VersionGatedFeature, boolean][] = [
    ['mutual-flags', plan.tls === 'mutual' && facts.mutualFleet],
    // A client certificate for Elasticsearch without the rest of mutual TLS (a proxy model).
    ['mutual-flags', roles.includes('fleetServerEsCert') && plan.tls !== 'mutual'],
    ['agent-key-passphrase', roles.includes('agentKeyPassphrase')],
    ['fleet-server-key-passphrase', roles.includes('fleetServerKeyPassphrase')],
    ['service-token-path', facts.selfManagedFleetServer && plan.fleetServer.serviceTokenSource === 'file'],
    ['unprivileged', plan.agents.unprivileged],
  ];
  return used.flatMap(([feature, when]) =>
    when && gateOpen(feature, c.versions) === false
      ? [{ path: ['agentVersion'], code: 'version-too-old', params: { feature, needed: gateSince(feature) } } as const]
      : [],
  );
}

/** One passphrase file per key file: two keys cannot share one on a host they share. */
function passphraseFiles(c: PlanContext): PlanIssue[] {
  const passphrases: readonly CertRole[] = Object.values(PASSPHRASE_OF);
  const inUse = c.roles.filter((r) => passphrases.includes(r));
  return inUse.flatMap((role, i) => {
    const other = inUse.slice(0, i).find((o) => c.plan.certs.files[o] === c.plan.certs.files[role] && c.hosts[o].some((h) => c.hosts[role].includes(h)));
    return other ? [{ path: ['certs', 'files', role], code: 'passphrase-file-shared', params: { value: c.plan.certs.files[role] } } as const] : [];
  });
}

/**
 * Every question the wizard asks, in the order their problems are listed: where its answer
 * lives, the step that asks it, when it is asked, and how its answer is checked. The
 * wizard shows a field exactly when its question is asked, and validation checks exactly
 * the questions asked, so the two cannot disagree (issue 14, "questions as data").
 * Adding a question: a row here, its label in i18n/field-labels.ts, its field
 * in the step's component, and a test (docs/how-to-add-a-question.md).
 */
export const QUESTIONS = [
  { path: 'model', step: 'model', asked: () => true },
  {
    path: 'tls',
    step: 'model',
    asked: () => true,
    check: (c: PlanContext): PlanIssue[] => [
      ...(c.plan.tls === 'mutual' && !c.facts.mutualFleet ? [{ path: ['tls'], code: 'mutual-not-supported-on-cloud' } as const] : []),
      ...(c.plan.tls === 'lab' && !c.facts.lab ? [{ path: ['tls'], code: 'lab-not-for-model', params: { model: c.plan.model } } as const] : []),
    ],
  },
  {
    path: 'proxy.frontsElasticsearch',
    step: 'model',
    asked: (c: PlanContext) => c.plan.model === 'on-prem-fleet-cloud-es' || c.plan.model === 'cloud-fleet-proxy',
  },
  { path: 'clientAuth', step: 'model', asked: (c: PlanContext) => c.mutual.active },
  { path: 'mutualFleetServerEs', step: 'model', asked: (c: PlanContext) => c.mutual.fleetServerEs },
  { path: 'mutualOutput', step: 'model', asked: (c: PlanContext) => c.mutual.output },
  {
    path: 'agentVersion',
    step: 'hosts',
    asked: () => true,
    check: (c: PlanContext): PlanIssue[] => {
      const problem = versionProblem(c.plan.agentVersion);
      return problem ? [{ path: ['agentVersion'], code: `version-${problem}`, params: { value: c.plan.agentVersion } }] : gates(c);
    },
  },
  {
    path: 'kibanaVersion',
    step: 'hosts',
    asked: () => true,
    check: (c: PlanContext): PlanIssue[] => {
      const problem = versionProblem(c.plan.kibanaVersion);
      return problem ? [{ path: ['kibanaVersion'], code: `version-${problem}`, params: { value: c.plan.kibanaVersion } }] : [];
    },
  },
  { path: 'title', step: 'hosts', asked: () => true },
  {
    path: 'fleetServer.urls',
    step: 'hosts',
    asked: () => true,
    check: (c: PlanContext): PlanIssue[] => {
      const urls = c.plan.fleetServer.urls;
      const each = urlList(['fleetServer', 'urls'], urls, checkHttpsUrl);
      // Kibana refuses Fleet Server host URLs that differ in protocol or path.
      return each.length > 0 ? each : checkSameOriginShape(urls).flatMap(({ index, verdict }) => issue(['fleetServer', 'urls', index], verdict));
    },
  },
  {
    path: 'fleetServer.port',
    step: 'hosts',
    asked: (c: PlanContext) => c.facts.selfManagedFleetServer,
    check: (c: PlanContext): PlanIssue[] => {
      const port = c.plan.fleetServer.port;
      return Number.isInteger(port) && port >= 1 && port <= 65535 ? [] : [{ path: ['fleetServer', 'port'], code: 'port-invalid' }];
    },
  },
  {
    path: 'fleetServer.policyId',
    step: 'hosts',
    asked: (c: PlanContext) => c.facts.selfManagedFleetServer,
    check: (c: PlanContext) => issue(['fleetServer', 'policyId'], checkPolicyId(c.plan.fleetServer.policyId)),
  },
  { path: 'fleetServer.platform', step: 'hosts', asked: (c: PlanContext) => c.facts.selfManagedFleetServer },
  { path: 'fleetServer.serviceTokenSource', step: 'hosts', asked: (c: PlanContext) => c.facts.selfManagedFleetServer },
  {
    path: 'fleetServer.serviceTokenPath',
    step: 'hosts',
    asked: (c: PlanContext) => c.facts.selfManagedFleetServer && c.plan.fleetServer.serviceTokenSource === 'file',
    check: (c: PlanContext) => issue(['fleetServer', 'serviceTokenPath'], checkAbsolutePath(c.plan.fleetServer.serviceTokenPath, c.fsOs)),
  },
  {
    path: 'elasticsearch.hosts',
    step: 'hosts',
    asked: (c: PlanContext) => c.facts.selfManagedFleetServer || c.plan.output.kind === 'elasticsearch',
    check: (c: PlanContext) => urlList(['elasticsearch', 'hosts'], c.plan.elasticsearch.hosts, checkHttpsUrl),
  },
  { path: 'elasticsearch.trust', step: 'hosts', asked: (c: PlanContext) => c.facts.selfManagedElasticsearch },
  {
    path: 'elasticsearch.fingerprint',
    step: 'hosts',
    asked: (c: PlanContext) => c.topology.legs.some((l) => l.trust.kind === 'fingerprint'),
    check: (c: PlanContext): PlanIssue[] => {
      const fp = normalizeFingerprint(c.plan.elasticsearch.fingerprint);
      if (fp.ok) return [];
      return [
        fp.code === 'fingerprint-length'
          ? { path: ['elasticsearch', 'fingerprint'], code: fp.code, params: { length: fp.length } }
          : { path: ['elasticsearch', 'fingerprint'], code: fp.code },
      ];
    },
  },
  {
    // Asked once a connection presents a client certificate to Elasticsearch itself: the
    // answer goes into its elasticsearch.yml settings and decides what breaks (checks/plan/es-client-auth.ts).
    path: 'elasticsearch.clientAuthentication',
    step: 'hosts',
    asked: (c: PlanContext) => clientCertLegsToElasticsearch(c.topology).length > 0,
  },
  { path: 'output.kind', step: 'hosts', asked: () => true },
  {
    path: 'output.logstashHosts',
    step: 'hosts',
    asked: (c: PlanContext) => c.plan.output.kind === 'logstash',
    check: (c: PlanContext): PlanIssue[] => {
      const hosts = c.plan.output.logstashHosts;
      return hosts.length === 0
        ? [{ path: ['output', 'logstashHosts'], code: 'urls-empty' }]
        : hosts.flatMap((h, i) => issue(['output', 'logstashHosts', i], checkLogstashHost(h)));
    },
  },
  {
    path: 'proxy.fleetUrl',
    step: 'hosts',
    asked: (c: PlanContext) => c.plan.model === 'cloud-fleet-proxy',
    check: (c: PlanContext) => issue(['proxy', 'fleetUrl'], checkHttpsUrl(c.plan.proxy.fleetUrl)),
  },
  {
    path: 'proxy.esUrl',
    step: 'hosts',
    asked: (c: PlanContext) => dialsProxy(c, 'fleet-es') || dialsProxy(c, 'agent-output'),
    check: (c: PlanContext) => issue(['proxy', 'esUrl'], checkHttpsUrl(c.plan.proxy.esUrl)),
  },
  {
    path: 'agents.platforms',
    step: 'hosts',
    asked: () => true,
    check: (c: PlanContext): PlanIssue[] => (c.plan.agents.platforms.length === 0 ? [{ path: ['agents', 'platforms'], code: 'platforms-empty' }] : []),
  },
  { path: 'defend', step: 'hosts', asked: () => true },
  { path: 'agents.unprivileged', step: 'hosts', asked: () => true },
  {
    path: 'agents.proxyUrl',
    step: 'hosts',
    asked: () => true,
    check: (c: PlanContext) => issue(['agents', 'proxyUrl'], checkProxyUrl(c.plan.agents.proxyUrl)),
  },
  {
    path: 'certs.fleetServerDir',
    step: 'certs',
    asked: (c: PlanContext) => onHost(c, 'fleet-server'),
    check: (c: PlanContext) => issue(['certs', 'fleetServerDir'], checkAbsolutePath(c.plan.certs.fleetServerDir, c.fsOs)),
  },
  {
    path: 'certs.agentDirPosix',
    step: 'certs',
    asked: (c: PlanContext) => onHost(c, 'agent') && c.agentOses.has('posix'),
    check: (c: PlanContext) => issue(['certs', 'agentDirPosix'], checkAbsolutePath(c.plan.certs.agentDirPosix, 'posix')),
  },
  {
    path: 'certs.agentDirWindows',
    step: 'certs',
    asked: (c: PlanContext) => onHost(c, 'agent') && c.agentOses.has('windows'),
    check: (c: PlanContext) => issue(['certs', 'agentDirWindows'], checkAbsolutePath(c.plan.certs.agentDirWindows, 'windows')),
  },
  {
    // One question per role in use whose file lives on a host of the plan (fileRolesAsked).
    path: 'certs.files',
    step: 'certs',
    asked: (c: PlanContext) => fileRolesAsked(c).length > 0,
    check: (c: PlanContext): PlanIssue[] => [
      ...fileRolesAsked(c).flatMap((role) => issue(['certs', 'files', role], checkFileName(c.plan.certs.files[role]))),
      ...passphraseFiles(c),
    ],
  },
  { path: 'certs.encrypted', step: 'certs', asked: (c: PlanContext) => fileRolesAsked(c).some((r) => r in PASSPHRASE_OF) },
  { path: 'certs.outputCa.kind', step: 'certs', asked: (c: PlanContext) => outputLeg(c)?.trust.kind === 'ca' },
  {
    path: 'certs.outputCa.pem',
    step: 'certs',
    asked: (c: PlanContext) => outputLeg(c)?.trust.kind === 'ca' && c.plan.certs.outputCa.kind === 'inline',
    check: (c: PlanContext) =>
      c.plan.certs.outputCa.kind === 'inline' ? issue(['certs', 'outputCa', 'pem'], checkCertificatePem(c.plan.certs.outputCa.pem)) : [],
  },
  { path: 'certs.outputCert.kind', step: 'certs', asked: (c: PlanContext) => Boolean(outputLeg(c)?.mutual) },
  {
    path: 'certs.outputCert.pem',
    step: 'certs',
    asked: (c: PlanContext) => Boolean(outputLeg(c)?.mutual) && c.plan.certs.outputCert.kind === 'inline',
    check: (c: PlanContext) =>
      c.plan.certs.outputCert.kind === 'inline' ? issue(['certs', 'outputCert', 'pem'], checkCertificatePem(c.plan.certs.outputCert.pem)) : [],
  },
  {
    path: 'secrets.enrollmentToken',
    step: 'hosts',
    asked: () => true,
    check: (c: PlanContext) => issue(['secrets', 'enrollmentToken'], checkToken(c.plan.secrets.enrollmentToken)),
  },
  {
    // The service token field exists only for a self-managed Fleet Server given the token inline.
    path: 'secrets.serviceToken',
    step: 'hosts',
    asked: (c: PlanContext) => c.facts.selfManagedFleetServer && c.plan.fleetServer.serviceTokenSource === 'inline',
    check: (c: PlanContext) => issue(['secrets', 'serviceToken'], checkToken(c.plan.secrets.serviceToken)),
  },
] as const satisfies readonly Question[];

export interface Question {
  /** The answer's place in the plan, as react-hook-form names it. */
  readonly path: string;
  readonly step: StepId;
  /** Whether the wizard asks it for this plan (shows its field), and so checks it. */
  readonly asked: (c: PlanContext) => boolean;
  /** Its problems; absent when any answer the controls can give is fine. */
  readonly check?: (c: PlanContext) => PlanIssue[];
}

export type QuestionPath = (typeof QUESTIONS)[number]['path'];

/** The roles whose file names the Certificates step asks for. */
export function fileRolesAsked(c: PlanContext): CertRole[] {
  return c.roles.filter((r) => c.hosts[r].length > 0);
}

/** The questions asked for this plan. */
export function askedQuestions(c: PlanContext): Set<QuestionPath> {
  return new Set(QUESTIONS.filter((q: Question) => q.asked(c)).map((q) => q.path));
}

/** The step that asks the question an issue path (or a field name) belongs to. */
export function stepOfPath(path: readonly (string | number)[] | string): StepId {
  const name = typeof path === 'string' ? path : path.map(String).join('.');
  const question = QUESTIONS.find((q) => name === q.path || name.startsWith(`${q.path}.`) || q.path.startsWith(`${name}.`));
  return question?.step ?? 'hosts';
}

/** The plan fields a step owns, for validating that step alone. */
export function stepFields(step: StepId): QuestionPath[] {
  return QUESTIONS.filter((q) => q.step === step).map((q) => q.path);
}
