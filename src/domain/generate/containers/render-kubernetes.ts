import type { Words } from '../artifact-note';
import { layoutCommand } from '../command-layout';
import { serializeYaml } from '../serialize-yaml';
import { withoutControlCharacters } from '../shell/control-characters';
import { quotePosix } from '../shell/posix-quote';
import type { AgentContainer } from './agent-container';
import { CONTAINER_NAME } from './docker-run';

/**
 * The Kubernetes form, one multi-document YAML file: for each container a Secret, made by
 * the `kubectl create secret generic` command in the comments (its files keyed by file name,
 * its tokens by variable name, read from the caller's environment: no key or token in the
 * text), and a workload, the agents' DaemonSet or Fleet Server's Deployment, reading the
 * variables (a token by secretKeyRef) and mounting each file from the Secret at its path
 * (subPath), read-only. Only what TLS and enrollment need: the rest (service account, host
 * mounts, running as root) is in Elastic's manifests (elastic-agent deploy/kubernetes).
 */
export function renderKubernetes(containers: readonly AgentContainer[], image: string, words: Words): string {
  const comment = (text: string) => text.split('\n').map((l) => `# ${withoutControlCharacters(l)}`);
  const file = (path: string) => path.slice(path.lastIndexOf('/') + 1);
  const lines = comment(words({ code: 'kubernetes-secrets' }));
  const documents = containers.flatMap((c) => {
    const name = CONTAINER_NAME[c.host];
    const secretName = `${name}-tls`;
    const tokens = c.env.flatMap(([n, v]) => (v === null ? [n] : []));
    const files = new Map(c.mounts.map((p) => [file(p), p]));
    const args = [...[...files].map(([key, path]) => quotePosix(`--from-file=${key}=${path}`)), ...tokens.map((t) => `--from-literal=${t}="$${t}"`)];
    lines.push(...comment(layoutCommand('kubectl create secret generic', [secretName, ...args], true, ' \\')));
    const labels = { app: name };
    const container = {
      name,
      image,
      env: c.env.map(([n, value]) => (value === null ? { name: n, valueFrom: { secretKeyRef: { name: secretName, key: n } } } : { name: n, value })),
      volumeMounts: c.mounts.map((p) => ({ name: 'tls', mountPath: p, subPath: file(p), readOnly: true })),
    };
    const manifest = {
      apiVersion: 'apps/v1',
      kind: c.host === 'agent' ? 'DaemonSet' : 'Deployment',
      metadata: { name },
      spec: {
        selector: { matchLabels: labels },
        template: { metadata: { labels }, spec: { containers: [container], volumes: [{ name: 'tls', secret: { secretName } }] } },
      },
    };
    return ['---', ...c.notes.flatMap((n) => comment(words(n))), serializeYaml(manifest).trimEnd()];
  });
  return [...lines, ...documents].join('\n') + '\n';
}
