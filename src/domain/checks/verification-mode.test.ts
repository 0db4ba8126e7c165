import { beforeAll, describe, expect, test } from 'vitest';
import { certificateOf } from '../certs/fixtures.test-helper';
import type { CertificateFacts } from '../certs/types';
import { hostCheckOf, PLAN_VERIFICATION_MODE, type VerificationMode } from './verification-mode';

const CERTS = ['fleet-server.crt', 'cn-only.crt', 'verdict-cn-ip-san.crt', 'verdict-cn-is-ip.crt', 'verdict-cn-only-other.crt'];
const facts = new Map<string, CertificateFacts>();
beforeAll(async () => {
  for (const c of CERTS) facts.set(c, await certificateOf(c));
});
const covered = (mode: VerificationMode, cert: string, host: string) => {
  const check = hostCheckOf(mode);
  const c = facts.get(cert);
  if (!check || !c) throw new Error(`${mode} ${cert}`);
  return check(c, host).covered;
};

// Against openssl -checkhost / -checkip: src/domain/certs/differential.test.ts.
describe('the verification mode decides how the host is matched', () => {
  test('the plan runs libs’ default, full (types.go: VerifyFull is the zero value)', () => {
    expect(PLAN_VERIFICATION_MODE).toBe('full');
  });

  test('certificate and none check no host', () => {
    expect([hostCheckOf('certificate'), hostCheckOf('none')]).toEqual([null, null]);
  });

  // [certificate, host, full (libs verifyHostname), strict (Go VerifyHostname, crypto/x509 verify.go l.1078)]
  test.each<[string, string, boolean, boolean]>([
    ['fleet-server.crt', 'fleet.example.com', true, true],
    ['fleet-server.crt', '10.0.0.5', true, true],
    ['cn-only.crt', 'fleet.example.com', true, false],
    ['cn-only.crt', 'FLEET.example.com', true, false],
    ['cn-only.crt', '10.0.0.5', false, false],
    ['verdict-cn-ip-san.crt', 'fleet.example.com', true, false],
    ['verdict-cn-ip-san.crt', '10.0.0.5', true, true],
    ['verdict-cn-is-ip.crt', '10.0.0.5', true, false],
    ['verdict-cn-is-ip.crt', 'fleet.example.com', false, false],
    ['verdict-cn-only-other.crt', 'fleet.example.com', false, false],
  ])('%s for %s: full %s, strict %s', (cert, host, full, strict) => {
    expect([covered('full', cert, host), covered('strict', cert, host)]).toEqual([full, strict]);
  });
});
