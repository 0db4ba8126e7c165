/**
 * The generated nginx configuration held to the real nginx: `nginx -t` accepts it for each
 * proxy example, and on 127.0.0.1 it lets an agent’s certificate through to "Elastic Cloud"
 * with the cloud host in SNI and Host, and refuses a client without a certificate or with
 * one from another CA where the front requires it.
 */
import { spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { examplePlans } from '../../../../test/example-plans';
import type { Plan } from '../../plan/schema';
import { buildArtifacts } from '../build-artifacts';
import { PUBLIC_CA_BUNDLE } from './render-proxy';
import {
  curl,
  freePort,
  localize,
  proxyConfig,
  removeDir,
  startCloud,
  startListening,
  stop,
  tempDir,
  writeProxyLab,
  type Cloud,
} from './proxy-reality.test-helper';

const dirs: string[] = [];
afterAll(() => dirs.forEach(removeDir));
const proxyPlans = examplePlans().filter(({ plan }) => buildArtifacts(plan).some((a) => a.kind === 'proxy-nginx'));

/** The snippet inside a minimal nginx.conf whose pid, logs and temporary files stay in `dir`. */
function nginxConf(dir: string, snippet: string): string {
  writeFileSync(join(dir, 'fleet-tls-proxy.conf'), snippet);
  mkdirSync(join(dir, 'temp'), { recursive: true });
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((t) => `${t}_temp_path ${dir}/temp/${t};`).join(' ');
  const conf = join(dir, 'nginx.conf');
  writeFileSync(
    conf,
    `${process.getuid?.() === 0 ? 'user root;\n' : ''}worker_processes 1;\npid ${dir}/nginx.pid;\nerror_log ${dir}/error.log;\nevents {}\nhttp {\n    access_log off;\n    ${temp}\n    include ${dir}/fleet-tls-proxy.conf;\n}\n`,
  );
  return conf;
}

const nginxArgs = (dir: string, conf: string) => ['-p', dir, '-e', join(dir, 'error.log'), '-c', conf];

async function setUp(plan: Plan) {
  const dir = tempDir();
  dirs.push(dir);
  await writeProxyLab(plan, dir);
  const { artifact, text } = proxyConfig(plan, 'proxy-nginx');
  if (artifact.kind !== 'proxy-nginx') throw new Error(artifact.kind);
  return { dir, text, fronts: artifact.proxy.fronts };
}

describe('nginx -t', () => {
  it('the proxy examples, and only they, have a proxy configuration', () => {
    expect(proxyPlans.map((p) => p.name)).toEqual(['cloud-fleet-proxy-mutual', 'cloud-fleet-proxy-one-way', 'on-prem-fleet-cloud-es-proxy-mutual']);
  });

  it.each(proxyPlans)('accepts the configuration of $name, with the lab’s files', async ({ plan }) => {
    const { dir, text, fronts } = await setUp(plan);
    const conf = nginxConf(dir, localize(text, dir, new Map(fronts.map((f) => [f.port, f.port])), 1, PUBLIC_CA_BUNDLE));
    const run = spawnSync('nginx', ['-t', ...nginxArgs(dir, conf)], { encoding: 'utf8', timeout: 20_000 });
    expect(run.stderr).toContain('test is successful');
    expect(run.status).toBe(0);
  });
});

describe('a request through nginx on 127.0.0.1', () => {
  /** `bundle`: the file nginx trusts for the cloud, the throwaway public CA unless given. */
  async function run(
    plan: Plan,
    check: (call: (upstream: 'fleet' | 'es', client: string[]) => ReturnType<typeof curl>, cloud: Cloud) => Promise<void>,
    bundle?: string,
  ) {
    const { dir, text, fronts } = await setUp(plan);
    const listen = new Map<number, number>();
    for (const f of fronts) if (!listen.has(f.port)) listen.set(f.port, await freePort());
    const cloud = await startCloud(
      dir,
      fronts.map((f) => f.cloudHost),
    );
    let nginx: ChildProcess | undefined;
    try {
      const conf = nginxConf(dir, localize(text, dir, listen, cloud.port, bundle && join(dir, bundle)));
      nginx = await startListening('nginx', [...nginxArgs(dir, conf), '-g', 'daemon off;'], listen.values().next().value!);
      const call = (upstream: 'fleet' | 'es', client: string[]) => {
        const f = fronts.find((x) => x.upstream === upstream)!;
        return curl(dir, f.host, listen.get(f.port)!, client);
      };
      await check(call, cloud);
    } finally {
      stop(nginx);
      await cloud.close();
    }
  }
  const agent = ['--cert', 'agent.crt', '--key', 'agent.key'];
  const other = ['--cert', 'other-agent.crt', '--key', 'other-agent.key'];
  const named = (name: string) => examplePlans().find((p) => p.name === name)!.plan;

  it('cloud-fleet-proxy, mutual: the agent certificate gets through to each cloud endpoint, named in SNI and Host; no certificate, or another CA’s, is refused', async () => {
    const plan = named('cloud-fleet-proxy-mutual');
    await run(plan, async (call, cloud) => {
      expect(await call('fleet', agent)).toEqual({ exit: 0, status: '200' });
      expect(await call('es', agent)).toEqual({ exit: 0, status: '200' });
      expect(cloud.seen).toEqual([
        { sni: '8f1c2a7d3b.fleet.europe-west1.gcp.cloud.es.io', host: '8f1c2a7d3b.fleet.europe-west1.gcp.cloud.es.io' },
        { sni: '8f1c2a7d3b.es.europe-west1.gcp.cloud.es.io', host: '8f1c2a7d3b.es.europe-west1.gcp.cloud.es.io' },
      ]);
      // nginx ends the handshake, then answers 400 (No required SSL certificate / The SSL certificate error).
      expect(await call('fleet', [])).toEqual({ exit: 0, status: '400' });
      expect(await call('es', other)).toEqual({ exit: 0, status: '400' });
      expect(cloud.seen).toHaveLength(2);
    });
  });

  it('on-prem Fleet Server with the agents’ output one way: the front asks; no certificate passes, Fleet Server’s passes, another CA’s is refused', async () => {
    const plan = structuredClone(named('on-prem-fleet-cloud-es-proxy-mutual'));
    plan.mutualOutput = false;
    await run(plan, async (call, cloud) => {
      expect(await call('es', [])).toEqual({ exit: 0, status: '200' });
      expect(await call('es', ['--cert', 'fleet-server-es.crt', '--key', 'fleet-server-es.key'])).toEqual({ exit: 0, status: '200' });
      expect(await call('es', other)).toEqual({ exit: 0, status: '400' });
      expect(cloud.seen.map((s) => s.host)).toEqual(['8f1c2a7d3b.es.europe-west1.gcp.cloud.es.io', '8f1c2a7d3b.es.europe-west1.gcp.cloud.es.io']);
    });
  });

  it('cloud-fleet-proxy, one way: a client without a certificate gets through', async () => {
    await run(named('cloud-fleet-proxy-one-way'), async (call, cloud) => {
      expect(await call('fleet', [])).toEqual({ exit: 0, status: '200' });
      expect(await call('es', [])).toEqual({ exit: 0, status: '200' });
      expect(cloud.seen.map((s) => s.sni)).toEqual(['8f1c2a7d3b.fleet.europe-west1.gcp.cloud.es.io', '8f1c2a7d3b.es.europe-west1.gcp.cloud.es.io']);
    });
  });

  it('the proxy checks the cloud’s certificate: trusting another CA, it answers 502 and sends nothing on', async () => {
    await run(
      named('cloud-fleet-proxy-one-way'),
      async (call, cloud) => {
        expect(await call('fleet', [])).toEqual({ exit: 0, status: '502' });
        expect(cloud.seen).toEqual([]);
      },
      'proxy-ca.crt',
    );
  });
});
