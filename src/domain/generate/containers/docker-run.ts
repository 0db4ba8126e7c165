import { placementSteps } from '../commands/install-script';
import type { Script, ScriptStep } from '../script';
import type { AgentContainer, ContainerHost } from './agent-container';

export const CONTAINER_NAME: Record<ContainerHost, string> = { 'fleet-server': 'fleet-server', agent: 'elastic-agent' };

/**
 * The container form of an install script: the same files and prompts, then `docker run`
 * with the variables and the files mounted read-only. As root: the image runs as uid 1000
 * (elastic-agent dev-tools/packaging/templates/docker/Dockerfile.elastic-agent.tmpl, useradd
 * --uid 1000), and the keys are readable by root only; Elastic's managed DaemonSet runs as
 * root too (deploy/kubernetes elastic-agent-managed-daemonset.yaml, runAsUser: 0).
 */
export function dockerRun(c: AgentContainer, image: string): Script {
  return [
    ...placementSteps(c.placement),
    ...c.notes.map((note): ScriptStep => ({ kind: 'comment', note })),
    // A token comes from the caller's environment (`--env NAME` with no value); unset, the
    // container would enroll without it, so the script stops first.
    ...c.env.flatMap(([name, v]): ScriptStep[] => (v === null ? [{ kind: 'statement', text: `: "\${${name}:?}"` }] : [])),
    {
      kind: 'command',
      elevated: false,
      multiline: true,
      argv: [
        'docker',
        'run',
        '--detach',
        `--name=${CONTAINER_NAME[c.host]}`,
        '--user=root',
        ...(c.port ? [`--publish=${c.port}:${c.port}`] : []),
        ...c.env.map(([name, v]) => ({ flag: '--env', value: v === null ? name : `${name}=${v}` })),
        ...c.mounts.map((p) => ({ flag: '--volume', value: `${p}:${p}:ro` })),
        image,
      ],
    },
  ];
}
