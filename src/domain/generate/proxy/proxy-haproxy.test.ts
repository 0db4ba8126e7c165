/**
 * The generated haproxy.cfg held to the real HAProxy: `haproxy -c` accepts it for each proxy
 * example with the PEM files it names, and on 127.0.0.1 it routes by SNI to "Elastic Cloud"
 * with the cloud host in SNI and Host, and refuses clients without the agent CA’s certificate.
 */
import { spawnSync, type ChildProcess } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { examplePlans } from '../../../../test/example-plans';
import type { Plan } from '../../plan/schema';
import { buildArtifacts } from '../build-artifacts';
import { PUBLIC_CA_BUNDLE } from './render-proxy';
import { curl, freePort, localize, proxyConfig, removeDir, startCloud, startListening, stop, tempDir, writeProxyLab } from './proxy-reality.test-helper';

const dirs: string[] = [];
afterAll(() => dirs.forEach(removeDir));
const proxyPlans = examplePlans().filter(({ plan }) => buildArtifacts(plan).some((a) => a.kind === 'proxy-haproxy'));

async function setUp(plan: Plan) {
  const dir = tempDir();
  dirs.push(dir);
  await writeProxyLab(plan, dir);
  const { artifact, text } = proxyConfig(plan, 'proxy-haproxy');
  if (artifact.kind !== 'proxy-haproxy') throw new Error(artifact.kind);
  return { dir, text, fronts: artifact.proxy.fronts };
}

describe('haproxy -c', () => {
  it('the proxy examples, and only they, have a HAProxy configuration', () => {
    expect(proxyPlans.map((p) => p.name)).toEqual(['cloud-fleet-proxy-mutual', 'cloud-fleet-proxy-one-way', 'on-prem-fleet-cloud-es-proxy-mutual']);
  });

  it.each(proxyPlans)('accepts the configuration of $name, with the lab’s files joined into proxy.pem', async ({ plan }) => {
    const { dir, text, fronts } = await setUp(plan);
    const cfg = join(dir, 'haproxy.cfg');
    writeFileSync(cfg, localize(text, dir, new Map(fronts.map((f) => [f.port, f.port])), 1, PUBLIC_CA_BUNDLE));
    const run = spawnSync('haproxy', ['-c', '-f', cfg], { encoding: 'utf8', timeout: 20_000 });
    expect(run.stdout + run.stderr).toContain('Configuration file is valid');
    expect(run.status).toBe(0);
  });
});

describe('a request through HAProxy on 127.0.0.1', () => {
  it('cloud-fleet-proxy, client auth optional for Fleet: each front reaches its cloud endpoint by SNI; the Elasticsearch front refuses a client without a certificate, both refuse another CA’s', async () => {
    const plan = structuredClone(proxyPlans.find((p) => p.name === 'cloud-fleet-proxy-mutual')!.plan);
    plan.clientAuth = 'optional';
    const { dir, text, fronts } = await setUp(plan);
    const port = await freePort();
    const cloud = await startCloud(
      dir,
      fronts.map((f) => f.cloudHost),
    );
    let haproxy: ChildProcess | undefined;
    try {
      const cfg = join(dir, 'haproxy.cfg');
      writeFileSync(cfg, localize(text, dir, new Map([[443, port]]), cloud.port));
      haproxy = await startListening('haproxy', ['-db', '-f', cfg], port);
      const [fleet, es] = ['fleet', 'es'].map((u) => fronts.find((f) => f.upstream === u)!.host);
      const agent = ['--cert', 'agent.crt', '--key', 'agent.key'];
      expect(await curl(dir, fleet!, port, agent)).toEqual({ exit: 0, status: '200' });
      expect(await curl(dir, es!, port, agent)).toEqual({ exit: 0, status: '200' });
      expect(await curl(dir, fleet!, port, [])).toEqual({ exit: 0, status: '200' });
      expect(cloud.seen).toEqual([
        { sni: '8f1c2a7d3b.fleet.europe-west1.gcp.cloud.es.io', host: '8f1c2a7d3b.fleet.europe-west1.gcp.cloud.es.io' },
        { sni: '8f1c2a7d3b.es.europe-west1.gcp.cloud.es.io', host: '8f1c2a7d3b.es.europe-west1.gcp.cloud.es.io' },
        { sni: '8f1c2a7d3b.fleet.europe-west1.gcp.cloud.es.io', host: '8f1c2a7d3b.fleet.europe-west1.gcp.cloud.es.io' },
      ]);
      // The bind asks (verify optional): HAProxy denies the request on the front that requires a certificate.
      expect(await curl(dir, es!, port, [])).toEqual({ exit: 0, status: '403' });
      // A certificate from another CA fails the handshake itself.
      const other = await curl(dir, fleet!, port, ['--cert', 'other-agent.crt', '--key', 'other-agent.key']);
      expect(other.exit).not.toBe(0);
      expect(cloud.seen).toHaveLength(3);
    } finally {
      stop(haproxy);
      await cloud.close();
    }
  });
});
