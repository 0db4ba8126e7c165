import { describe, expect, it } from 'vitest';
import { defaultPlan } from './defaults';
import { openPlan, serializePlan } from './open-plan';

describe('openPlan', () => {
  it.each([
    ['garbage bytes', '\u0000\u00ffPK\u0003\u0004', { ok: false, error: { code: 'not-json' } }],
    ['JSON that is not an object', '[1,2]', { ok: false, error: { code: 'not-a-plan' } }],
    ['an object without a version', '{"model":"on-prem"}', { ok: false, error: { code: 'not-a-plan' } }],
    ['a plan from a newer release', '{"version":7}', { ok: false, error: { code: 'newer-version', version: 7 } }],
    ['a version before the first format', '{"version":0}', { ok: false, error: { code: 'unsupported-version', version: 0 } }],
  ])('refuses %s with the reason', (_title, text, expected) => {
    expect(openPlan(text)).toEqual(expected);
  });

  it('names the fields it cannot read', () => {
    const plan = { ...defaultPlan(), model: 'on-mars', agents: { platforms: ['amiga'] } };
    expect(openPlan(JSON.stringify(plan))).toEqual({
      ok: false,
      error: { code: 'invalid-fields', fields: ['model', 'agents.platforms.0'] },
    });
  });

  it('round-trips a saved plan, with the tokens blanked on save', () => {
    const plan = { ...defaultPlan(), secrets: { enrollmentToken: 'ENROLL-SECRET-1', serviceToken: 'SERVICE-SECRET-2' } };
    const saved = serializePlan(plan);
    expect(saved).not.toContain('ENROLL-SECRET-1');
    expect(saved).not.toContain('SERVICE-SECRET-2');
    expect(openPlan(saved)).toEqual({ ok: true, plan: { ...plan, secrets: { enrollmentToken: '', serviceToken: '' } } });
  });

  it('opens a file saved without the secrets block', () => {
    const { secrets: _secrets, ...rest } = defaultPlan();
    expect(openPlan(JSON.stringify(rest))).toEqual({ ok: true, plan: defaultPlan() });
  });
});
