import { describe, expect, test } from 'vitest';
import { defaultPlan } from '../../domain/plan/defaults';
import type { Plan } from '../../domain/plan/schema';
import { validatePlan } from '../../domain/questions/validate';
import { fieldNameOf } from '../../state/plan-form/field-name';
import { certLayout } from './cert-layout';
import { fieldLabel } from '../../i18n/field-labels';
import fc from 'fast-check';
import type { QuestionPath } from '../../domain/questions/questions';
import { asked } from './asked';
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

describe('the questions asked (one table for the fields shown and the rules that check them)', () => {
  const has = (p: Plan, ...paths: QuestionPath[]) => paths.map((path) => asked(p).has(path));

  test('on-premises one-way: Fleet Server questions, ES trust choice, no proxy, no mutual toggles', () => {
    expect(
      has(plan(), 'fleetServer.port', 'elasticsearch.trust', 'elasticsearch.hosts', 'proxy.fleetUrl', 'proxy.esUrl', 'clientAuth', 'elasticsearch.fingerprint'),
    ).toEqual([true, true, true, false, false, false, false]);
  });

  test('on-premises mutual with a fingerprint: both extra mutual toggles and the fingerprint', () => {
    expect(
      has(
        plan((p) => {
          p.tls = 'mutual';
          p.elasticsearch.trust = 'fingerprint';
        }),
        'clientAuth',
        'mutualFleetServerEs',
        'mutualOutput',
        'elasticsearch.fingerprint',
      ),
    ).toEqual([true, true, true, true]);
  });

  test('Fleet Server on Elastic Cloud with mutual chosen: no mutual toggles (it is refused), no Fleet Server or ES trust questions', () => {
    expect(
      has(
        plan((p) => {
          p.model = 'cloud-fleet';
          p.tls = 'mutual';
        }),
        'clientAuth',
        'mutualOutput',
        'fleetServer.port',
        'elasticsearch.trust',
      ),
    ).toEqual([false, false, false, false]);
  });

  test('Elastic Cloud behind a proxy that does not front Elasticsearch: no output mTLS, no ES proxy URL', () => {
    expect(
      has(
        plan((p) => {
          p.model = 'cloud-fleet-proxy';
          p.tls = 'mutual';
          p.proxy.frontsElasticsearch = false;
        }),
        'clientAuth',
        'mutualFleetServerEs',
        'mutualOutput',
        'proxy.fleetUrl',
        'proxy.esUrl',
        'proxy.frontsElasticsearch',
      ),
    ).toEqual([true, false, false, true, false, true]);
  });

  test('on-premises Fleet Server, Cloud ES through a proxy: Fleet Server → ES can be mutual', () => {
    expect(
      has(
        plan((p) => {
          p.model = 'on-prem-fleet-cloud-es';
          p.tls = 'mutual';
        }),
        'mutualFleetServerEs',
        'mutualOutput',
        'proxy.esUrl',
      ),
    ).toEqual([true, true, true]);
  });

  test('how Elasticsearch asks for client certificates: asked only when a connection presents one to Elasticsearch itself', () => {
    const q = 'elasticsearch.clientAuthentication';
    expect(has(plan(), q)).toEqual([false]);
    // Mutual TLS between agents and Fleet Server only: Elasticsearch sees no client certificate.
    expect(
      has(
        plan((p) => {
          p.tls = 'mutual';
        }),
        q,
      ),
    ).toEqual([false]);
    expect(
      has(
        plan((p) => {
          p.tls = 'mutual';
          p.mutualFleetServerEs = true;
        }),
        q,
      ),
    ).toEqual([true]);
    expect(
      has(
        plan((p) => {
          p.tls = 'mutual';
          p.mutualOutput = true;
        }),
        q,
      ),
    ).toEqual([true]);
    // Through the user's proxy to Elastic Cloud: the proxy, not Elasticsearch, sees the certificate.
    expect(
      has(
        plan((p) => {
          p.model = 'on-prem-fleet-cloud-es';
          p.tls = 'mutual';
          p.mutualFleetServerEs = true;
          p.mutualOutput = true;
        }),
        q,
      ),
    ).toEqual([false]);
  });

  test('a Logstash output on Elastic Cloud: no Elasticsearch hosts asked, Logstash hosts asked', () => {
    expect(
      has(
        plan((p) => {
          p.model = 'cloud-fleet';
          p.output.kind = 'logstash';
        }),
        'elasticsearch.hosts',
        'output.logstashHosts',
      ),
    ).toEqual([false, true]);
  });

  test('a service token typed or a file: one of the two asked, never both', () => {
    expect(has(plan(), 'secrets.serviceToken', 'fleetServer.serviceTokenPath')).toEqual([true, false]);
    expect(
      has(
        plan((p) => (p.fleetServer.serviceTokenSource = 'file')),
        'secrets.serviceToken',
        'fleetServer.serviceTokenPath',
      ),
    ).toEqual([false, true]);
  });

  test('shown and checked agree: every problem of any plan sits on a question asked for it', () => {
    const models = ['on-prem', 'cloud-fleet', 'cloud-fleet-proxy', 'on-prem-fleet-cloud-es'] as const;
    const arbitraryPlan = fc.record({
      model: fc.constantFrom(...models),
      tls: fc.constantFrom('one-way', 'mutual', 'lab'),
      output: fc.constantFrom('elasticsearch', 'logstash'),
      trust: fc.constantFrom('ca', 'fingerprint'),
      fronts: fc.boolean(),
      source: fc.constantFrom('inline', 'file'),
      text: fc.constantFrom('', 'x y', '/a', 'C:\\b', 'http://h', '$(id)', '9.2', 'tok"en'),
      platforms: fc.subarray(['linux-x86_64', 'windows-x86_64', 'deb-amd64'] as const),
    });
    fc.assert(
      fc.property(arbitraryPlan, (a) => {
        const p = plan((x) => {
          x.model = a.model;
          x.tls = a.tls;
          x.output.kind = a.output;
          x.elasticsearch.trust = a.trust;
          x.proxy.frontsElasticsearch = a.fronts;
          x.fleetServer.serviceTokenSource = a.source;
          x.agents.platforms = [...a.platforms];
          x.certs.agentDirWindows = a.text;
          x.certs.fleetServerDir = a.text;
          x.fleetServer.serviceTokenPath = a.text;
          x.secrets.serviceToken = a.text;
          x.elasticsearch.fingerprint = a.text;
          x.proxy.esUrl = a.text;
          x.output.logstashHosts = [a.text];
          x.agentVersion = a.text || '9.2.1';
        });
        const shown = asked(p);
        for (const issue of validatePlan(p)) {
          const name = issue.path.join('.');
          const owner = [...shown].some((q) => name === q || name.startsWith(`${q}.`));
          if (!owner) throw new Error(`${name} (${issue.code}) is checked but not asked`);
        }
      }),
      { seed: 12, numRuns: 300 },
    );
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
    const layout = certLayout(
      plan((p) => {
        p.tls = 'mutual';
        p.certs.encrypted.agentKey = true;
        p.agents.platforms = ['windows-x86_64'];
      }),
    );
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
    const layout = certLayout(
      plan((p) => {
        p.tls = 'mutual';
        p.mutualOutput = true;
      }),
    );
    expect(layout.encryptable).toEqual([
      { role: 'fleetServerKey', sameFile: ['fleetServerKey'] },
      { role: 'agentKey', sameFile: ['agentKey', 'outputKey'] },
      { role: 'outputKey', sameFile: ['agentKey', 'outputKey'] },
    ]);
  });

  test('an inline output CA takes the CA file off the agents', () => {
    const layout = certLayout(
      plan((p) => {
        p.output.kind = 'logstash';
        p.certs.outputCa = { kind: 'inline', pem: '' };
      }),
    );
    expect(layout.groups.flatMap((g) => g.roles)).not.toContain('logstashCa');
    expect(layout.outputCaChoice).toBe(true);
  });

  test('Fleet Server on Elastic Cloud, one-way: nothing to place', () => {
    expect(
      certLayout(
        plan((p) => {
          p.model = 'cloud-fleet';
        }),
      ),
    ).toEqual({
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
    {
      title: 'on-premises mutual with bad everything',
      edit: (p) => {
        p.tls = 'mutual';
        p.mutualFleetServerEs = true;
        p.mutualOutput = true;
        p.elasticsearch.trust = 'fingerprint';
        p.fleetServer.urls = ['http://x'];
        p.certs.fleetServerDir = 'relative';
        p.certs.files.agentCa = 'a/b';
        p.agentVersion = '8.0.0';
        p.fleetServer.serviceTokenSource = 'file';
        p.fleetServer.serviceTokenPath = 'x';
        p.agents.platforms = ['windows-x86_64', 'linux-x86_64'];
        p.certs.agentDirWindows = '/x';
        p.certs.outputCa = { kind: 'inline', pem: 'nope' };
        p.certs.outputCert = { kind: 'inline', pem: 'nope' };
      },
    },
    {
      title: 'proxy model with Logstash',
      edit: (p) => {
        p.model = 'cloud-fleet-proxy';
        p.tls = 'mutual';
        p.output.kind = 'logstash';
        p.output.logstashHosts = ['nope'];
      },
    },
    {
      title: 'cloud ES through a proxy',
      edit: (p) => {
        p.model = 'on-prem-fleet-cloud-es';
        p.proxy.esUrl = 'ftp://x';
      },
    },
  ];
  test.each(cases)('$title', ({ edit }) => {
    const p = plan(edit);
    const a = asked(p);
    const layout = certLayout(p);
    const shownFiles = new Set(layout.groups.flatMap((g) => g.roles).map((role) => `certs.files.${role}`));
    // A field is on screen when its question is asked (model-step and hosts-step render
    // `asked(plan).has(path)`), and a certificate file when its role is in the layout.
    const shown = (name: string): boolean => {
      if (name.startsWith('certs.files.')) return shownFiles.has(name);
      const question = [...a].find((q) => name === q || name.startsWith(`${q}.`));
      return question !== undefined;
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
