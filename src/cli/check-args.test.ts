import { describe, expect, test } from 'vitest';
import { KNOWN_ROLES, parseCheckArgs } from './check-args';

const ok = (args: string[]) => {
  const r = parseCheckArgs(args);
  if (!r.ok) throw new Error(r.message);
  return r.options;
};
const refused = (args: string[]) => {
  const r = parseCheckArgs(args);
  if (r.ok) throw new Error(`accepted: ${args.join(' ')}`);
  return r;
};

describe('parseCheckArgs', () => {
  test('every option in both forms, files once each in the order first given', () => {
    const o = ok([
      '--plan',
      'p.json',
      '--as=fleetServerCert=/c/a=b.crt',
      'x.pem',
      '--as',
      'agentKey=k.key',
      '--password-file',
      'agentKey=pw',
      '--password-file=x.pem=pw2',
      '--at=2026-03-01',
      '--json',
      'x.pem',
      '/c/a=b.crt',
    ]);
    expect(o).toEqual({
      json: true,
      planFile: 'p.json',
      at: new Date('2026-03-01T00:00:00Z'),
      paths: ['/c/a=b.crt', 'x.pem', 'k.key'],
      pinned: new Map([
        ['fleetServerCert', '/c/a=b.crt'],
        ['agentKey', 'k.key'],
      ]),
      passwordFiles: [
        { key: 'agentKey', path: 'pw' },
        { key: 'x.pem', path: 'pw2' },
      ],
    });
  });

  test('after --, everything is a file, even what looks like an option', () => {
    expect(ok(['a.pem', '--', '--json', '-x']).paths).toEqual(['a.pem', '--json', '-x']);
  });

  test.each([
    ['__proto__', ['--as', '__proto__=x.pem']],
    ['constructor', ['--as', 'constructor=x.pem']],
    ['toString', ['--as=toString=x.pem']],
    ['hasOwnProperty', ['--as', 'hasOwnProperty=x.pem']],
    ['a passphrase file is not a certificate role', ['--as', 'agentKeyPassphrase=x.pem']],
    ['no role', ['--as', '=x.pem']],
    ['no file', ['--as', 'agentCa=']],
    ['no =', ['--as', 'agentCa']],
  ])('--as refuses a role that is not one: %s', (_t, args) => {
    const r = refused([...args, 'y.pem']);
    expect(r.message).toMatch(/^--as takes ROLE=FILE, ROLE one of: fleetServerCa, /);
    expect(r.message).not.toContain('__proto__');
  });

  test('the known roles are the certificate, key and CA roles and the servers’ own, no passphrase file', () => {
    expect([...KNOWN_ROLES]).toEqual([
      'fleetServerCa',
      'fleetServerCert',
      'fleetServerKey',
      'agentCa',
      'agentCert',
      'agentKey',
      'esCa',
      'fleetServerEsCert',
      'fleetServerEsKey',
      'logstashCa',
      'outputCert',
      'outputKey',
      'proxyCa',
      'esServerCert',
      'logstashServerCert',
      'proxyServerCert',
    ]);
  });

  test.each([['--password=secret'], ['--password', 'secret'], ['--passphrase=secret'], ['--pass=secret']])(
    'a password on the command line is refused, and the message says what to do instead (%s)',
    (...args) => {
      const r = refused([...args, 'x.p12']);
      expect(r.message).toContain('a password is never taken on the command line');
      expect(r.message).toContain('--password-file ROLE_OR_FILE=PATH');
      expect(r.message).toContain('FLEET_TLS_PASSWORD');
      expect(r.message).not.toContain('secret');
    },
  );

  test.each([
    ['no file', [], 'check needs at least one certificate or key file.', true],
    ['--plan without its value', ['x.pem', '--plan'], '--plan needs a value.', true],
    ['--plan= empty', ['--plan=', 'x.pem'], '--plan needs a value.', true],
    ['two plans', ['--plan', 'a', '--plan', 'b', 'x.pem'], 'Only one --plan, please.', false],
    ['--at twice', ['--at', '2026-01-01', '--at', '2026-01-02', 'x.pem'], 'Only one --at, please.', false],
    ['--at not ISO 8601', ['--at', 'next month', 'x.pem'], '--at takes an ISO 8601 date', false],
    ['--at without an offset', ['--at', '2026-01-01T10:00:00', 'x.pem'], '--at takes an ISO 8601 date', false],
    ['--as one role, two files', ['--as', 'agentCa=a', '--as', 'agentCa=b'], '--as agentCa is given twice, with two files.', false],
    ['--password-file without =', ['--password-file', 'pw', 'x.pem'], '--password-file takes ROLE_OR_FILE=PATH', false],
    [
      '--password-file twice for one key',
      ['--password-file', 'x.pem=a', '--password-file', 'x.pem=b', 'x.pem'],
      '--password-file x.pem is given twice: one password per file.',
      false,
    ],
    ['--json=yes', ['--json=yes', 'x.pem'], '--json takes no value.', true],
    ['an unknown option', ['--frobnicate', 'x.pem'], 'Unknown option --frobnicate.', true],
  ])('usage error: %s', (_t, args, message, withUsage) => {
    const r = refused(args as string[]);
    expect(r.message.startsWith(message as string)).toBe(true);
    expect(r.withUsage).toBe(withUsage);
  });
});
