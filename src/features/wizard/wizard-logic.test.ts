import { describe, expect, test } from 'vitest';
import { defaultPlan } from '../../domain/plan/defaults';
import type { Plan } from '../../domain/plan/schema';
import { validatePlan } from '../../domain/plan/validate';
import { fieldNameOf } from '../plan-form/field-name';
import { certLayout } from './cert-layout';
import { fieldLabel } from './field-labels';
import { relevance } from './relevance';
import { STEPS, STEP_FIELDS, stepOfPath } from './steps';

function plan(edit: (p: Plan) => void = () => {}): Plan {
  const p = defaultPlan();
  edit(p);
  return p;
}

describe('stepOfPath', () => {
  test.each([
    { title: 'the TLS refusal is on the model step', path: ['tls'], step: 'model' },
    { title: 'the proxy-in-front choice is on the model step', path: ['proxy', 'frontsElasticsearch'], step: 'model' },
    { title: 'proxy URLs are hosts', path: ['proxy', 'esUrl'], step: 'hosts' },
    { title: 'a URL in the list', path: ['fleetServer', 'urls', 3], step: 'hosts' },
    { title: 'a version too old for the mode is asked on the hosts step', path: ['agentVersion'], step: 'hosts' },
    { title: 'tokens are hosts', path: ['secrets', 'enrollmentToken'], step: 'hosts' },
    { title: 'inline PEM', path: ['certs', 'outputCert', 'pem'], step: 'certs' },
    { title: 'a field name as a string', path: 'certs.files.agentCa', step: 'certs' },
  ])('$title', ({ path, step }) => {
    expect(stepOfPath(path)).toBe(step);
  });

  test('no plan field is owned by two steps', () => {
    const all = STEPS.flatMap((s) => STEP_FIELDS[s] as readonly string[]);
    expect(new Set(all).size).toBe(all.length);
  });

  test('every top-level answer except the version marker and secrets-free title belongs to a step', () => {
    const owned = (key: string) => STEPS.some((s) => (STEP_FIELDS[s] as readonly string[]).some((f) => f === key || f.startsWith(`${key}.`)));
    expect(Object.keys(defaultPlan()).filter((k) => !owned(k))).toEqual(['version']);
  });
});

describe('relevance', () => {
  test('on-premises one-way: Fleet Server questions, ES trust choice, no proxy', () => {
    expect(relevance(plan())).toEqual({
      selfManagedFleetServer: true,
      labAllowed: true,
      frontsElasticsearchChoice: false,
      mutual: { active: false, fleetServerEs: false, output: false },
      elasticsearchHosts: true,
      esTrustChoice: true,
      fingerprint: false,
      logstashHosts: false,
      proxyFleetUrl: false,
      proxyEsUrl: false,
    });
  });

  test('on-premises mutual with a fingerprint: both extra mutual toggles', () => {
    const r = relevance(plan((p) => { p.tls = 'mutual'; p.elasticsearch.trust = 'fingerprint'; }));
    expect([r.mutual, r.fingerprint]).toEqual([{ active: true, fleetServerEs: true, output: true }, true]);
  });

  test('Fleet Server on Elastic Cloud with mutual chosen: no mutual toggles (it is refused)', () => {
    const r = relevance(plan((p) => { p.model = 'cloud-fleet'; p.tls = 'mutual'; }));
    expect([r.mutual, r.selfManagedFleetServer, r.labAllowed, r.esTrustChoice]).toEqual([{ active: false, fleetServerEs: false, output: false }, false, false, false]);
  });

  test('Elastic Cloud behind a proxy that does not front Elasticsearch: no output mTLS, no ES proxy URL', () => {
    const r = relevance(plan((p) => { p.model = 'cloud-fleet-proxy'; p.tls = 'mutual'; p.proxy.frontsElasticsearch = false; }));
    expect([r.mutual, r.proxyFleetUrl, r.proxyEsUrl, r.frontsElasticsearchChoice]).toEqual([{ active: true, fleetServerEs: false, output: false }, true, false, true]);
  });

  test('on-premises Fleet Server, Cloud ES through a proxy: Fleet Server → ES can be mutual', () => {
    const r = relevance(plan((p) => { p.model = 'on-prem-fleet-cloud-es'; p.tls = 'mutual'; }));
    expect([r.mutual, r.proxyEsUrl]).toEqual([{ active: true, fleetServerEs: true, output: true }, true]);
  });

  test('a Logstash output on Elastic Cloud: no Elasticsearch hosts asked, Logstash hosts asked', () => {
    const r = relevance(plan((p) => { p.model = 'cloud-fleet'; p.output.kind = 'logstash'; }));
    expect([r.elasticsearchHosts, r.logstashHosts]).toEqual([false, true]);
  });
});

describe('certLayout', () => {
  test('on-premises one-way: CA on both hosts, server pair on Fleet Server, ES CA on both', () => {
    expect(certLayout(plan())).toEqual({
      dirs: { fleetServer: true, agentPosix: true, agentWindows: false },
      groups: [
        { hosts: ['fleet-server'], roles: ['fleetServerCert', 'fleetServerKey'] },
        { hosts: ['agent', 'fleet-server'], roles: ['fleetServerCa', 'esCa'] },
      ],
      encryptable: [{ role: 'fleetServerKey', sameFile: ['fleetServerKey'] }],
      outputCaChoice: true,
      outputCertChoice: false,
    });
  });

  test('on-premises mutual, client auth required, encrypted agent key', () => {
    const layout = certLayout(plan((p) => {
      p.tls = 'mutual';
      p.certs.encrypted.agentKey = true;
      p.agents.platforms = ['windows-x86_64'];
    }));
    expect(layout.groups).toEqual([
      { hosts: ['fleet-server'], roles: ['fleetServerCert', 'fleetServerKey', 'agentCa'] },
      { hosts: ['agent', 'fleet-server'], roles: ['fleetServerCa', 'agentCert', 'agentKey', 'agentKeyPassphrase', 'esCa'] },
    ]);
    expect(layout.dirs).toEqual({ fleetServer: true, agentPosix: false, agentWindows: true });
    expect(layout.encryptable).toEqual([
      { role: 'fleetServerKey', sameFile: ['fleetServerKey'] },
      { role: 'agentKey', sameFile: ['agentKey'] },
    ]);
  });

  test('the agent key and the output key named alike are one file: one toggle sets both (audit row 5)', () => {
    const layout = certLayout(plan((p) => {
      p.tls = 'mutual';
      p.mutualOutput = true;
    }));
    expect(layout.encryptable).toEqual([
      { role: 'fleetServerKey', sameFile: ['fleetServerKey'] },
      { role: 'agentKey', sameFile: ['agentKey', 'outputKey'] },
      { role: 'outputKey', sameFile: ['agentKey', 'outputKey'] },
    ]);
  });

  test('an inline output CA takes the CA file off the agents', () => {
    const layout = certLayout(plan((p) => {
      p.output.kind = 'logstash';
      p.certs.outputCa = { kind: 'inline', pem: '' };
    }));
    expect(layout.groups.flatMap((g) => g.roles)).not.toContain('logstashCa');
    expect(layout.outputCaChoice).toBe(true);
  });

  test('Fleet Server on Elastic Cloud, one-way: nothing to place', () => {
    expect(certLayout(plan((p) => { p.model = 'cloud-fleet'; }))).toEqual({
      dirs: { fleetServer: false, agentPosix: false, agentWindows: false },
      groups: [],
      encryptable: [],
      outputCaChoice: false,
      outputCertChoice: false,
    });
  });
});

describe('the wizard shows a field for every issue validatePlan raises', () => {
  const cases: { title: string; edit: (p: Plan) => void }[] = [
    { title: 'fresh on-premises', edit: () => {} },
    { title: 'on-premises mutual with bad everything', edit: (p) => {
      p.tls = 'mutual'; p.mutualFleetServerEs = true; p.mutualOutput = true; p.elasticsearch.trust = 'fingerprint';
      p.fleetServer.urls = ['http://x']; p.certs.fleetServerDir = 'relative'; p.certs.files.agentCa = 'a/b';
      p.agentVersion = '8.0.0'; p.fleetServer.serviceTokenSource = 'file'; p.fleetServer.serviceTokenPath = 'x';
      p.agents.platforms = ['windows-x86_64', 'linux-x86_64']; p.certs.agentDirWindows = '/x';
      p.certs.outputCa = { kind: 'inline', pem: 'nope' }; p.certs.outputCert = { kind: 'inline', pem: 'nope' };
    } },
    { title: 'proxy model with Logstash', edit: (p) => {
      p.model = 'cloud-fleet-proxy'; p.tls = 'mutual'; p.output.kind = 'logstash'; p.output.logstashHosts = ['nope'];
    } },
    { title: 'cloud ES through a proxy', edit: (p) => { p.model = 'on-prem-fleet-cloud-es'; p.proxy.esUrl = 'ftp://x'; } },
  ];
  test.each(cases)('$title', ({ edit }) => {
    const p = plan(edit);
    const r = relevance(p);
    const layout = certLayout(p);
    const shownFiles = new Set(layout.groups.flatMap((g) => g.roles).map((role) => `certs.files.${role}`));
    const shown = (name: string): boolean => {
      switch (name) {
        case 'fleetServer.port': case 'fleetServer.policyId': case 'fleetServer.serviceTokenPath': return r.selfManagedFleetServer;
        case 'elasticsearch.hosts': return r.elasticsearchHosts;
        case 'elasticsearch.fingerprint': return r.fingerprint;
        case 'output.logstashHosts': return r.logstashHosts;
        case 'proxy.fleetUrl': return r.proxyFleetUrl;
        case 'proxy.esUrl': return r.proxyEsUrl;
        case 'certs.fleetServerDir': return layout.dirs.fleetServer;
        case 'certs.agentDirPosix': return layout.dirs.agentPosix;
        case 'certs.agentDirWindows': return layout.dirs.agentWindows;
        case 'certs.outputCa.pem': return layout.outputCaChoice;
        case 'certs.outputCert.pem': return layout.outputCertChoice;
        default: return name.startsWith('certs.files.') ? shownFiles.has(name) : true;
      }
    };
    const names = validatePlan(p).map((i) => fieldNameOf(i.path, p));
    expect(names.filter((n) => !shown(n))).toEqual([]);
    // …and the "things to fix" list can name each of them.
    expect(names.filter((n) => fieldLabel(n) === n)).toEqual([]);
  });
});

describe('fieldLabel', () => {
  test.each([
    { name: 'fleetServer.urls', label: 'Fleet Server URLs' },
    { name: 'certs.files.fleetServerCa', label: 'Fleet Server CA' },
    { name: 'tls', label: 'TLS mode' },
    { name: 'something.unknown', label: 'something.unknown' },
  ])('$name → $label', ({ name, label }) => {
    expect(fieldLabel(name)).toBe(label);
  });
});
