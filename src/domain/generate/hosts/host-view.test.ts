import { describe, expect, it } from 'vitest';
import { examplePlans } from '../../../../test/example-plans';
import { artifactFileName } from '../build-artifacts';
import { buildRunbook } from '../runbook';
import { buildHostViews, type HostView } from './host-view';

const plan = (name: string) => examplePlans().find((e) => e.name === name)!.plan;

/** Each host as the runbook's file names with their step numbers, and its files' paths. */
const summary = (views: readonly HostView[]) =>
  views.map((v) => ({
    id: v.id,
    run: v.artifacts.map((a) => `${a.step} ${artifactFileName(a.artifact)}`),
    files: v.files.map((f) => `${f.path}${f.written ? ' (written)' : ''}`),
  }));

describe('the runbook by host', () => {
  it('on-premises mutual TLS: Kibana, Elasticsearch, the Fleet Server host and one group per agent package, each with its files and its steps in order', () => {
    // Read off test/golden/examples/on-prem-mutual.txt: steps 1 Kibana, 2 Elasticsearch, 3 files, 4 Fleet Server, 5 agents, 6 containers, 7 checks.
    expect(summary(buildHostViews(buildRunbook(plan('on-prem-mutual'))))).toEqual(
      [
        { id: 'kibana', run: ['1 kibana-fleet-settings.txt', '1 output-advanced.yml'], files: [] },
        { id: 'elasticsearch', run: ['2 elasticsearch-http-ssl.yml'], files: ['$ES_PATH_CONF/certs/<FLEET_SERVER_ES_CA>', '$ES_PATH_CONF/certs/agent-ca.crt'] },
        {
          id: 'fleet-server',
          run: ['4 fleet-server-linux-x86_64.sh', '7 check-fleet-server.sh'],
          files: [
            ...[
              'fleet-ca.crt',
              'fleet-server.crt',
              'fleet-server.key',
              'agent-ca.crt',
              'agent.crt',
              'agent.key',
              'es-ca.crt',
              'fleet-server-es.crt',
              'fleet-server-es.key',
            ].map((f) => `/etc/elastic-agent/certs/${f}`),
            '/etc/elastic-agent/certs/fleet-server.key.pass (written)',
            '/etc/elastic-agent/certs/agent.key.pass (written)',
          ],
        },
        ...['linux-x86_64', 'deb-amd64'].map((p) => ({
          id: `agents:${p}`,
          run: [`5 agent-${p}.sh`, '7 check-agent-posix.sh'],
          files: [
            ...['fleet-ca.crt', 'agent.crt', 'agent.key', 'es-ca.crt'].map((f) => `/etc/elastic-agent/certs/${f}`),
            '/etc/elastic-agent/certs/agent.key.pass (written)',
          ],
        })),
        {
          id: 'agents:windows-x86_64',
          run: ['5 agent-windows-x86_64.ps1', '5 agent-windows-x86_64-msi.ps1', '5 agent-windows-x86_64-msi.cmd', '7 check-agent-windows.ps1'],
          files: [
            ...['fleet-ca.crt', 'agent.crt', 'agent.key', 'es-ca.crt'].map((f) => `C:\\ProgramData\\ElasticAgentCerts\\${f}`),
            'C:\\ProgramData\\ElasticAgentCerts\\agent.key.pass (written)',
          ],
        },
        { id: 'containers', run: ['6 docker-fleet-server.sh', '6 docker-agent.sh', '6 elastic-agent-kubernetes.yml'], files: [] },
      ].sort((a, b) => order(a.id) - order(b.id)),
    );
  });

  it('a Logstash output: the Logstash host holds its certificate, its key and the agents’ CA, and applies the input', () => {
    const logstash = buildHostViews(buildRunbook(plan('on-prem-logstash-mutual'))).find((v) => v.id === 'logstash')!;
    expect(summary([logstash])).toEqual([
      {
        id: 'logstash',
        run: ['2 elastic-agent-input.conf'],
        files: ['/etc/logstash/certs/logstash.crt', '/etc/logstash/certs/logstash.key', '/etc/logstash/certs/agent-ca.crt'],
      },
    ]);
  });

  it('Elastic Cloud behind the proxy: the proxy host holds its certificate, key and the agents’ CA, and runs nginx or HAProxy', () => {
    const proxy = buildHostViews(buildRunbook(plan('cloud-fleet-proxy-mutual'))).find((v) => v.id === 'proxy')!;
    expect(summary([proxy])).toEqual([
      {
        id: 'proxy',
        run: ['2 fleet-tls-proxy.nginx.conf', '2 haproxy.cfg'],
        files: ['/etc/fleet-tls/proxy.crt', '/etc/fleet-tls/proxy.key', '/etc/fleet-tls/agent-ca.crt'],
      },
    ]);
  });

  it('Fleet Server on Elastic Cloud: no Fleet Server host, no Elasticsearch step', () => {
    const ids = buildHostViews(buildRunbook(plan('cloud-fleet-one-way'))).map((v) => v.id);
    expect(ids).not.toContain('fleet-server');
    expect(ids).not.toContain('elasticsearch');
    expect(ids[0]).toBe('kibana');
  });

  it('every artifact of every example but the files listing is on at least one host, in ascending step order', () => {
    for (const { name, plan: p } of examplePlans()) {
      const steps = buildRunbook(p);
      const views = buildHostViews(steps);
      const placed = new Set(views.flatMap((v) => v.artifacts.map((a) => a.artifact.id)));
      for (const a of steps.flatMap((s) => s.artifacts)) if (a.kind !== 'certificate-files') expect(placed.has(a.id), `${name}: ${a.id}`).toBe(true);
      for (const v of views)
        expect(
          v.artifacts.map((a) => a.step),
          `${name}: ${v.id}`,
        ).toEqual([...v.artifacts.map((a) => a.step)].sort((x, y) => x - y));
    }
  });
});

// The hosts in the order the plan lists its agent platforms (on-prem-mutual: linux-x86_64, windows-x86_64, deb-amd64).
const ORDER = ['kibana', 'elasticsearch', 'fleet-server', 'agents:linux-x86_64', 'agents:windows-x86_64', 'agents:deb-amd64', 'containers'];
const order = (id: string) => ORDER.indexOf(id);
