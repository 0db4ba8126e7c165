import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultPlan } from './defaults';
import { openPlan, serializePlan } from './open-plan';
import { PLAN_VERSION } from './plan-version';

const ROOT = join(import.meta.dirname, '..', '..', '..');

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
    const plan = { ...defaultPlan(), model: 'on-mars', agents: { ...defaultPlan().agents, platforms: ['amiga'] } };
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
    expect(openPlan(saved)).toEqual({ ok: true, plan: { ...plan, secrets: { enrollmentToken: '', serviceToken: '' } }, notices: [] });
  });

  it('opens a file saved without the secrets block', () => {
    const { secrets: _secrets, ...rest } = defaultPlan();
    expect(openPlan(JSON.stringify(rest))).toEqual({ ok: true, plan: defaultPlan(), notices: [] });
  });

  it('a file that carries tokens opens without them, and says so (tokens never enter commands from a file)', () => {
    const text = JSON.stringify({ ...defaultPlan(), secrets: { enrollmentToken: 'c2VjcmV0', serviceToken: '' } });
    expect(openPlan(text)).toEqual({ ok: true, plan: defaultPlan(), notices: ['tokens-removed'] });
  });

  it('accepts a UTF-8 byte order mark (Windows editors write one)', () => {
    expect(openPlan('\uFEFF' + serializePlan(defaultPlan()))).toEqual({ ok: true, plan: defaultPlan(), notices: [] });
  });

  it('refuses a file larger than any plan before parsing it', () => {
    const huge = JSON.stringify({ ...defaultPlan(), title: 'x'.repeat(2_000_000) });
    expect(openPlan(huge)).toEqual({ ok: false, error: { code: 'too-large', bytes: huge.length, maxBytes: 1024 * 1024 } });
  });

  it('refuses absurd sizes inside a small enough file: 100,000 URLs, a 10,000-character folder', () => {
    const many = { ...defaultPlan(), fleetServer: { ...defaultPlan().fleetServer, urls: Array.from({ length: 40 }, (_, i) => `https://f${i}:8220`) } };
    expect(openPlan(JSON.stringify(many))).toEqual({ ok: false, error: { code: 'invalid-fields', fields: ['fleetServer.urls'] } });
    const long = { ...defaultPlan(), certs: { ...defaultPlan().certs, fleetServerDir: '/' + 'a'.repeat(10_000) } };
    expect(openPlan(JSON.stringify(long))).toEqual({ ok: false, error: { code: 'invalid-fields', fields: ['certs.fleetServerDir'] } });
  });

  it.each([
    [
      'a carriage return in a Windows folder (it would end a PowerShell comment)',
      { agentDirWindows: 'C:\\Certs\r\nStart-Process calc' },
      'certs.agentDirWindows',
    ],
    ['a line feed in a POSIX folder', { agentDirPosix: '/etc/certs\n$(id)' }, 'certs.agentDirPosix'],
    ['NEL (U+0085)', { agentDirPosix: '/etc/\u0085x' }, 'certs.agentDirPosix'],
    ['a paragraph separator (U+2029)', { fleetServerDir: '/etc/\u2029x' }, 'certs.fleetServerDir'],
    ['DEL', { fleetServerDir: '/etc/\u007fx' }, 'certs.fleetServerDir'],
  ])('refuses %s', (_title, certs, field) => {
    const plan = { ...defaultPlan(), certs: { ...defaultPlan().certs, ...certs } };
    expect(openPlan(JSON.stringify(plan))).toEqual({ ok: false, error: { code: 'control-characters', fields: [field] } });
  });

  it('keeps the line breaks of pasted PEM, which has them by design', () => {
    const pem = '-----BEGIN CERTIFICATE-----\r\nMIIB\r\n-----END CERTIFICATE-----\r\n';
    const plan = { ...defaultPlan(), certs: { ...defaultPlan().certs, outputCa: { kind: 'inline' as const, pem } } };
    const opened = openPlan(JSON.stringify(plan));
    expect(opened.ok && opened.plan.certs.outputCa).toEqual({ kind: 'inline', pem });
  });
});

describe('plans saved by earlier releases', () => {
  it('a format 3 plan opens with privileged agents and no forward proxy, as format 3 generated', () => {
    const v3 = JSON.parse(readFileSync(join(ROOT, 'test', 'plans', 'v3', 'on-prem-one-way.json'), 'utf8'));
    expect(v3.agents).not.toHaveProperty('unprivileged');
    const opened = openPlan(JSON.stringify(v3));
    expect(opened.ok && opened.plan.agents).toMatchObject({ unprivileged: false, proxyUrl: '' });
  });
  const dirs = readdirSync(join(ROOT, 'test', 'plans')).filter((d) => /^v\d+$/.test(d));
  it('there is a folder of examples for every earlier format', () => {
    expect(dirs.sort()).toEqual(Array.from({ length: PLAN_VERSION - 1 }, (_, i) => `v${i + 1}`));
  });
  for (const dir of dirs) {
    for (const file of readdirSync(join(ROOT, 'test', 'plans', dir))) {
      it(`${dir}/${file} opens as the same plan as today's example`, () => {
        const old = openPlan(readFileSync(join(ROOT, 'test', 'plans', dir, file), 'utf8'));
        const today = openPlan(readFileSync(join(ROOT, 'public', 'examples', file), 'utf8'));
        expect(old).toEqual(today);
      });
    }
  }
});
