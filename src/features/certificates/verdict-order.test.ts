import { describe, expect, test } from 'vitest';
import type { Finding, FindingParams } from '../../domain/checks/finding';
import type { Coded } from '../../domain/coded';
import type { LegReport } from '../../domain/verdict/evaluate';
import { errorsFirst, verdictTally } from './verdict-order';

const f = (coded: Coded<FindingParams>, severity: Finding['severity']): Finding => ({ ...coded, severity, leg: 'agent-fleet' });
const cert = { file: 'fleet.crt', subject: 'CN=fleet', notBefore: '2025-01-01T00:00:00Z', notAfter: '2025-02-01T00:00:00Z' };

test('errorsFirst: errors, then warnings, then what is still to do, each in engine order', () => {
  const findings = [
    f({ code: 'file-missing', params: { role: 'agentCa' } }, 'info'),
    f({ code: 'cert-expiring', params: { ...cert, days: 3 } }, 'warning'),
    f({ code: 'san-missing', params: { file: 'fleet.crt', host: 'fleet', covers: '', ip: false, valid: '' } }, 'error'),
    f({ code: 'weak-rsa-key', params: { file: 'fleet.crt', subject: 'CN=fleet', bits: 1024 } }, 'warning'),
    f({ code: 'key-mismatch', params: { keyFile: 'fleet.key', file: 'fleet.crt' } }, 'error'),
  ];
  expect(errorsFirst(findings).map((x) => x.code)).toEqual(['san-missing', 'key-mismatch', 'cert-expiring', 'weak-rsa-key', 'file-missing']);
});

describe('verdictTally', () => {
  test('worst first, verdicts nobody has left out', () => {
    const legs = (['pass', 'fail', 'incomplete', 'pass'] as const).map(
      (verdict, i) => ({ id: i === 0 ? 'agent-fleet' : 'fleet-es', verdict, findings: [] }) as LegReport,
    );
    expect(verdictTally(legs)).toEqual([
      { verdict: 'fail', count: 1 },
      { verdict: 'incomplete', count: 1 },
      { verdict: 'pass', count: 2 },
    ]);
  });
});
