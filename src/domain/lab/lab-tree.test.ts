import { describe, expect, it } from 'vitest';
import { makeLab } from '../certs/write/make-lab';
import { labPlan } from './lab-plans.test-helper';
import { labSpec } from './lab-spec';
import { labTree } from './lab-tree';

async function folders(name: string): Promise<Record<string, string[]>> {
  const plan = labPlan(name);
  const spec = labSpec(plan, { keyType: { kind: 'EC', curve: 'P-256' }, cas: 'one' });
  const made = await makeLab(spec, { now: new Date('2026-11-01T00:00:00Z'), validityDays: 30, passphrase: 'lab' });
  const out: Record<string, string[]> = {};
  for (const f of labTree(plan, spec, made).files) (out[f.host] ??= []).push(f.path.slice(f.path.indexOf('/') + 1));
  return out;
}

describe('the lab’s folders: the other ends that check client certificates hold the CA that signed them', () => {
  it('Logstash’s input checks the agents’ certificates: logstash/ holds the agents’ CA beside its own pair', async () => {
    expect((await folders('on-prem-logstash-mutual')).logstash?.sort()).toEqual(['agent-ca.crt', 'logstash.crt', 'logstash.key']);
  });

  it('the proxy checks the agents’ certificates: proxy/ holds the agents’ CA', async () => {
    expect((await folders('cloud-fleet-proxy-mutual')).proxy).toContain('agent-ca.crt');
  });

  it('Elasticsearch checks the agents’ output certificates: elasticsearch/ holds the agents’ CA', async () => {
    expect((await folders('on-prem-mutual')).elasticsearch).toContain('agent-ca.crt');
  });

  it('one-way plans give the other ends no client CA', async () => {
    expect((await folders('cloud-fleet-proxy-one-way')).proxy ?? []).not.toContain('agent-ca.crt');
  });
});
