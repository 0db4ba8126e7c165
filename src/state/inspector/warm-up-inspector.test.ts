import { describe, expect, test } from 'vitest';
import { warmUpInspector } from './warm-up-inspector';

describe('the inspector warm-up', () => {
  test('judges every connection of an on-premises plan with the sample CA, in codes (the page words them)', async () => {
    const result = await warmUpInspector(new Date('2027-01-01T00:00:00Z'));
    expect(result.legs.map((l) => l.id)).toEqual(['agent-fleet', 'fleet-self', 'fleet-es', 'agent-output']);
    expect(result.legs.every((l) => l.findings.length > 0 && l.findings.every((f) => !('text' in f)))).toBe(true);
  });
});
