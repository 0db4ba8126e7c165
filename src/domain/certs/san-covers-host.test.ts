import { beforeAll, describe, expect, test } from 'vitest';
import { bash, certificateOf, sections } from './fixtures.test-helper';
import type { CertificateFacts } from './types';
import { sanCoversHost, type SanCoverage } from './san-covers-host';

/**
 * Where Go's VerifyHostname (which the engine follows) and `openssl x509 -checkhost /
 * -checkip` give different answers, on purpose. Every entry is checked below.
 */
export const OPENSSL_CHECKHOST_DIFFERENCES: readonly { cert: string; host: string; engine: boolean; openssl: boolean; why: string }[] = [
  {
    cert: 'cn-only.crt',
    host: 'fleet.example.com',
    engine: false,
    openssl: true,
    why: 'Go ignores the legacy Common Name when there is no SAN extension; OpenSSL falls back to it.',
  },
  { cert: 'cn-only.crt', host: 'FLEET.EXAMPLE.COM', engine: false, openssl: true, why: 'The same Common Name fallback, case-insensitively.' },
  {
    cert: 'fleet-server.crt',
    host: 'fleet.example.com.',
    engine: true,
    openssl: false,
    why: 'Go strips one trailing dot from the host (a fully qualified name); OpenSSL does not.',
  },
  { cert: 'es-server.crt', host: 'node1.es.example.com.', engine: true, openssl: false, why: 'The trailing dot again, through a wildcard.' },
  {
    cert: 'fleet-server.crt',
    host: '::ffff:10.0.0.5',
    engine: true,
    openssl: false,
    why: "Go's net.IP.Equal treats an IPv4 address and its IPv4-mapped IPv6 form as equal; OpenSSL compares bytes.",
  },
];

// One openssl process per pair: the certificates that differ in kind (DNS + IP SANs,
// wildcard, no SAN, another name), every host against each.
const CERTS = ['fleet-server.crt', 'es-server.crt', 'cn-only.crt', 'san-mismatch.crt'];
const HOSTS = [
  'fleet.example.com',
  'FLEET.EXAMPLE.COM',
  'fleet.example.com.',
  'localhost',
  'other.example.com',
  'x.fleet.example.com',
  'node1.es.example.com',
  'NODE1.ES.example.com',
  'node1.es.example.com.',
  'es.example.com',
  'a.b.es.example.com',
  '*.es.example.com',
  '10.0.0.5',
  '10.0.0.6',
  '::1',
  '[::1]',
  '0:0:0:0:0:0:0:1',
  '::2',
  '::ffff:10.0.0.5',
];

const facts = new Map<string, CertificateFacts>();
beforeAll(async () => {
  for (const c of CERTS) facts.set(c, await certificateOf(c));
});
const cert = (name: string): CertificateFacts => {
  const c = facts.get(name);
  if (!c) throw new Error(name);
  return c;
};

describe('sanCoversHost: Go semantics, case by case', () => {
  test.each<[string, string, string, SanCoverage]>([
    ['exact DNS name', 'fleet-server.crt', 'fleet.example.com', { covered: true, reason: 'dns-match' }],
    ['DNS is case-insensitive', 'fleet-server.crt', 'Fleet.Example.COM', { covered: true, reason: 'dns-match' }],
    ['a trailing dot on the host is ignored', 'fleet-server.crt', 'fleet.example.com.', { covered: true, reason: 'dns-match' }],
    ['the second DNS SAN', 'fleet-server.crt', 'localhost', { covered: true, reason: 'dns-match' }],
    ['IPv4 SAN', 'fleet-server.crt', '10.0.0.5', { covered: true, reason: 'ip-match' }],
    ['IPv6 SAN, compressed', 'fleet-server.crt', '::1', { covered: true, reason: 'ip-match' }],
    ['IPv6 in URL brackets', 'fleet-server.crt', '[::1]', { covered: true, reason: 'ip-match' }],
    ['IPv6 written out in full compares by value', 'fleet-server.crt', '0000:0:0:0:0:0:0:0001', { covered: true, reason: 'ip-match' }],
    ['IPv4-mapped IPv6 equals the IPv4 SAN (net.IP.Equal)', 'fleet-server.crt', '::ffff:10.0.0.5', { covered: true, reason: 'ip-match' }],
    ['another IP', 'fleet-server.crt', '10.0.0.6', { covered: false, reason: 'mismatch' }],
    ['an IP host never matches a DNS SAN', 'es-server.crt', '10.0.0.5', { covered: false, reason: 'no-ip-san' }],
    ['a subdomain of a DNS SAN', 'fleet-server.crt', 'x.fleet.example.com', { covered: false, reason: 'mismatch' }],
    ['wildcard covers one label', 'es-server.crt', 'node1.es.example.com', { covered: true, reason: 'wildcard-match' }],
    ['wildcard, any case', 'es-server.crt', 'NODE1.ES.example.com', { covered: true, reason: 'wildcard-match' }],
    ['wildcard does not cover the bare parent', 'es-server.crt', 'es.example.com', { covered: false, reason: 'mismatch' }],
    ['wildcard does not cover two labels', 'es-server.crt', 'a.b.es.example.com', { covered: false, reason: 'mismatch' }],
    ['a literal * host is not a valid host: only an exact match could cover it', 'es-server.crt', '*.es.example.com', { covered: true, reason: 'dns-match' }],
    ['no SAN extension: never, even when the CN is the host', 'cn-only.crt', 'fleet.example.com', { covered: false, reason: 'no-san' }],
    ['no SAN extension: an IP host neither', 'cn-only.crt', '10.0.0.5', { covered: false, reason: 'no-san' }],
    ['SAN for another name', 'san-mismatch.crt', 'fleet.example.com', { covered: false, reason: 'mismatch' }],
    ['empty host', 'fleet-server.crt', '', { covered: false, reason: 'mismatch' }],
  ])('%s (%s, %s)', (_, file, host, expected) => {
    expect(sanCoversHost(cert(file), host)).toEqual(expected);
  });

  test.each<[string, Partial<CertificateFacts['sans']>, string, SanCoverage]>([
    ['a partial wildcard is not a wildcard in Go', { dns: ['f*.example.com'] }, 'fleet.example.com', { covered: false, reason: 'mismatch' }],
    ['a wildcard only counts in the left-most label', { dns: ['fleet.*.com'] }, 'fleet.example.com', { covered: false, reason: 'mismatch' }],
    [
      'a SAN with a trailing dot is not a valid pattern: exact match only',
      { dns: ['fleet.example.com.'] },
      'fleet.example.com',
      { covered: false, reason: 'mismatch' },
    ],
    ['…which the same dotted host does match', { dns: ['fleet.example.com.'] }, 'fleet.example.com.', { covered: true, reason: 'dns-match' }],
    ['underscores are tolerated, as in Go', { dns: ['_svc.example.com'] }, '_SVC.example.com', { covered: true, reason: 'dns-match' }],
    ['an extension with only an email: no IP SAN for an IP host', { email: ['a@example.com'] }, '10.0.0.5', { covered: false, reason: 'no-ip-san' }],
  ])('%s', (_, sans, host, expected) => {
    const base = cert('fleet-server.crt');
    const synthetic: CertificateFacts = { ...base, hasSanExtension: true, sans: { dns: [], ip: [], email: [], uri: [], ...sans } };
    expect(sanCoversHost(synthetic, host)).toEqual(expected);
  });
});

describe('sanCoversHost agrees with openssl -checkhost / -checkip, except where listed', () => {
  test(`${CERTS.length} certificates × ${HOSTS.length} hosts`, () => {
    const ipOf = (h: string) => (h.startsWith('[') ? h.slice(1, -1) : h);
    const isIp = (h: string) => /^[0-9.]+$|:/.test(ipOf(h));
    const script = CERTS.flatMap((c) =>
      HOSTS.map((h) => {
        const flag = isIp(h) ? `-checkip '${ipOf(h)}'` : `-checkhost '${h}'`;
        return `echo "@@ ${c} ${h}"; openssl x509 -in ${c} -noout ${flag}`;
      }),
    ).join('\n');
    const openssl = new Map([...sections(bash(script))].map(([k, v]) => [k, /does match/.test(v)]));
    const differences = new Map(OPENSSL_CHECKHOST_DIFFERENCES.map((d) => [`${d.cert} ${d.host}`, d]));
    const disagreements: string[] = [];
    for (const c of CERTS) {
      for (const h of HOSTS) {
        const key = `${c} ${h}`;
        const ours = sanCoversHost(cert(c), h).covered;
        const theirs = openssl.get(key);
        const listed = differences.get(key);
        if (listed) {
          expect({ key, ours, theirs }).toEqual({ key, ours: listed.engine, theirs: listed.openssl });
        } else if (ours !== theirs) {
          disagreements.push(`${key}: engine ${ours}, openssl ${theirs}`);
        }
      }
    }
    expect(disagreements).toEqual([]);
    expect(OPENSSL_CHECKHOST_DIFFERENCES.every((d) => CERTS.includes(d.cert) && HOSTS.includes(d.host))).toBe(true);
  });
});
