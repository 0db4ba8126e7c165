import { platformFacts, type Platform } from '../../catalog/platforms';
import { isSecretFile, type HostFiles } from '../../topology/host-files';
import type { Artifact } from '../build-artifacts';
import { PROXY_DIR } from '../proxy/proxy-fronts';
import type { RunbookStep } from '../runbook';

/**
 * Where the work of a runbook happens: Kibana (a browser), the other ends (Elasticsearch,
 * Logstash, the proxy), the Fleet Server host and each group of agents (one per install
 * package of the plan: the agents that run the same script).
 */
export type HostViewId = OneHostId | `agents:${Platform}`;
/** The hosts that are one of a kind in a plan. */
export type OneHostId = 'kibana' | 'elasticsearch' | 'logstash' | 'proxy' | 'fleet-server' | 'containers';

/** A file a host holds: copied there, or (a passphrase file) written by its script. */
export interface HostViewFile {
  readonly file: string;
  readonly path: string;
  readonly written: boolean;
}

/** One host's share of the runbook: its files at their paths, then its artifacts in the runbook's order. */
export interface HostView {
  readonly id: HostViewId;
  /** The agents' install package, for a group of agents. */
  readonly platform: Platform | null;
  readonly files: readonly HostViewFile[];
  readonly artifacts: readonly { readonly step: number; readonly artifact: Artifact }[];
}

const filesOf = (h: HostFiles | undefined): HostViewFile[] =>
  h ? [...h.files, ...h.secrets, ...h.alsoAtOutputPaths].map((f) => ({ file: f.file, path: f.path, written: isSecretFile(f) })) : [];

const copied = (path: string): HostViewFile => ({ file: path.slice(path.lastIndexOf('/') + 1), path, written: false });

/** The hosts an artifact is used on; the files step's listing is spread over the hosts instead. */
function hostsOf(a: Artifact, agentPlatforms: readonly Platform[]): HostViewId[] {
  const agents = (os: 'posix' | 'windows') => agentPlatforms.filter((p) => platformFacts(p).os === os).map((p) => `agents:${p}` as const);
  switch (a.kind) {
    case 'kibana-settings':
    case 'output-yaml':
      return ['kibana'];
    case 'elasticsearch-settings':
      return ['elasticsearch'];
    case 'logstash-input':
      return ['logstash'];
    case 'proxy-nginx':
    case 'proxy-haproxy':
      return ['proxy'];
    case 'docker-run':
    case 'kubernetes':
      return ['containers'];
    case 'certificate-files':
      return [];
    case 'fleet-server-install':
    case 'fleet-server-msi':
      return ['fleet-server'];
    case 'agent-install':
    case 'agent-msi':
      return [`agents:${a.platform}`];
    case 'connection-checks':
      return a.host === 'fleet-server' ? ['fleet-server'] : agents(a.host === 'agent-windows' ? 'windows' : 'posix');
  }
}

/**
 * The runbook regrouped by host: for each host, the files it needs at which paths and
 * what to run or apply there, in the runbook's order and with the runbook's step numbers.
 * Hosts with nothing to do are left out.
 */
export function buildHostViews(steps: readonly RunbookStep[]): HostView[] {
  const artifacts = steps.flatMap((s) => s.artifacts.map((artifact) => ({ step: s.number, artifact })));
  const agentPlatforms = artifacts.flatMap(({ artifact: a }) => (a.kind === 'agent-install' ? [a.platform] : []));
  const kind = <K extends Artifact['kind']>(k: K) => artifacts.flatMap(({ artifact: a }) => (a.kind === k ? [a as Extract<Artifact, { kind: K }>] : []));
  const placed = artifacts.flatMap(({ artifact: a }) => (a.kind === 'certificate-files' ? a.hosts : []));
  const on = (host: HostFiles['host'], os?: 'posix' | 'windows') => placed.find((h) => h.host === host && (os === undefined || h.os === os));
  const hosts: { id: HostViewId; platform: Platform | null; files: HostViewFile[] }[] = [
    { id: 'kibana', platform: null, files: [] },
    { id: 'elasticsearch', platform: null, files: kind('elasticsearch-settings').flatMap((a) => a.settings.cas.map(copied)) },
    { id: 'logstash', platform: null, files: kind('logstash-input').flatMap((a) => a.input.files.map(copied)) },
    // nginx and HAProxy read the same files: the first's are the proxy's.
    { id: 'proxy', platform: null, files: kind('proxy-nginx').flatMap((a) => a.proxy.files.map((f) => copied(`${PROXY_DIR}/${f}`))) },
    { id: 'fleet-server', platform: null, files: filesOf(on('fleet-server')) },
    ...agentPlatforms.map((p) => ({ id: `agents:${p}` as const, platform: p, files: filesOf(on('agent', platformFacts(p).os)) })),
    // The container forms: instead of the install scripts, where a container engine or Kubernetes runs them.
    { id: 'containers', platform: null, files: [] },
  ];
  return hosts
    .map(({ id, platform, files }) => ({ id, platform, files, artifacts: artifacts.filter(({ artifact }) => hostsOf(artifact, agentPlatforms).includes(id)) }))
    .filter((h) => h.artifacts.length > 0 || h.files.length > 0);
}
