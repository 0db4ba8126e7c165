import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { DEFAULT_MAX_BYTES } from '../domain/certs/limits';
import { fx, GOOD, mutualPlan, REPO_ROOT, run, scratchDir, writeJson } from './cli-fixtures.test-helper';
import { readRegularFile } from './node-io';

/**
 * The reader must never hang and never hold more than the limit: each of these would
 * block the test (and time it out) or take gigabytes if the file were read first.
 */
describe('readRegularFile: stat first, refuse what is not a regular file, read at most the limit', () => {
  const dir = scratchDir();
  const fifo = join(dir, 'cert.fifo');
  execFileSync('mkfifo', [fifo]);
  const sparse = join(dir, 'sparse-2g.pem');
  execFileSync('truncate', ['-s', '2G', sparse]);
  const atLimit = join(dir, 'at-limit.pem');
  writeFileSync(atLimit, new Uint8Array(1000));
  const overLimit = join(dir, 'over-limit.pem');
  writeFileSync(overLimit, new Uint8Array(1001));
  const subdir = join(dir, 'certs');
  mkdirSync(subdir);

  test.each([
    ['a FIFO (opening it to read would wait for a writer)', fifo, { kind: 'not-regular', fileType: 'fifo' }],
    ['/dev/zero (never ends)', '/dev/zero', { kind: 'not-regular', fileType: 'character-device' }],
    ['/dev/null', '/dev/null', { kind: 'not-regular', fileType: 'character-device' }],
    ['a directory', subdir, { kind: 'not-regular', fileType: 'directory' }],
    ['a sparse 2 GB file, refused on its size', sparse, { kind: 'too-large', size: 2 * 1024 ** 3, maxBytes: 1000 }],
    ['one byte over the limit', overLimit, { kind: 'too-large', size: 1001, maxBytes: 1000 }],
  ])('%s', (_t, path, expected) => {
    // A reader that opened the FIFO or read /dev/zero would never return: the test's timeout is the guard.
    expect(readRegularFile(path, 1000)).toEqual(expected);
  });

  test('a file of exactly the limit is read whole', () => {
    expect(readRegularFile(atLimit, 1000)).toEqual({ kind: 'ok', bytes: new Uint8Array(1000) });
  });

  test('a missing file: the system’s reason', () => {
    expect(readRegularFile(join(dir, 'nope.pem'), 1000)).toMatchObject({ kind: 'error', code: 'ENOENT' });
  });

  // /proc files are regular files whose stat says 0 bytes: the one way to hold the
  // reader to its limit when the size seen first is not the size read (a growing file).
  test.runIf(existsSync('/proc/self/maps'))('a file larger than its stat said is read one byte past the limit, no further', () => {
    expect(readRegularFile('/proc/self/maps', 100)).toEqual({ kind: 'too-large', size: 101, maxBytes: 100 });
  });
});

describe('fleet-tls check never hangs on its input', () => {
  const dir = scratchDir();
  const fifo = join(dir, 'fleet-ca.crt');
  execFileSync('mkfifo', [fifo]);
  const sparse = join(dir, 'huge.pem');
  execFileSync('truncate', ['-s', `${1.5 * 1024 ** 3}`, sparse]);
  const plan = writeJson(dir, 'plan.json', mutualPlan());

  test('a FIFO, /dev/zero and a 1.5 GB sparse file among the files: each refused with the reason, the rest judged, exit 1', async () => {
    const r = await run(['check', '--plan', plan, '--json', ...GOOD.map(fx), fifo, '/dev/zero', sparse]);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.out);
    expect(report.status).toBe('fail');
    expect(
      report.files
        .slice(-3)
        .map((f: { path: string; read: boolean; size: number | null; problems: { code: string; params: object }[] }) => [
          f.path,
          f.read,
          f.size,
          f.problems.map((p) => [p.code, p.params]),
        ]),
    ).toEqual([
      [fifo, false, null, [['not-a-regular-file', { type: 'fifo' }]]],
      ['/dev/zero', false, null, [['not-a-regular-file', { type: 'character-device' }]]],
      [sparse, false, 1.5 * 1024 ** 3, [['too-large', { size: 1.5 * 1024 ** 3, maxBytes: DEFAULT_MAX_BYTES }]]],
    ]);
    expect(report.connections.map((c: { verdict: string }) => c.verdict)).toEqual(['pass', 'pass', 'pass', 'pass']);
  });

  test('in words: the file, what it is, and that it was not read', async () => {
    const r = await run(['check', fifo, '/dev/zero']);
    expect(r.code).toBe(1);
    expect(r.out).toContain(`  ${fifo}\n    problem: This is a FIFO (named pipe), not a regular file: it was not read`);
    expect(r.out).toContain('  /dev/zero\n    problem: This is a character device, not a regular file: it was not read');
  });

  test.each([
    ['a FIFO', () => fifo, 'is a FIFO (named pipe), not a regular file: it was not read.'],
    ['/dev/zero', () => '/dev/zero', '/dev/zero is a character device, not a regular file: it was not read.'],
    ['a sparse 1.5 GB file', () => sparse, 'KB; a plan is a few KB (the limit is 1024 KB). It was not read.'],
  ])('a plan that is %s: refused unread, exit 2', async (_t, path, message) => {
    const r = await run(['check', '--plan', path(), fx('fleet-ca.crt')]);
    expect([r.code, r.out]).toEqual([2, '']);
    expect(r.err).toContain(message);
  });

  test('render refuses such a plan the same way', async () => {
    const r = await run(['render', '/dev/zero']);
    expect([r.code, r.err]).toEqual([2, '/dev/zero is a character device, not a regular file: it was not read.\n']);
  });

  test.each([
    ['a FIFO', () => fifo, 'Password file: '],
    ['/dev/zero', () => '/dev/zero', 'Password file: /dev/zero is a character device'],
  ])('a password file that is %s: refused unread, exit 2', async (_t, path, message) => {
    const r = await run(['check', '--password-file', `${fx('fleet-server.p12')}=${path()}`, fx('fleet-server.p12')]);
    expect(r.code).toBe(2);
    expect(r.err).toContain(message);
  });

  test('node bin/fleet-tls.js with a FIFO and /dev/zero returns, exit 1', () => {
    const r = spawnSync('node', [join(REPO_ROOT, 'bin', 'fleet-tls.js'), 'check', fifo, '/dev/zero', fx('fleet-ca.crt')], {
      encoding: 'utf8',
      cwd: REPO_ROOT,
      timeout: 60_000,
    });
    expect(r.error).toBeUndefined();
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('not a regular file');
  });
});
