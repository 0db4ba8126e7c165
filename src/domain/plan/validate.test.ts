import { describe, expect, it } from 'vitest';
import { examplePlans } from '../../../test/example-plans';
import type { Plan } from './schema';
import { validatePlan } from './validate';
import type { PlanIssue } from './plan-issue';

const examples = Object.fromEntries(examplePlans().map((e) => [e.name, e.plan]));
const onPrem = examples['on-prem-one-way']!;

function edit(base: Plan, change: (p: Plan) => void): Plan {
  const copy = structuredClone(base);
  change(copy);
  return copy;
}

describe('validatePlan', () => {
  it('every shipped example is ready', () => {
    for (const [name, plan] of Object.entries(examples)) expect(validatePlan(plan), name).toEqual([]);
  });

  const cases: [string, Plan, PlanIssue[]][] = [
    [
      'mutual TLS on Fleet Server on Elastic Cloud is refused',
      edit(examples['cloud-fleet-one-way']!, (p) => (p.tls = 'mutual')),
      [{ path: ['tls'], code: 'mutual-not-supported-on-cloud' }],
    ],
    [
      'the lab mode is refused where Fleet Server is not self-managed',
      edit(examples['cloud-fleet-proxy-one-way']!, (p) => (p.tls = 'lab')),
      [{ path: ['tls'], code: 'lab-not-for-model', params: { model: 'cloud-fleet-proxy' } }],
    ],
    [
      'mutual TLS before 8.13 names the version needed',
      edit(examples['on-prem-mutual']!, (p) => (p.agentVersion = '8.12.2')),
      [
        { path: ['agentVersion'], code: 'version-too-old', params: { feature: 'mutual', needed: '8.13.0' } },
        { path: ['agentVersion'], code: 'version-too-old', params: { feature: 'agent-key-passphrase', needed: '8.16.0' } },
      ],
    ],
    [
      'an encrypted agent key before 8.16 names 8.16',
      edit(examples['on-prem-mutual']!, (p) => (p.agentVersion = '8.15.3')),
      [{ path: ['agentVersion'], code: 'version-too-old', params: { feature: 'agent-key-passphrase', needed: '8.16.0' } }],
    ],
    [
      'an encrypted Fleet Server key before 8.8 names 8.8',
      edit(onPrem, (p) => {
        p.agentVersion = '8.7.1';
        p.certs.encrypted.fleetServerKey = true;
      }),
      [{ path: ['agentVersion'], code: 'version-too-old', params: { feature: 'fleet-server-key-passphrase', needed: '8.8.0' } }],
    ],
    ['a version that is not one', edit(onPrem, (p) => (p.agentVersion = '9.x')), [{ path: ['agentVersion'], code: 'version-invalid', params: { value: '9.x' } }]],
    [
      'Fleet Server URLs must be https, parse, and not repeat',
      edit(onPrem, (p) => (p.fleetServer.urls = ['http://fleet:8220', 'fleet.example.com', 'https://a:8220', 'https://a:8220'])),
      [
        { path: ['fleetServer', 'urls', 0], code: 'url-not-https', params: { value: 'http://fleet:8220' } },
        { path: ['fleetServer', 'urls', 1], code: 'url-invalid', params: { value: 'fleet.example.com' } },
        { path: ['fleetServer', 'urls', 3], code: 'url-duplicate', params: { value: 'https://a:8220' } },
      ],
    ],
    ['no Fleet Server URL at all', edit(onPrem, (p) => (p.fleetServer.urls = [])), [{ path: ['fleetServer', 'urls'], code: 'urls-empty' }]],
    ['a port out of range', edit(onPrem, (p) => (p.fleetServer.port = 70000)), [{ path: ['fleetServer', 'port'], code: 'port-invalid' }]],
    [
      'whitespace in a certificate directory is refused with the reason',
      edit(onPrem, (p) => (p.certs.fleetServerDir = '/etc/elastic agent')),
      [{ path: ['certs', 'fleetServerDir'], code: 'path-whitespace', params: { value: '/etc/elastic agent' } }],
    ],
    [
      'a relative POSIX directory',
      edit(onPrem, (p) => (p.certs.agentDirPosix = 'certs')),
      [{ path: ['certs', 'agentDirPosix'], code: 'path-not-absolute-posix', params: { value: 'certs' } }],
    ],
    [
      'a POSIX path for Windows agents is not absolute there',
      edit(onPrem, (p) => (p.certs.agentDirWindows = '/certs')),
      [{ path: ['certs', 'agentDirWindows'], code: 'path-not-absolute-windows', params: { value: '/certs' } }],
    ],
    ['a UNC path is absolute on Windows', edit(onPrem, (p) => (p.certs.agentDirWindows = '\\\\fs01\\certs')), []],
    [
      'a Windows path with a character Windows forbids (a quote would also be mangled by PowerShell 5.1)',
      edit(onPrem, (p) => (p.certs.agentDirWindows = 'C:\\Elastic"Certs')),
      [{ path: ['certs', 'agentDirWindows'], code: 'path-invalid-windows', params: { value: 'C:\\Elastic"Certs' } }],
    ],
    [
      'a comma would split --certificate-authorities',
      edit(onPrem, (p) => (p.certs.files.fleetServerCa = 'fleet,ca.crt')),
      [{ path: ['certs', 'files', 'fleetServerCa'], code: 'file-name-invalid', params: { value: 'fleet,ca.crt' } }],
    ],
    [
      'file names of roles the plan does not use are not checked',
      edit(onPrem, (p) => (p.certs.files.agentCert = '')),
      [],
    ],
    [
      'a fingerprint pasted in base64 is refused',
      edit(examples['on-prem-logstash-mutual']!, (p) => (p.elasticsearch.fingerprint = 'mD1dQ8wkcs9Z4RTJ5xIW1cHl0wFh1lCA0b1TUMxLHuQ=')),
      [{ path: ['elasticsearch', 'fingerprint'], code: 'fingerprint-base64' }],
    ],
    [
      'Logstash hosts have no scheme',
      edit(examples['on-prem-logstash-mutual']!, (p) => (p.output.logstashHosts = ['https://ls:5044', 'ls:99999', '[::1]:5044'])),
      [
        { path: ['output', 'logstashHosts', 0], code: 'logstash-host-invalid', params: { value: 'https://ls:5044' } },
        { path: ['output', 'logstashHosts', 1], code: 'logstash-host-invalid', params: { value: 'ls:99999' } },
      ],
    ],
    [
      'the proxy URL is required in the proxy model',
      edit(examples['cloud-fleet-proxy-mutual']!, (p) => (p.proxy.fleetUrl = '')),
      [{ path: ['proxy', 'fleetUrl'], code: 'required' }],
    ],
    [
      'inline PEM must be a certificate',
      edit(onPrem, (p) => (p.certs.outputCa = { kind: 'inline', pem: '-----BEGIN PRIVATE KEY-----\nabc\n-----END PRIVATE KEY-----' })),
      [{ path: ['certs', 'outputCa', 'pem'], code: 'pem-not-certificate' }],
    ],
    ['a token with a line break is a paste error', edit(onPrem, (p) => (p.secrets.enrollmentToken = 'abc\ndef')), [{ path: ['secrets', 'enrollmentToken'], code: 'token-whitespace' }]],
    [
      'a service token typed before switching to Elastic Cloud is not checked: its field is gone',
      edit(examples['cloud-fleet-one-way']!, (p) => (p.secrets.serviceToken = 'two words')),
      [],
    ],
    [
      'a token pasted with its JSON quotes is a paste error, and the message does not repeat it',
      edit(onPrem, (p) => (p.secrets.enrollmentToken = '"ZW5yb2xsOnRva2Vu"')),
      [{ path: ['secrets', 'enrollmentToken'], code: 'token-invalid', params: { char: '"' } }],
    ],
    ['a URL-safe base64 service token is fine', edit(onPrem, (p) => (p.secrets.serviceToken = 'AAEAAWVsYXN0aWMv-Zmxl_ZXQ=')), []],
    ['a service token with a space is a paste error', edit(onPrem, (p) => (p.secrets.serviceToken = 'two words')), [{ path: ['secrets', 'serviceToken'], code: 'token-whitespace' }]],
    ['no agent platform', edit(onPrem, (p) => (p.agents.platforms = [])), [{ path: ['agents', 'platforms'], code: 'platforms-empty' }]],
    [
      'a service token file path must be absolute',
      edit(onPrem, (p) => {
        p.fleetServer.serviceTokenSource = 'file';
        p.fleetServer.serviceTokenPath = 'token.txt';
      }),
      [{ path: ['fleetServer', 'serviceTokenPath'], code: 'path-not-absolute-posix', params: { value: 'token.txt' } }],
    ],
  ];
  it.each(cases)('%s', (_title, plan, expected) => {
    expect(validatePlan(plan)).toEqual(expected);
  });
});
