/**
 * Test-only: the openssl fixtures by path, plans as files, scratch directories. The
 * cli- fixtures are made at the end of scripts/make-fixtures.sh, after manifest.json is
 * in place: a test that finds one missing waits for the script's lock and looks again.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { FIXTURES_DIR, loadManifest, REPO_ROOT } from '../domain/certs/fixtures.test-helper';
import { defaultPlan } from '../domain/plan/defaults';
import type { Plan } from '../domain/plan/schema';
import { testIo, type RunResult } from './io.test-helper';
import { main } from './main';

export { FIXTURES_DIR, REPO_ROOT };

function waitForFixtureScript(): void {
  execFileSync('bash', [
    '-c',
    'command -v flock >/dev/null || exit 0; t=$(realpath -m "$1"); exec 9>"${TMPDIR:-/tmp}/make-fixtures.$(printf %s "$t" | cksum | cut -d" " -f1).lock"; flock 9',
    '_',
    FIXTURES_DIR,
  ]);
}

/** A fixture's path (absolute: the path as given is what the report names). */
export function fx(name: string): string {
  loadManifest();
  const path = join(FIXTURES_DIR, name);
  if (!existsSync(path)) waitForFixtureScript();
  if (!existsSync(path)) throw new Error(`no fixture ${name}: run FORCE=1 bash scripts/make-fixtures.sh`);
  return path;
}

export const fixtureText = (name: string) => readFileSync(fx(name), 'utf8');

/** The files of the mutual on-premises deployment the fixtures were made for. */
export { GOOD } from '../domain/inspect/shelf.test-helper';

/** On-premises, mutual TLS, with the host names the fixtures were made for. */
export function mutualPlan(change: (p: Plan) => void = () => {}): Plan {
  const p = defaultPlan('on-prem');
  p.tls = 'mutual';
  p.fleetServer.urls = ['https://fleet.example.com:8220'];
  p.elasticsearch.hosts = ['https://node1.es.example.com:9200'];
  change(p);
  return p;
}

export const EXAMPLES_DIR = join(REPO_ROOT, 'public', 'examples');

/** A scratch directory, removed when the test file is done. */
export function scratchDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'fleet-tls-cli-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

export function writeJson(dir: string, name: string, value: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, JSON.stringify(value));
  return path;
}

/** Runs the CLI in-process, on the real file system (through the real bounded reader). */
export async function run(argv: readonly string[], env: Record<string, string> = {}, files: Record<string, string | Uint8Array> = {}): Promise<RunResult> {
  const { io, output } = testIo(files, env);
  const code = await main(argv, io);
  return { code, ...output() };
}
