import { describe, expect, it } from 'vitest';
import { examplePlans } from '../../../test/example-plans';
import type { Plan } from '../plan/schema';
import { validatePlan } from './validate';
import type { PlanIssue } from '../plan/plan-issue';

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
        { path: ['agentVersion'], code: 'version-too-old', params: { feature: 'mutual-flags', needed: '8.13.0' } },
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
    [
      'a version that is not one',
      edit(onPrem, (p) => (p.agentVersion = '9.x')),
      [{ path: ['agentVersion'], code: 'version-invalid', params: { value: '9.x' } }],
    ],
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
      [{ path: ['certs', 'agentDirWindows'], code: 'path-character', params: { value: 'C:\\Elastic"Certs', char: '"' } }],
    ],
    [
      'a comma would split --certificate-authorities',
      edit(onPrem, (p) => (p.certs.files.fleetServerCa = 'fleet,ca.crt')),
      [{ path: ['certs', 'files', 'fleetServerCa'], code: 'file-name-invalid', params: { value: 'fleet,ca.crt' } }],
    ],
    ['file names of roles the plan does not use are not checked', edit(onPrem, (p) => (p.certs.files.agentCert = '')), []],
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
    [
      'a token with a line break is refused, and the message does not repeat it',
      edit(onPrem, (p) => (p.secrets.enrollmentToken = 'abc\ndef')),
      [{ path: ['secrets', 'enrollmentToken'], code: 'control-character', params: { char: 'U+000A' } }],
    ],
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
    [
      'a service token with a space is a paste error',
      edit(onPrem, (p) => (p.secrets.serviceToken = 'two words')),
      [{ path: ['secrets', 'serviceToken'], code: 'token-whitespace' }],
    ],
    ['no agent platform', edit(onPrem, (p) => (p.agents.platforms = [])), [{ path: ['agents', 'platforms'], code: 'platforms-empty' }]],
    [
      'unprivileged agents before 8.15 name 8.15.0 (install --unprivileged was hidden before)',
      edit(onPrem, (p) => {
        p.agentVersion = '8.14.3';
        p.agents.unprivileged = true;
      }),
      [{ path: ['agentVersion'], code: 'version-too-old', params: { feature: 'unprivileged', needed: '8.15.0' } }],
    ],
    ['unprivileged agents from 8.15.0', edit(onPrem, (p) => ((p.agentVersion = '8.15.0'), (p.agents.unprivileged = true))), []],
    ['no forward proxy (empty)', edit(onPrem, (p) => (p.agents.proxyUrl = '')), []],
    ['an http:// forward proxy', edit(onPrem, (p) => (p.agents.proxyUrl = 'http://proxy.example.com:3128')), []],
    ['an https:// forward proxy', edit(onPrem, (p) => (p.agents.proxyUrl = 'https://proxy.example.com')), []],
    [
      'a forward proxy that is not a URL',
      edit(onPrem, (p) => (p.agents.proxyUrl = 'proxy.example.com:3128')),
      [{ path: ['agents', 'proxyUrl'], code: 'url-not-http', params: { value: 'proxy.example.com:3128' } }],
    ],
    [
      'a forward proxy with no host',
      edit(onPrem, (p) => (p.agents.proxyUrl = 'http://')),
      [{ path: ['agents', 'proxyUrl'], code: 'url-invalid', params: { value: 'http://' } }],
    ],
    [
      'a SOCKS proxy is not an http(s) proxy',
      edit(onPrem, (p) => (p.agents.proxyUrl = 'socks5://proxy.example.com:1080')),
      [{ path: ['agents', 'proxyUrl'], code: 'url-not-http', params: { value: 'socks5://proxy.example.com:1080' } }],
    ],
    [
      'a forward proxy URL with a password is refused (it would be saved and printed)',
      edit(onPrem, (p) => (p.agents.proxyUrl = 'http://user:secret@proxy.example.com:3128')),
      [{ path: ['agents', 'proxyUrl'], code: 'url-credentials' }],
    ],
    [
      'a service token file path must be absolute',
      edit(onPrem, (p) => {
        p.fleetServer.serviceTokenSource = 'file';
        p.fleetServer.serviceTokenPath = 'token.txt';
      }),
      [{ path: ['fleetServer', 'serviceTokenPath'], code: 'path-not-absolute-posix', params: { value: 'token.txt' } }],
    ],
    // Audit row 11: artifacts exist only under x.y.z, so "9.2" would download nothing.
    [
      'a release without its patch number (audit row 11)',
      edit(onPrem, (p) => (p.agentVersion = '9.2')),
      [{ path: ['agentVersion'], code: 'version-incomplete', params: { value: '9.2' } }],
    ],
    [
      'spaces around a release (audit row 11)',
      edit(onPrem, (p) => (p.agentVersion = ' 9.2.1 ')),
      [{ path: ['agentVersion'], code: 'version-whitespace', params: { value: ' 9.2.1 ' } }],
    ],
    [
      'a pre-release is not a published artifact',
      edit(onPrem, (p) => (p.kibanaVersion = '9.3.0-SNAPSHOT')),
      [{ path: ['kibanaVersion'], code: 'version-invalid', params: { value: '9.3.0-SNAPSHOT' } }],
    ],
    [
      'a folder holding a command substitution is refused (plan values are data)',
      edit(onPrem, (p) => (p.certs.agentDirPosix = '/etc/$(id)')),
      [{ path: ['certs', 'agentDirPosix'], code: 'path-character', params: { value: '/etc/$(id)', char: '$' } }],
    ],
    [
      'a file name holding a backtick is refused',
      edit(onPrem, (p) => (p.certs.files.esCa = 'es`id`.crt')),
      [{ path: ['certs', 'files', 'esCa'], code: 'path-character', params: { value: 'es`id`.crt', char: '`' } }],
    ],
    ['a folder in another script is fine', edit(onPrem, (p) => (p.certs.agentDirPosix = '/etc/证书/élastic')), []],
    [
      'a carriage return in a Windows folder is refused once, before any other rule (PowerShell ends a comment there)',
      edit(onPrem, (p) => (p.certs.agentDirWindows = 'C:\\Certs\rcalc.exe')),
      [{ path: ['certs', 'agentDirWindows'], code: 'control-character', params: { char: 'U+000D' } }],
    ],
    [
      'a line separator in the plan name is refused too',
      edit(onPrem, (p) => (p.title = 'lab\u2028rm -rf')),
      [{ path: ['title'], code: 'control-character', params: { char: 'U+2028' } }],
    ],
    [
      'a bidirectional override in a URL is refused',
      edit(onPrem, (p) => (p.fleetServer.urls = ['https://fleet.example.com\u202e:8220'])),
      [{ path: ['fleetServer', 'urls', 0], code: 'control-character', params: { char: 'U+202E' } }],
    ],
    [
      'a 10 MB folder name is refused by its size',
      edit(onPrem, (p) => (p.certs.fleetServerDir = '/' + 'a'.repeat(10_000_000))),
      [{ path: ['certs', 'fleetServerDir'], code: 'too-long', params: { length: 10_000_001, limit: 2048 } }],
    ],
    [
      'more URLs than any deployment has are refused as a list, and nothing else is checked',
      edit(onPrem, (p) => (p.fleetServer.urls = Array.from({ length: 100_000 }, (_, i) => `https://f${i}.example.com:8220`))),
      [{ path: ['fleetServer', 'urls'], code: 'too-many', params: { count: 100_000, limit: 32 } }],
    ],
    [
      'Fleet Server URLs that differ in path are refused, as Kibana does (audit row 20)',
      edit(onPrem, (p) => (p.fleetServer.urls = ['https://a.example.com:8220', 'https://b.example.com:8220/fleet'])),
      [{ path: ['fleetServer', 'urls', 1], code: 'url-shape-differs', params: { value: 'https://b.example.com:8220/fleet' } }],
    ],
    [
      'two encrypted keys cannot share one passphrase file (the second prompt would overwrite the first)',
      edit(examples['on-prem-mutual']!, (p) => {
        p.certs.files.outputKey = 'output.key';
        p.certs.encrypted.outputKey = true;
      }),
      [{ path: ['certs', 'files', 'outputKeyPassphrase'], code: 'passphrase-file-shared', params: { value: 'agent.key.pass' } }],
    ],
    [
      'Fleet Server URLs that differ only in host and port are fine',
      edit(onPrem, (p) => (p.fleetServer.urls = ['https://a.example.com:8220', 'https://b.example.com'])),
      [],
    ],
  ];
  it.each(cases)('%s', (_title, plan, expected) => {
    expect(validatePlan(plan)).toEqual(expected);
  });
});
