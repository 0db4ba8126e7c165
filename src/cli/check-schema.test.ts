import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { describe, expect, test } from 'vitest';
import { loadManifest } from '../domain/certs/fixtures.test-helper';
import { FILE_PROBLEM_MESSAGES, FINDING_MESSAGES } from '#words/findings';
import { CHECK_SCHEMA_VERSION } from './check-report';
import { EXAMPLES_DIR, fixtureText, fx, GOOD, mutualPlan, REPO_ROOT, run, scratchDir, writeJson } from './cli-fixtures.test-helper';

const SCHEMA_PATH = join(REPO_ROOT, 'docs', 'check-json.schema.json');
const schema = JSON.parse(readFileSync(SCHEMA_PATH, 'utf8'));
const ajv = new Ajv2020({ allErrors: true, strict: true, strictTypes: false });
addFormats(ajv);
const validate = ajv.compile(schema);

const errorsOf = (report: unknown) => (validate(report) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`));

describe('docs/check-json.schema.json', () => {
  test('is the version the output says', () => {
    expect(schema.properties.schemaVersion).toEqual({ const: CHECK_SCHEMA_VERSION });
    expect(schema.$id).toBe(`urn:fleet-tls-wizard:check-json:${CHECK_SCHEMA_VERSION}`);
    expect(schema.title).toBe(`fleet-tls check --json, schema version ${CHECK_SCHEMA_VERSION}`);
  });

  test('every finding and file problem code of the catalogues has the form the schema allows', () => {
    const pattern = new RegExp(schema.$defs.code.pattern);
    const codes = [...Object.keys(FINDING_MESSAGES), ...Object.keys(FILE_PROBLEM_MESSAGES), 'unreadable', 'not-a-regular-file'];
    expect(codes.filter((c) => !pattern.test(c))).toEqual([]);
  });
});

/**
 * Real outputs, held to the schema: every example plan with several sets of files, and
 * the runs that fail, lack files, cannot read a file, refuse the plan, or have no plan.
 */
describe('every check --json output validates against the schema', () => {
  const dir = scratchDir();
  const { passphrases } = loadManifest();
  const fifo = join(dir, 'fifo.pem');
  execFileSync('mkfifo', [fifo]);
  const p12Pass = join(dir, 'p12.pass');
  writeFileSync(p12Pass, `${passphrases.pkcs12}\n`);
  const bothRoots = join(dir, 'both-roots.pem');
  writeFileSync(bothRoots, fixtureText('fleet-ca.crt') + fixtureText('agent-ca.crt'));
  const plan = writeJson(dir, 'plan.json', mutualPlan());
  const invalid = writeJson(
    dir,
    'invalid.json',
    mutualPlan((p) => (p.fleetServer.urls = ['http://fleet'])),
  );
  const examples = readdirSync(EXAMPLES_DIR).filter((f) => f.endsWith('.json') && f !== 'index.json');
  const FILE_SETS: Record<string, () => string[]> = {
    'the mutual set': () => GOOD.map(fx),
    'the mutual set with broken files': () => [
      ...GOOD.map(fx),
      fx('random.bin'),
      fx('expired.crt'),
      fx('fleet-server.encrypted-pkcs8.key'),
      fifo,
      join(dir, 'missing.pem'),
    ],
    'CA files only': () => ['fleet-ca.crt', 'agent-ca.crt', 'es-ca.crt', 'other-ca.crt'].map(fx),
    'everything of every kind': () =>
      [
        'cli-all-sans.crt',
        'cli-all-sans.key',
        'fleet-server.p12',
        'rsa-server.crt',
        'rsa-server.key',
        'weak-rsa1024.crt',
        'es-server-other-ca.crt',
        'fleet01-internal.crt',
        'unusual-subject.crt',
        ...GOOD,
      ].map(fx),
  };

  const cases: [string, string[], Record<string, string>][] = [
    ...examples.flatMap((e) =>
      Object.entries(FILE_SETS).map(([set, files]): [string, string[], Record<string, string>] => [
        `${e} with ${set}`,
        ['--plan', join(EXAMPLES_DIR, e), ...files()],
        {},
      ]),
    ),
    ['a refused plan', ['--plan', invalid, ...GOOD.map(fx)], {}],
    [
      'a PKCS#12 by role, its password from a file',
      [
        '--plan',
        plan,
        '--as',
        `fleetServerCert=${fx('fleet-server.p12')}`,
        '--as',
        `fleetServerKey=${fx('fleet-server.p12')}`,
        '--password-file',
        `fleetServerCert=${p12Pass}`,
        ...GOOD.slice(2).map(fx),
      ],
      {},
    ],
    [
      'one CA file for both sides, judged when it is about to expire',
      ['--plan', plan, '--at', '2036-11-20', '--as', `fleetServerCa=${bothRoots}`, '--as', `agentCa=${bothRoots}`, ...GOOD.map(fx)],
      {},
    ],
    ['judged before the certificates were issued', ['--plan', plan, '--at', '2001-01-01T00:00:00+01:00', ...GOOD.map(fx)], { FLEET_TLS_PASSWORD: 'x' }],
    ['no plan: chains pass', ['fleet-server-bundle.pem', 'fleet-ca.crt', 'cli-all-sans.crt'].map(fx), {}],
    ['no plan: no root, incomplete', ['fleet-server-bundle.pem', 'agent-client.key'].map(fx), {}],
    [
      'no plan: broken chains and unreadable files',
      [
        ...['expired.crt', 'bad-signature.crt', 'fleet-intermediate.crt', 'fleet-ca.crt', 'not-a-ca-leaf.crt', 'not-a-ca.crt', 'truncated.pem', 'csr.pem'].map(
          fx,
        ),
        fifo,
        '/dev/zero',
      ],
      {},
    ],
    ['no plan: expiring soon', ['expiring-soon.crt', 'fleet-intermediate.crt', 'fleet-ca.crt'].map(fx), {}],
  ];

  const seen = { status: new Set<string>(), exitCode: new Set<number>() };
  test.each(cases)('%s', async (_t, argv, env) => {
    const r = await run(['check', '--json', ...argv], env);
    const report = JSON.parse(r.out);
    expect(errorsOf(report)).toEqual([]);
    expect(r.code).toBe(report.exitCode);
    seen.status.add(report.status);
    seen.exitCode.add(report.exitCode);
  });

  test('the cases above cover every status and exit code', () => {
    expect([[...seen.status].sort(), [...seen.exitCode].sort()]).toEqual([
      ['fail', 'incomplete', 'pass', 'plan-invalid', 'warn'],
      [0, 1, 3],
    ]);
  });

  test.each<[string, (r: Record<string, unknown>) => void]>([
    ['an exit code that contradicts the status', (r) => (r.exitCode = 1)],
    ['ok on an incomplete run', (r) => ((r.status = 'incomplete'), (r.exitCode = 3))],
    ['an upper-case fingerprint', (r) => ((r.files as { items: { sha256: string }[] }[])[0]!.items[0]!.sha256 = 'A'.repeat(64))],
    ['a field the schema does not know', (r) => (r.extra = 1)],
    ['another schema version', (r) => (r.schemaVersion = 2)],
    ['a local time', (r) => (r.judgedAt = '2026-03-01T12:00:00')],
  ])('the schema refuses %s', async (_t, spoil) => {
    const r = await run(['check', '--json', ...['fleet-server-bundle.pem', 'fleet-ca.crt'].map(fx)]);
    const report = JSON.parse(r.out);
    expect(errorsOf(report)).toEqual([]);
    spoil(report);
    expect(errorsOf(report)).not.toEqual([]);
  });
});
