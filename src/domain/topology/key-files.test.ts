import { describe, expect, it } from 'vitest';
import { examplePlans } from '../../../test/example-plans';
import type { Plan } from '../plan/schema';
import { buildTopology, findLeg } from './build-topology';

const ex = Object.fromEntries(examplePlans().map((e) => [e.name, e.plan]));

function edit(base: Plan, change: (p: Plan) => void): Plan {
  const copy = structuredClone(base);
  change(copy);
  return copy;
}

/** The passphrase roles of the three keys, as the legs carry them. */
function passphrases(plan: Plan) {
  const t = buildTopology(plan);
  const agentFleet = findLeg(t, 'agent-fleet');
  return {
    fleetServerKey: agentFleet?.presented.kind === 'cert' ? agentFleet.presented.passphrase : undefined,
    agentKey: agentFleet?.mutual?.passphrase,
    outputKey: findLeg(t, 'agent-output')?.mutual?.passphrase,
  };
}

/**
 * Whether a key is encrypted belongs to the file (audit row 5): elastic-agent-libs
 * transport/tlscommon/tls.go LoadCertificate cannot read an encrypted PKCS#8 key without
 * its passphrase, so a shared agent.key given a passphrase for enrollment and none for the
 * Output breaks every agent's output; the mirror case breaks enrollment.
 */
describe('one key file, one state', () => {
  it.each([
    [
      'the shipped mutual example: agent.key encrypted for enrollment is encrypted for the Output too',
      ex['on-prem-mutual']!,
      { fleetServerKey: 'fleetServerKeyPassphrase', agentKey: 'agentKeyPassphrase', outputKey: 'agentKeyPassphrase' },
    ],
    [
      'the mirror case: encrypted for the Output, so enrollment passes its passphrase as well',
      edit(ex['on-prem-mutual']!, (p) => {
        p.certs.encrypted = { fleetServerKey: false, agentKey: false, outputKey: true };
      }),
      { fleetServerKey: null, agentKey: 'outputKeyPassphrase', outputKey: 'outputKeyPassphrase' },
    ],
    [
      'different files keep their own state',
      edit(ex['on-prem-mutual']!, (p) => {
        p.certs.files.outputKey = 'output.key';
        p.certs.encrypted = { fleetServerKey: false, agentKey: true, outputKey: false };
      }),
      { fleetServerKey: null, agentKey: 'agentKeyPassphrase', outputKey: null },
    ],
    [
      'the Fleet Server key reused as the local agent’s key (seed 003) is one file on the Fleet Server host',
      edit(ex['on-prem-mutual']!, (p) => {
        p.certs.files.agentKey = 'fleet-server.key';
        p.certs.files.outputKey = 'output.key';
        p.certs.encrypted = { fleetServerKey: false, agentKey: true, outputKey: false };
      }),
      { fleetServerKey: 'agentKeyPassphrase', agentKey: 'agentKeyPassphrase', outputKey: null },
    ],
    [
      'the same name on hosts that share nothing is two files: the Fleet Server key and a one-way output',
      edit(ex['on-prem-logstash-mutual']!, (p) => {
        p.clientAuth = 'optional';
        p.certs.files.outputKey = 'fleet-server.key';
        p.certs.files.agentKey = 'agent.key';
        p.certs.encrypted = { fleetServerKey: true, agentKey: false, outputKey: false };
      }),
      { fleetServerKey: 'fleetServerKeyPassphrase', agentKey: null, outputKey: null },
    ],
  ])('%s', (_title, plan, expected) => {
    expect(passphrases(plan)).toEqual(expected);
  });
});
