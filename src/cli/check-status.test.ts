import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { fixtureText, fx, GOOD, mutualPlan, run, scratchDir, writeJson } from './cli-fixtures.test-helper';

/**
 * Exit codes: 0 pass or warn; 1 a connection fails, a file cannot be read or opened, or
 * the plan has problems; 2 usage; 3 incomplete (files missing), never ok.
 */
describe('fleet-tls check: status and exit code follow the connections', () => {
  const dir = scratchDir();
  const plan = writeJson(dir, 'plan.json', mutualPlan());
  // A server certificate that expires in 10 days, sent with its intermediate.
  const expiringBundle = join(dir, 'expiring-bundle.pem');
  writeFileSync(expiringBundle, fixtureText('expiring-soon.crt') + fixtureText('fleet-intermediate.crt'));
  const withPlan = (...args: string[]) => run(['check', '--plan', plan, '--json', ...args]);
  const summary = (r: { code: number; out: string }) => {
    const j = JSON.parse(r.out);
    return {
      code: r.code,
      status: j.status,
      ok: j.ok,
      exitCode: j.exitCode,
      verdicts: j.connections?.map((c: { verdict: string }) => c.verdict) ?? j.chains.map((c: { verdict: string }) => c.verdict),
    };
  };

  test.each([
    ['every connection passes: pass, 0', GOOD, { code: 0, status: 'pass', ok: true, exitCode: 0, verdicts: ['pass', 'pass', 'pass', 'pass'] }],
    [
      'a certificate expiring within 30 days: warn, still 0',
      ['--as', `fleetServerCert=${expiringBundle}`, '--as', `fleetServerKey=${fx('expiring-soon.key')}`, ...GOOD.filter((f) => !f.startsWith('fleet-server'))],
      { code: 0, status: 'warn', ok: true, exitCode: 0, verdicts: ['warn', 'warn', 'pass', 'pass'] },
    ],
    [
      'the Fleet Server files missing: incomplete, 3, never ok',
      GOOD.filter((f) => !f.startsWith('fleet-server')),
      { code: 3, status: 'incomplete', ok: false, exitCode: 3, verdicts: ['incomplete', 'incomplete', 'pass', 'pass'] },
    ],
    [
      'one connection fails and another lacks files: fail wins, 1',
      ['es-server-other-ca.crt', ...GOOD.filter((f) => !f.startsWith('fleet-server') && f !== 'es-server.crt')],
      { code: 1, status: 'fail', ok: false, exitCode: 1, verdicts: ['incomplete', 'incomplete', 'fail', 'fail'] },
    ],
    [
      'every connection passes but one more file cannot be opened: fail, 1',
      [...GOOD, 'random.bin'],
      { code: 1, status: 'fail', ok: false, exitCode: 1, verdicts: ['pass', 'pass', 'pass', 'pass'] },
    ],
  ])('%s', async (_t, files, expected) => {
    const args = files.map((f) => (f.startsWith('-') || f.includes('=') ? f : fx(f)));
    expect(summary(await withPlan(...args))).toEqual(expected);
  });

  test('a file that does not exist is not a usage error: the rest is judged, fail, 1', async () => {
    const missing = join(dir, 'no-such.crt');
    const r = await withPlan(...GOOD.map(fx), missing);
    expect(summary(r)).toEqual({ code: 1, status: 'fail', ok: false, exitCode: 1, verdicts: ['pass', 'pass', 'pass', 'pass'] });
    expect(JSON.parse(r.out).files.at(-1)).toMatchObject({ path: missing, read: false, problems: [{ code: 'unreadable', params: { errno: 'ENOENT' } }] });
  });

  test('a plan with problems: plan-invalid, 1, nothing read; in words on stderr without --json', async () => {
    const bad = writeJson(
      dir,
      'bad.json',
      mutualPlan((p) => (p.fleetServer.urls = ['https://fleet.example.com:8220:9'])),
    );
    const json = await run(['check', '--plan', bad, '--json', ...GOOD.map(fx)]);
    expect(json.code).toBe(1);
    const report = JSON.parse(json.out);
    expect([report.status, report.ok, report.exitCode, report.files, report.connections]).toEqual(['plan-invalid', false, 1, [], null]);
    expect(report.plan.issues).toEqual([
      {
        path: 'fleetServer.urls.0',
        code: 'url-invalid',
        params: expect.any(Object),
        message: '“https://fleet.example.com:8220:9” is not a URL. Write it like https://fleet.example.com:8220.',
      },
    ]);
    const words = await run(['check', '--plan', bad, ...GOOD.map(fx)]);
    expect([words.code, words.out]).toEqual([1, '']);
    expect(words.err).toContain('fleetServer.urls.0: “https://fleet.example.com:8220:9” is not a URL.');
  });

  test.each([
    ['an unknown option', ['check', '--frobnicate', 'x.pem']],
    ['no file', ['check', '--json']],
    ['--at that is not a time', ['check', '--at', 'soon', 'x.pem']],
    ['--as __proto__', ['check', '--as', '__proto__=x.pem']],
    ['--as with a role this plan does not use', ['check', '--plan', plan, '--as', 'logstashCa=x.pem']],
    ['a plan that does not exist', ['check', '--plan', join(dir, 'none.json'), 'x.pem']],
    ['a password on the command line', ['check', '--password=x', 'x.pem']],
    ['--password-file for a role not given with --as', ['check', '--password-file', 'agentKey=pw', 'x.pem']],
  ])('usage error, 2, no report on stdout: %s', async (_t, argv) => {
    const r = await run([...argv, '--json']);
    expect([r.code, r.out]).toEqual([2, '']);
    expect(r.err).not.toBe('');
  });

  test('--as with a role the plan does not use says which roles it does', async () => {
    const r = await run(['check', '--plan', plan, '--as', 'logstashCa=x.pem', 'x.pem']);
    expect(r.err).toBe(
      '--as logstashCa: no connection of this plan uses that role. Its roles: fleetServerCa, fleetServerCert, fleetServerKey, agentCa, agentCert, agentKey, esCa, esServerCert.\n',
    );
  });

  describe('without a plan: every certificate must chain to a CA among the files', () => {
    test.each([
      [
        'a bundle and its root: pass, 0',
        ['fleet-server-bundle.pem', 'fleet-ca.crt'],
        { code: 0, status: 'pass', ok: true, exitCode: 0, verdicts: ['pass', 'pass', 'pass'] },
      ],
      [
        'a certificate expiring within 30 days: warn, 0',
        ['expiring-soon.crt', 'fleet-intermediate.crt', 'fleet-ca.crt'],
        { code: 0, status: 'warn', ok: true, exitCode: 0, verdicts: ['warn', 'pass', 'pass'] },
      ],
      [
        'no self-issued CA among the files: incomplete, 3',
        ['fleet-server-bundle.pem'],
        { code: 3, status: 'incomplete', ok: false, exitCode: 3, verdicts: ['incomplete', 'incomplete'] },
      ],
      [
        'an expired certificate: fail, 1',
        ['expired.crt', 'fleet-intermediate.crt', 'fleet-ca.crt'],
        { code: 1, status: 'fail', ok: false, exitCode: 1, verdicts: ['fail', 'pass', 'pass'] },
      ],
      [
        'a certificate from another CA than the one given: fail, 1',
        ['es-server-other-ca.crt', 'es-ca.crt'],
        { code: 1, status: 'fail', ok: false, exitCode: 1, verdicts: ['fail', 'pass'] },
      ],
      ['a file that is not a certificate: fail, 1', ['random.bin', 'fleet-ca.crt'], { code: 1, status: 'fail', ok: false, exitCode: 1, verdicts: ['pass'] }],
      ['only keys: nothing to chain, pass, 0', ['fleet-server.key', 'agent-client.key'], { code: 0, status: 'pass', ok: true, exitCode: 0, verdicts: [] }],
    ])('%s', async (_t, files, expected) => {
      expect(summary(await run(['check', '--json', ...files.map(fx)]))).toEqual(expected);
    });
  });

  test('in words, the last line says the result and the exit code', async () => {
    const pass = await run(['check', '--plan', plan, ...GOOD.map(fx)]);
    expect(pass.out.endsWith('\nResult: PASS, every connection passes (exit 0).\n')).toBe(true);
    const incomplete = await run(['check', fx('fleet-server-bundle.pem')]);
    expect(incomplete.code).toBe(3);
    expect(incomplete.out.endsWith('\nResult: INCOMPLETE, no CA among the files to chain the certificates to (exit 3).\n')).toBe(true);
  });
});
