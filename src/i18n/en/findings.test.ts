import { describe, expect, test } from 'vitest';
import type { Finding, FindingParams } from '../../domain/checks/finding';
import type { Coded } from '../../domain/coded';
import { describeFinding } from '#words/findings';

const f = (coded: Coded<FindingParams>): Finding => ({ ...coded, severity: 'error', leg: 'agent-fleet' });

describe('the words of the connection findings that follow the agent’s TLS', () => {
  test.each<[string, Finding, string]>([
    [
      'a CA file with no certificate, quoting libs',
      f({
        code: 'file-unusable',
        params: { file: 'ca.pem', role: 'fleetServerCa', reason: 'no-certificate', problem: 'pem-truncated', holds: 'nothing', kind: 'ca' },
      }),
      'ca.pem, given as the CA that signed the Fleet Server certificate, holds no certificate (it was cut short). Elastic Agent and Fleet Server refuse it (“file is not a certificate adding ca.pem to the list of known CAs”), so this connection fails. Use the CA certificate file (PEM).',
    ],
    [
      'a certificate where the key belongs, quoting tls.X509KeyPair',
      f({ code: 'file-unusable', params: { file: 'agent.crt', role: 'agentKey', reason: 'no-key', problem: '', holds: 'certificate', kind: 'key' } }),
      'agent.crt, given as the agents’ client key, holds no private key, only a certificate. Loading it fails (“tls: found a certificate rather than a key in the PEM for the private key”), so this connection fails. Use the key file made with the certificate.',
    ],
    [
      'a key where the certificate belongs',
      f({ code: 'file-unusable', params: { file: 'fleet.key', role: 'fleetServerCert', reason: 'no-certificate', problem: '', holds: 'key', kind: 'cert' } }),
      'fleet.key, given as the Fleet Server certificate, holds no certificate, only a private key. Loading it fails (“tls: failed to find certificate PEM data in certificate input, but did find a private key; PEM inputs may have been switched”), so this connection fails. Use the certificate file (PEM).',
    ],
    [
      'the other end’s certificate: no Go error to quote',
      f({
        code: 'file-unusable',
        params: { file: 'x.bin', role: 'esServerCert', reason: 'no-certificate', problem: 'not-recognised', holds: 'nothing', kind: 'cert' },
      }),
      'x.bin, given as Elasticsearch’s HTTP certificate, holds no certificate (it is not a certificate or a key): that server cannot present it, so this connection fails. Use the certificate file that server is configured with.',
    ],
    [
      'a PBES1 key, with the command that re-encrypts it',
      f({
        code: 'file-unusable',
        params: { file: 'old.key', role: 'fleetServerKey', reason: 'agent-cannot-open', problem: 'encrypted-key-agent-unsupported', holds: 'key', kind: 'key' },
      }),
      'old.key, given as the Fleet Server key, holds a key Elastic Agent and Fleet Server cannot load: its encryption is not one elastic-agent-libs reads (PKCS#8 with PBES2 only, keyed by PBKDF2 with HMAC-SHA1 or HMAC-SHA256, or by scrypt; PBES1 gives “pkcs8: only PBES2 supported”). Re-encrypt it: openssl pkcs8 -topk8 -v2 aes-256-cbc -in old.key -out converted.key. This connection fails until it is replaced.',
    ],
    [
      'a dial that cannot be parsed',
      f({ code: 'dial-unreadable', params: { dial: 'https://fleet:8220:9' } }),
      '“https://fleet:8220:9” is not an address a client can dial, so no certificate can be checked against it. Write it like https://fleet.example.com:8220 (or host:5044 for Logstash).',
    ],
    [
      'a file not opened yet',
      f({
        code: 'file-not-opened',
        params: { file: 'fleet.p12', role: 'fleetServerCert', reason: 'not-opened', problem: 'password-needed', holds: 'nothing', kind: 'cert' },
      }),
      'fleet.p12, given as the Fleet Server certificate, is not opened yet: it needs its password or passphrase. Open it there to check this connection.',
    ],
    [
      'a name not covered, no DNS SAN at all',
      f({ code: 'san-missing', params: { file: 'cn.crt', host: 'fleet.example.com', covers: 'other.example.com', ip: false, valid: '' } }),
      'cn.crt does not cover fleet.example.com (it covers: other.example.com). Clients will log “x509: certificate is not valid for any names, but wanted to match fleet.example.com”. Reissue it with that name, e.g. elasticsearch-certutil cert --pem --ca-cert ca.crt --ca-key ca.key --name server --dns fleet.example.com, or use a URL with a name it covers.',
    ],
    [
      'an address not covered, with IP SANs',
      f({ code: 'san-missing', params: { file: 's.crt', host: '10.0.0.6', covers: 'fleet.example.com, 10.0.0.5', ip: true, valid: '10.0.0.5' } }),
      's.crt does not cover 10.0.0.6 (it covers: fleet.example.com, 10.0.0.5). Clients will log “x509: certificate is valid for 10.0.0.5, not 10.0.0.6”. Reissue it with that name, e.g. elasticsearch-certutil cert --pem --ca-cert ca.crt --ca-key ca.key --name server --ip 10.0.0.6, or use a URL with a name it covers.',
    ],
    [
      'covered by the Common Name only, no SAN extension',
      f({ code: 'host-by-common-name', params: { file: 'cn.crt', host: 'fleet.example.com', cn: 'fleet.example.com', mode: 'full', sanExtension: false } }),
      'cn.crt has no DNS name among its Subject Alternative Names: it covers fleet.example.com only by its Common Name (fleet.example.com). Elastic Agent and Fleet Server accept that with verification_mode: full (the default), where elastic-agent-libs falls back to the Common Name. verification_mode: strict, browsers, curl and other clients refuse it (“x509: certificate relies on legacy Common Name field, use SANs instead”). Reissue it with --dns fleet.example.com.',
    ],
  ])('%s', (_, finding, words) => {
    expect(describeFinding(finding)).toBe(words);
  });

  test.each<Coded<FindingParams>>([
    { code: 'cert-order-wrong', params: { side: 'server', file: 'b.pem', first: 'CN=Intermediate', meant: 'CN=fleet.example.com' } },
    { code: 'chain-search-limit', params: { side: 'server', file: 'b.pem', caFile: 'ca.pem', checks: 100 } },
    { code: 'cert-expired-unused', params: { file: 'bundle.pem', count: 2, subjects: 'CN=Old 1; CN=Old 2' } },
    { code: 'host-by-common-name', params: { file: 'ip.crt', host: 'fleet.example.com', cn: 'fleet.example.com', mode: 'full', sanExtension: true } },
  ])('$code: every parameter in its place', (coded) => {
    const words = describeFinding(f(coded));
    const params: Readonly<Record<string, string | number | boolean>> = coded.params ?? {};
    expect(words).not.toMatch(/undefined|NaN|\[object/);
    for (const value of Object.values(params)) if (typeof value === 'string' && value !== 'server' && value !== 'full') expect(words).toContain(value);
  });
});
