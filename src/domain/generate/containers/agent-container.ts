import { CONTAINER_ENV, ENROLL_ENV } from '../../catalog/container-env';
import type { FlagName } from '../../catalog/flags';
import { gateOpen } from '../../catalog/gates';
import { MODEL_FACTS } from '../../catalog/models';
import { platformFacts } from '../../catalog/platforms';
import { planVersions } from '../../plan/plan-versions';
import type { Plan } from '../../plan/schema';
import { findLeg, type Topology } from '../../topology/build-topology';
import { joinPath } from '../../topology/paths';
import type { ScriptNote } from '../artifact-note';
import { agentFlags } from '../commands/agent-flags';
import { fleetServerFlags } from '../commands/fleet-server-flags';
import type { HostPlacement } from '../commands/install-script';
import { agentPlacement } from '../commands/agent-script';
import { fleetServerPlacement } from '../commands/fleet-server-script';

export type ContainerHost = 'fleet-server' | 'agent';

/** Elastic Agent in a container: what `elastic-agent container` reads instead of the install flags. */
export interface AgentContainer {
  readonly host: ContainerHost;
  /** Each variable and its value; null for a token, taken from the environment or a Kubernetes Secret. */
  readonly env: readonly (readonly [string, string | null])[];
  /**
   * The files, each mounted read-only at its path on the host: the variables name the same
   * paths as the flags, and the Output's YAML (one policy for every agent) too.
   */
  readonly mounts: readonly string[];
  readonly placement: HostPlacement;
  readonly notes: readonly ScriptNote[];
  /** Fleet Server's port, published. */
  readonly port?: number;
}

/** Tokens never go into the text: the variable is read from the environment or a Secret. */
const SECRET_FLAGS: readonly string[] = ['--enrollment-token', '--fleet-server-service-token'] satisfies FlagName[];

/**
 * The container forms of the install scripts, read from the same flags: a Fleet Server when
 * it is self-managed on a Linux or macOS host, and the agents when one of their platforms is
 * (Elastic Agent images are Linux only; the files keep the POSIX paths).
 */
export function buildAgentContainers(plan: Plan, topology: Topology): AgentContainer[] {
  // Before 8.14 a container reads no mutual TLS variable (MUTUAL_ENV): no container form then.
  if (gateOpen('container-mutual-env', planVersions(plan)) === false && topology.legs.some((l) => l.mutual && l.id !== 'agent-output')) return [];
  const fleetServer =
    MODEL_FACTS[plan.model].selfManagedFleetServer && platformFacts(plan.fleetServer.platform).os === 'posix'
      ? [container(plan, topology, 'fleet-server', fleetServerFlags(plan, topology, 'posix'), fleetServerPlacement(plan, topology, 'posix'))]
      : [];
  const agents = plan.agents.platforms.some((p) => platformFacts(p).os === 'posix')
    ? [container(plan, topology, 'agent', agentFlags(plan, topology, 'posix'), agentPlacement(plan, topology, 'posix'))]
    : [];
  return [...fleetServer, ...agents];
}

function container(plan: Plan, topology: Topology, host: ContainerHost, flags: ReturnType<typeof agentFlags>, placement: HostPlacement): AgentContainer {
  const env: [string, string | null][] = [[ENROLL_ENV[host], '1']];
  const notes: ScriptNote[] = [];
  for (const arg of flags) {
    const [flag, value] = typeof arg === 'string' ? [arg, '1'] : [arg.flag, arg.value];
    // Only --elastic-agent-cert-key-passphrase has none: the note below says so.
    const name = CONTAINER_ENV[flag as FlagName];
    if (!name) continue;
    env.push([name, SECRET_FLAGS.includes(flag) ? null : value]);
  }
  const leg = findLeg(topology, host === 'agent' ? 'agent-fleet' : 'fleet-self');
  if (leg?.mutual?.passphrase) notes.push({ code: 'container-key-encrypted', params: { key: plan.certs.files[leg.mutual.clientKey] } });
  const { dir, files, alsoFiles, secrets } = placement;
  const mounts = [
    ...files.map((f) => joinPath(dir, f, 'posix')),
    ...(alsoFiles?.files.map((f) => joinPath(alsoFiles.dir, f, 'posix')) ?? []),
    ...secrets.map((s) => s.path),
  ];
  return { host, env, mounts: [...new Set(mounts)], placement, notes, ...(host === 'fleet-server' ? { port: plan.fleetServer.port } : {}) };
}
