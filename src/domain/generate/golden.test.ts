import { describe, expect, it } from 'vitest';
import { expectGolden } from '../../../test/golden';
import { examplePlans } from '../../../test/example-plans';
import { runbookText } from '#words/runbook';
import { runPlanChecks } from '../checks/plan/run-plan-checks';
import { defaultPlan } from '../plan/defaults';
import type { Plan } from '../plan/schema';
import { buildTopology } from '../topology/build-topology';
import { buildArtifacts } from './build-artifacts';
import { buildRunbook } from './runbook';
import { argvOf, type ScriptStep } from './script';

/** The runbook exactly as `fleet-tls render` prints it: numbered steps, then what to watch for. */
function renderAll(plan: Plan): string {
  const topology = buildTopology(plan);
  return runbookText(plan, buildRunbook(plan, topology), runPlanChecks(plan, topology));
}

function installArgv(plan: Plan, id: string): string[] {
  const a = buildArtifacts(plan).find((x) => x.id === id);
  if (!a || !('script' in a)) throw new Error(id);
  const step = a.script.find((s): s is Extract<ScriptStep, { kind: 'command' }> => s.kind === 'command' && s.multiline === true);
  return argvOf(step!);
}

/** The answers that make the Fleet docs' examples (shared/seeds) with their files under /path/to. */
function seedPlan(change: (p: Plan) => void): Plan {
  const p = defaultPlan('on-prem');
  p.fleetServer.urls = ['https://your-fleet-server.elastic.co:443'];
  p.fleetServer.policyId = 'FLEET-SERVER-POLICY-ID';
  p.elasticsearch.hosts = ['https://es.elastic.com:443'];
  p.secrets.serviceToken = 'FLEET-SERVER-SERVICE-TOKEN';
  p.certs.fleetServerDir = '/path/to';
  Object.assign(p.certs.files, {
    fleetServerCa: 'fleet-ca',
    esCa: 'es-ca',
    fleetServerCert: 'fleet-cert',
    fleetServerKey: 'fleet-cert-key',
    agentCa: 'agent-ca',
    agentCert: 'agent-cert',
    agentKey: 'agent-cert-key',
    fleetServerEsCert: 'fleet-es-cert',
    fleetServerEsKey: 'fleet-es-cert-key',
  });
  change(p);
  return p;
}

describe('the Fleet docs examples, reproduced from equivalent answers', () => {
  it('seed 001, one-way TLS: the same flags in the same order (run as sudo ./elastic-agent from the unpacked tarball)', () => {
    const plan = seedPlan(() => {});
    // shared/seeds/001_6bf2b0001625a715.txt, "Simple one-way TLS connection".
    expect(installArgv(plan, 'fleet-server-install:linux-x86_64')).toEqual([
      './elastic-agent',
      'install',
      '--url=https://your-fleet-server.elastic.co:443',
      '--certificate-authorities=/path/to/fleet-ca',
      '--fleet-server-es=https://es.elastic.com:443',
      '--fleet-server-es-ca=/path/to/es-ca',
      '--fleet-server-cert=/path/to/fleet-cert',
      '--fleet-server-cert-key=/path/to/fleet-cert-key',
      '--fleet-server-service-token=FLEET-SERVER-SERVICE-TOKEN',
      '--fleet-server-policy=FLEET-SERVER-POLICY-ID',
      '--fleet-server-port=8220',
      // Not in the seed, written before 9.0: a 9.x tar.gz install needs the servers flavor (audit row 3).
      '--install-servers',
    ]);
    expectGolden('seed-001-one-way.txt', renderAll(plan));
  });

  it('seed 001, mutual TLS: the same flags in the same order', () => {
    const plan = seedPlan((p) => {
      p.tls = 'mutual';
      p.clientAuth = 'required';
      p.mutualFleetServerEs = true;
    });
    // shared/seeds/001_6bf2b0001625a715.txt, "Mutual TLS connection".
    expect(installArgv(plan, 'fleet-server-install:linux-x86_64')).toEqual([
      './elastic-agent',
      'install',
      '--url=https://your-fleet-server.elastic.co:443',
      '--certificate-authorities=/path/to/fleet-ca,/path/to/agent-ca',
      '--elastic-agent-cert=/path/to/agent-cert',
      '--elastic-agent-cert-key=/path/to/agent-cert-key',
      '--fleet-server-es=https://es.elastic.com:443',
      '--fleet-server-es-ca=/path/to/es-ca',
      '--fleet-server-es-cert=/path/to/fleet-es-cert',
      '--fleet-server-es-cert-key=/path/to/fleet-es-cert-key',
      '--fleet-server-cert=/path/to/fleet-cert',
      '--fleet-server-cert-key=/path/to/fleet-cert-key',
      '--fleet-server-client-auth=required',
      '--fleet-server-service-token=FLEET-SERVER-SERVICE-TOKEN',
      '--fleet-server-policy=FLEET-SERVER-POLICY-ID',
      '--fleet-server-port=8220',
      '--install-servers',
    ]);
    expectGolden('seed-001-mutual.txt', renderAll(plan));
  });

  it('seed 003, Fleet Server with client auth required: the same flags; one CA signs both, so it is listed once', () => {
    const plan = seedPlan((p) => {
      p.tls = 'mutual';
      p.mutualFleetServerEs = true;
      p.fleetServer.urls = ['https://192.0.2.1:8220'];
      p.fleetServer.policyId = 'fleet-server-policy';
      p.elasticsearch.hosts = ['https://192.0.2.0:9200'];
      p.secrets.serviceToken = 'AAEBAWVsYXm0aWMvZmxlZXQtc2XydmVyL3Rva2VuLTE2MjM4OTAztDU1OTQ6dllfVW1mYnFTVjJwTC2ZQ0EtVnVZQQ';
      p.certs.encrypted.agentKey = true;
      Object.assign(p.certs.files, {
        fleetServerCa: 'ca.crt',
        agentCa: 'ca.crt',
        esCa: 'elasticsearch-ca.crt',
        fleetServerCert: 'fleet-server.crt',
        fleetServerKey: 'fleet-server.key',
        agentCert: 'fleet-server.crt',
        agentKey: 'fleet-server.key',
        agentKeyPassphrase: 'passphrase-file',
        fleetServerEsCert: 'fleet-server.crt',
        fleetServerEsKey: 'fleet-server.key',
      });
    });
    // shared/seeds/003_6420c67acc62d9e7.txt: same flags, in another order, with every file
    // under one directory (the seed mixes /path/to and /tmp) and `passphrase-file`
    // listed under its correct name (the seed's "Where:" list calls it elastic-agent-cert-key).
    expect(installArgv(plan, 'fleet-server-install:linux-x86_64').sort()).toEqual(
      [
        './elastic-agent',
        'install',
        '--url=https://192.0.2.1:8220',
        '--fleet-server-es=https://192.0.2.0:9200',
        '--fleet-server-service-token=AAEBAWVsYXm0aWMvZmxlZXQtc2XydmVyL3Rva2VuLTE2MjM4OTAztDU1OTQ6dllfVW1mYnFTVjJwTC2ZQ0EtVnVZQQ',
        '--fleet-server-policy=fleet-server-policy',
        '--fleet-server-es-ca=/path/to/elasticsearch-ca.crt',
        '--certificate-authorities=/path/to/ca.crt',
        '--fleet-server-cert=/path/to/fleet-server.crt',
        '--fleet-server-cert-key=/path/to/fleet-server.key',
        // Not in the seed: it gives fleet-server.key a passphrase for the local agent and none
        // for Fleet Server itself. One file is encrypted or not (audit row 5).
        '--fleet-server-cert-key-passphrase=/path/to/passphrase-file',
        '--fleet-server-port=8220',
        '--elastic-agent-cert=/path/to/fleet-server.crt',
        '--elastic-agent-cert-key=/path/to/fleet-server.key',
        '--elastic-agent-cert-key-passphrase=/path/to/passphrase-file',
        '--fleet-server-es-cert=/path/to/fleet-server.crt',
        '--fleet-server-es-cert-key=/path/to/fleet-server.key',
        '--fleet-server-client-auth=required',
        '--install-servers',
      ].sort(),
    );
    expectGolden('seed-003-mutual.txt', renderAll(plan));
  });

  it('seed 003, agents: --url, --enrollment-token, --certificate-authorities (from the unpacked tarball, so ./elastic-agent)', () => {
    const plan = seedPlan((p) => {
      p.fleetServer.urls = ['https://192.0.2.1:8220'];
      p.certs.agentDirPosix = '/path/to';
      p.certs.files.fleetServerCa = 'ca.crt';
      p.secrets.enrollmentToken = '<string>';
    });
    expect(installArgv(plan, 'agent-install:linux-x86_64')).toEqual([
      './elastic-agent',
      'install',
      '--url=https://192.0.2.1:8220',
      '--enrollment-token=<string>',
      '--certificate-authorities=/path/to/ca.crt',
    ]);
  });
});

describe('every example plan, as text a reviewer can read', () => {
  for (const { name, plan } of examplePlans()) {
    it(name, () => expectGolden(`examples/${name}.txt`, renderAll(plan)));
  }
});
