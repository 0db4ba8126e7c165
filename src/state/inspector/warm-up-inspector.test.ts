import { describe, expect, test } from 'vitest';
import { warmUpInspector } from './warm-up-inspector';

describe('the inspector warm-up', () => {
  test('judges every connection of an on-premises plan with the sample CA, in words', async () => {
    const result = await warmUpInspector(new Date('2027-01-01T00:00:00Z'));
    expect(result.legs.map((l) => l.id)).toEqual(['agent-fleet', 'fleet-self', 'fleet-es', 'agent-output']);
    expect(result.legs.every((l) => l.name.length > 0 && l.findings.every((f) => f.text.length > 0))).toBe(true);
  });
});
