import { describe, expect, test } from 'vitest';
import type { Finding } from '../../domain/checks/finding';
import type { LegReport } from '../../domain/verdict/evaluate';
import { errorsFirst, verdictTally } from './verdict-order';

const f = (code: Finding['code'], severity: Finding['severity']): Finding => ({ code, severity, leg: 'agent-fleet' });

test('errorsFirst: errors, then warnings, then what is still to do, each in engine order', () => {
  const findings = [f('file-missing', 'info'), f('cert-expiring', 'warning'), f('san-missing', 'error'), f('weak-rsa-key', 'warning'), f('key-mismatch', 'error')];
  expect(errorsFirst(findings).map((x) => x.code)).toEqual(['san-missing', 'key-mismatch', 'cert-expiring', 'weak-rsa-key', 'file-missing']);
});

describe('verdictTally', () => {
  test('worst first, verdicts nobody has left out', () => {
    const legs = (['pass', 'fail', 'incomplete', 'pass'] as const).map((verdict, i) => ({ id: i === 0 ? 'agent-fleet' : 'fleet-es', verdict, findings: [] }) as LegReport);
    expect(verdictTally(legs)).toEqual([
      { verdict: 'fail', count: 1 },
      { verdict: 'incomplete', count: 1 },
      { verdict: 'pass', count: 2 },
    ]);
  });
});
