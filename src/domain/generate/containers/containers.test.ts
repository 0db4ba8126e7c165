import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { copyFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { examplePlans } from '../../../../test/example-plans';
import { hostilePlans, MARKERS } from '../../../../test/hostile-plans';
import { findNamed, prepareStubs, scratchDir } from '../../../../test/shell-stubs';
import { describeNote } from '#words/artifact-notes';
import { CONTAINER_ENV, ENROLL_ENV } from '../../catalog/container-env';
import type { FlagName } from '../../catalog/flags';
import { defaultPlan } from '../../plan/defaults';
import type { Plan } from '../../plan/schema';
import { buildTopology } from '../../topology/build-topology';
import { buildArtifacts, type Artifact } from '../build-artifacts';
import { agentFlags } from '../commands/agent-flags';
import { fleetServerFlags } from '../commands/fleet-server-flags';
import { renderArtifact } from '../render-artifact';
import type { ScriptForm } from '../render-options';
import { argvOf, type ScriptStep } from '../script';
import { buildAgentContainers } from './agent-container';

type Command = Extract<ScriptStep, { kind: 'command' }>;
const examples = examplePlans();
const example = (name: string) => structuredClone(examples.find((e) => e.name === name)!.plan);

/**
 * Every variable `elastic-agent container` reads, as elastic/elastic-agent (main, 07adab5b)
 * internal/pkg/agent/cmd/setup_config.go defaultAccessConfig reads them (the fleet and
 * fleet_server parts, fallbacks included), copied by hand from the source.
 */
const READ_BY_CONTAINER = [
  'FLEET_CA',
  'KIBANA_CA',
  'ELASTICSEARCH_CA',
  'FLEET_ENROLL',
  'FLEET_SERVER_ENABLE',
  'FLEET_ENROLLMENT_TOKEN',
  'ELASTIC_AGENT_ID',
  'FLEET_REPLACE_TOKEN',
  'FLEET_FORCE',
  'FLEET_INSECURE',
  'FLEET_TOKEN_NAME',
  'FLEET_TOKEN_POLICY_NAME',
  'FLEET_URL',
  'FLEET_DAEMON_TIMEOUT',
  'FLEET_ENROLL_TIMEOUT',
  'ELASTIC_AGENT_CERT',
  'ELASTIC_AGENT_CERT_KEY',
  'FLEET_SERVER_CERT',
  'FLEET_SERVER_CERT_KEY',
  'FLEET_SERVER_CERT_KEY_PASSPHRASE',
  'FLEET_SERVER_CLIENT_AUTH',
  'FLEET_SERVER_ELASTICSEARCH_HOST',
  'ELASTICSEARCH_HOST',
  'FLEET_SERVER_SERVICE_TOKEN',
  'FLEET_SERVER_SERVICE_TOKEN_PATH',
  'FLEET_SERVER_ELASTICSEARCH_CA',
  'FLEET_SERVER_ELASTICSEARCH_CA_TRUSTED_FINGERPRINT',
  'FLEET_SERVER_ELASTICSEARCH_INSECURE',
  'FLEET_SERVER_ES_CERT',
  'FLEET_SERVER_ES_CERT_KEY',
  'FLEET_SERVER_HOST',
  'FLEET_SERVER_INSECURE_HTTP',
  'FLEET_SERVER_POLICY_ID',
  'FLEET_SERVER_POLICY',
  'FLEET_SERVER_PORT',
  'FLEET_SERVER_TIMEOUT',
];
const TABLE_NAMES = new Set([...Object.values(CONTAINER_ENV), ...Object.values(ENROLL_ENV)]);

const ofKind = <K extends Artifact['kind']>(plan: Plan, kind: K) => buildArtifacts(plan).filter((a): a is Extract<Artifact, { kind: K }> => a.kind === kind);
const kubernetesText = (plan: Plan) => ofKind(plan, 'kubernetes').map((a) => renderArtifact(a, describeNote, { form: 'file' }))[0] ?? '';

interface Workload {
  kind: string;
  metadata: { name: string };
  spec: {
    selector: { matchLabels: Record<string, string> };
    template: {
      metadata: { labels: Record<string, string> };
      spec: {
        containers: {
          image: string;
          env: { name: string; value?: string; valueFrom?: { secretKeyRef: { name: string; key: string } } }[];
          volumeMounts: { name: string; mountPath: string; subPath: string; readOnly: boolean }[];
        }[];
        volumes: { name: string; secret: { secretName: string } }[];
      };
    };
  };
}

/** The YAML as the yaml library reads it, and each Secret's keys as its kubectl command in the comments makes them. */
function parseKubernetes(text: string) {
  const docs = parseAllDocuments(text);
  for (const d of docs) expect(d.errors).toEqual([]);
  const workloads = docs.map((d) => d.toJS() as Workload | null).filter((w): w is Workload => w !== null);
  const commands = text
    .split('\n')
    .filter((l) => l.startsWith('# '))
    .map((l) => l.slice(2).replace(/ \\$/, '').trim())
    .join(' ')
    .split('kubectl create secret generic ')
    .slice(1);
  const secrets = new Map(
    commands.map((c) => {
      const [name = '', ...args] = c.split(' ').filter((a) => a !== '');
      const files = new Map(args.filter((a) => a.startsWith('--from-file=')).map((a) => a.slice('--from-file='.length).split('=') as [string, string]));
      const literals = args.filter((a) => a.startsWith('--from-literal=')).map((a) => a.slice('--from-literal='.length));
      return [name, { files, literals }] as const;
    }),
  );
  return { workloads, secrets };
}

describe('the container forms of the examples', () => {
  it.each(examples.map((e) => [e.name, e.plan] as const))('%s: a Fleet Server container only when self-managed, the agents’ always', (_name, plan) => {
    const ids = buildArtifacts(plan)
      .filter((a) => a.kind === 'docker-run' || a.kind === 'kubernetes')
      .map((a) => a.id);
    const selfManaged = plan.model === 'on-prem' || plan.model === 'on-prem-fleet-cloud-es';
    expect(ids).toEqual([...(selfManaged ? ['docker-run:fleet-server'] : []), 'docker-run:agent', 'kubernetes']);
  });

  it.each(examples.map((e) => [e.name, e.plan] as const))(
    '%s: the YAML parses to a Deployment (self-managed) and a DaemonSet whose variables, mounts and Secret keys agree',
    (_name, plan) => {
      const { workloads, secrets } = parseKubernetes(kubernetesText(plan));
      const selfManaged = plan.model === 'on-prem' || plan.model === 'on-prem-fleet-cloud-es';
      expect(workloads.map((w) => [w.kind, w.metadata.name])).toEqual([
        ...(selfManaged ? [['Deployment', 'fleet-server']] : []),
        ['DaemonSet', 'elastic-agent'],
      ]);
      for (const w of workloads) {
        expect(w.spec.selector.matchLabels).toEqual(w.spec.template.metadata.labels);
        const [container] = w.spec.template.spec.containers;
        expect(container!.image).toBe(`docker.elastic.co/elastic-agent/elastic-agent:${plan.agentVersion}`);
        const secretName = w.spec.template.spec.volumes[0]!.secret.secretName;
        const secret = secrets.get(secretName)!;
        expect(secret).toBeDefined();
        // Every path a variable names is mounted, from a key of the Secret made from that same path.
        const mounts = new Map(container!.volumeMounts.map((m) => [m.mountPath, m]));
        const paths = container!.env.flatMap((e) => (e.value?.startsWith('/') ? e.value.split(',') : []));
        for (const p of paths) expect(mounts.has(p), p).toBe(true);
        for (const m of container!.volumeMounts) {
          expect(m).toMatchObject({ name: 'tls', readOnly: true });
          expect(secret.files.get(m.subPath)).toBe(m.mountPath);
        }
        // Tokens come from the Secret, made from the caller's environment.
        const fromSecret = container!.env.filter((e) => e.valueFrom);
        expect(fromSecret.map((e) => e.valueFrom!.secretKeyRef)).toEqual(fromSecret.map((e) => ({ name: secretName, key: e.name })));
        expect(secret.literals).toEqual(fromSecret.map((e) => `${e.name}="$${e.name}"`));
        expect(fromSecret.map((e) => e.name)).toEqual([w.kind === 'DaemonSet' ? 'FLEET_ENROLLMENT_TOKEN' : 'FLEET_SERVER_SERVICE_TOKEN']);
        expect(container!.env[0]).toEqual({ name: w.kind === 'DaemonSet' ? 'FLEET_ENROLL' : 'FLEET_SERVER_ENABLE', value: '1' });
      }
    },
  );

  it('the variables carry exactly what the install flags carry, read from the same legs', () => {
    for (const { plan } of examples) {
      const topology = buildTopology(plan);
      for (const c of buildAgentContainers(plan, topology)) {
        const flags = c.host === 'agent' ? agentFlags(plan, topology, 'posix') : fleetServerFlags(plan, topology, 'posix');
        const expected = flags.flatMap((f) => {
          const [flag, value] = typeof f === 'string' ? [f, '1'] : [f.flag, f.value];
          const name = CONTAINER_ENV[flag as FlagName];
          return name ? [[name, flag.endsWith('-token') ? null : value]] : [];
        });
        expect(c.env).toEqual([[ENROLL_ENV[c.host], '1'], ...expected]);
      }
    }
  });

  it('every variable name the table holds, and every one the generator writes, is one elastic-agent container reads', () => {
    for (const name of TABLE_NAMES) expect(READ_BY_CONTAINER).toContain(name);
    const written = examples.flatMap(({ plan }) => buildAgentContainers(plan, buildTopology(plan)).flatMap((c) => c.env.map(([n]) => n)));
    expect(new Set(written).size).toBeGreaterThan(12);
    for (const name of written) expect(TABLE_NAMES).toContain(name);
  });

  it('the only install flag left without a variable is the agent key’s passphrase, which none exists for', () => {
    const flagsOf = (plan: Plan) => {
      const t = buildTopology(plan);
      return [...agentFlags(plan, t, 'posix'), ...fleetServerFlags(plan, t, 'posix')].map((f) => (typeof f === 'string' ? f : f.flag));
    };
    const missing = new Set(examples.flatMap(({ plan }) => flagsOf(plan)).filter((f) => !CONTAINER_ENV[f as FlagName]));
    expect([...missing]).toEqual(['--elastic-agent-cert-key-passphrase']);
  });
});

describe('an encrypted agent key', () => {
  const encrypted = example('on-prem-mutual');
  it('the example encrypts agent.key: both forms say plainly that a container cannot open it', () => {
    expect(encrypted.certs.encrypted.agentKey).toBe(true);
    const words = describeNote({ code: 'container-key-encrypted', params: { key: 'agent.key' } });
    expect(words).toContain('cannot open');
    for (const a of ofKind(encrypted, 'docker-run')) expect(renderArtifact(a, describeNote, { form: 'file' })).toContain(`# ${words}`);
    expect(kubernetesText(encrypted).split(`# ${words}`)).toHaveLength(3);
    expect(kubernetesText(encrypted)).not.toContain('PASSPHRASE=/etc/elastic-agent/certs/agent.key.pass');
  });
  it('without the encryption, no such note', () => {
    const plain = example('on-prem-mutual');
    plain.certs.encrypted.agentKey = false;
    plain.certs.encrypted.outputKey = false;
    const texts = [...ofKind(plain, 'docker-run').map((a) => renderArtifact(a, describeNote, { form: 'file' })), kubernetesText(plain)];
    for (const t of texts) expect(t).not.toContain('cannot open');
  });
});

describe('no secret in the text', () => {
  it('typed tokens never appear: the variables are read from the environment or a Secret', () => {
    for (const { plan: base } of examples) {
      const plan = structuredClone(base);
      plan.secrets.enrollmentToken = 'SECRET-ENROLLMENT-TOKEN';
      plan.secrets.serviceToken = 'SECRET-SERVICE-TOKEN';
      const texts = [...ofKind(plan, 'docker-run'), ...ofKind(plan, 'kubernetes')].flatMap((a) => [
        renderArtifact(a, describeNote, { form: 'file' }),
        renderArtifact(a, describeNote, { form: 'paste' }),
      ]);
      expect(texts.length).toBeGreaterThan(2);
      for (const t of texts) {
        expect(t).not.toMatch(/SECRET-|BEGIN|PRIVATE KEY/);
      }
    }
  });
});

describe('which releases and hosts get a container form', () => {
  it('before 8.14.0 a container reads no mutual TLS variable: a mutual plan gets none, a one-way plan does', () => {
    const mutual = example('on-prem-mutual');
    mutual.agentVersion = '8.13.4';
    expect(buildAgentContainers(mutual, buildTopology(mutual))).toEqual([]);
    mutual.agentVersion = '8.14.0';
    expect(buildAgentContainers(mutual, buildTopology(mutual)).map((c) => c.host)).toEqual(['fleet-server', 'agent']);
    const oneWay = example('on-prem-one-way');
    oneWay.agentVersion = '8.13.4';
    expect(buildAgentContainers(oneWay, buildTopology(oneWay)).map((c) => c.host)).toEqual(['fleet-server', 'agent']);
  });
  it('Elastic Agent images are Linux only: a Windows Fleet Server host or Windows-only agents get none', () => {
    const plan = defaultPlan('on-prem');
    plan.fleetServer.platform = 'windows-x86_64';
    plan.agents.platforms = ['windows-x86_64'];
    expect(buildAgentContainers(plan, buildTopology(plan))).toEqual([]);
    plan.agents.platforms = ['windows-x86_64', 'darwin-aarch64'];
    expect(buildAgentContainers(plan, buildTopology(plan)).map((c) => c.host)).toEqual(['agent']);
  });
});

/** Runs a docker-run script with a docker that records its argv, the tokens exported or not. */
function runDocker(text: string, shell: 'bash' | 'dash' | 'zsh', form: ScriptForm, exported: boolean, input: string) {
  const root = scratchDir();
  const stubs = prepareStubs({ root });
  copyFileSync(join(root, 'bin', 'elastic-agent'), join(root, 'bin', 'docker'));
  const env = { ...stubs.env, ...(exported ? { FLEET_ENROLLMENT_TOKEN: 'x', FLEET_SERVER_SERVICE_TOKEN: 'y' } : {}) };
  const file = join(root, 'script.sh');
  writeFileSync(file, text);
  const args = form === 'file' ? [file] : ['-c', text];
  const r = spawnSync(shell, args, { cwd: stubs.work, env, input, encoding: 'utf8', timeout: 20_000 });
  return { status: r.status, stderr: r.stderr, calls: stubs.calls(), root };
}

function dockerScripts(plan: Plan) {
  return ofKind(plan, 'docker-run').map((a) => {
    const step = a.script.find((s): s is Command => s.kind === 'command')!;
    return { artifact: a, intended: argvOf(step).slice(1), input: 'pass phrase\n'.repeat(a.script.filter((s) => s.kind === 'write-secret-file').length) };
  });
}

describe('the docker run scripts, run', () => {
  const scripts = examples.flatMap(({ name, plan }) => dockerScripts(plan).map((s) => [`${name} ${s.artifact.id}`, s] as const));

  it.each(scripts)('%s: bash -n accepts both forms', (_name, { artifact }) => {
    for (const form of ['file', 'paste'] as const) {
      const r = spawnSync('bash', ['-n'], { input: renderArtifact(artifact, describeNote, { form }), encoding: 'utf8' });
      expect(r.status, r.stderr).toBe(0);
    }
  });

  it.each(scripts)('%s: docker gets exactly the intended argv under bash, dash and zsh; with a token not exported, it is never called', (_name, s) => {
    expect(s.intended.slice(0, 4)).toEqual(['run', '--detach', expect.stringMatching(/^--name=/), '--user=root']);
    expect(s.intended.at(-1)).toMatch(/^docker\.elastic\.co\/elastic-agent\/elastic-agent:/);
    for (const v of s.intended.filter((a) => a.startsWith('--volume='))) expect(v).toMatch(/^--volume=(\/[^:]+):\1:ro$/);
    for (const shell of ['bash', 'dash', 'zsh'] as const) {
      for (const form of ['file', 'paste'] as const) {
        const text = renderArtifact(s.artifact, describeNote, { form });
        expect(runDocker(text, shell, form, true, s.input).calls, `${shell} ${form}`).toEqual([s.intended]);
        const missing = runDocker(text, shell, form, false, s.input);
        expect(missing.calls).toEqual([]);
        expect(missing.status).not.toBe(0);
      }
    }
  });

  const hostile = hostilePlans().flatMap(({ name, plan }) => dockerScripts(plan).map((s) => [`${name} ${s.artifact.id}`, s] as const));
  it('the hostile plans reach both docker scripts', () => {
    expect(new Set(hostile.map(([, s]) => s.artifact.id))).toEqual(new Set(['docker-run:fleet-server', 'docker-run:agent']));
  });
  it.each(hostile)('%s: hostile values run nothing; the file form hands docker exactly the intended argv', (_name, s) => {
    for (const shell of ['bash', 'dash'] as const) {
      const r = runDocker(renderArtifact(s.artifact, describeNote, { form: 'file' }), shell, 'file', true, s.input);
      expect(findNamed(r.root, MARKERS)).toEqual([]);
      expect(r.calls, r.stderr).toEqual([s.intended]);
      const pasted = runDocker(renderArtifact(s.artifact, describeNote, { form: 'paste' }), shell, 'paste', true, s.input);
      expect(findNamed(pasted.root, MARKERS)).toEqual([]);
    }
  });
});
