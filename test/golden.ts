import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { expect } from 'vitest';

const ROOT = join(import.meta.dirname, 'golden');

/**
 * Compares text with a golden file in test/golden. `UPDATE_GOLDEN=1 npx vitest run`
 * rewrites them; review the diff like any other change.
 */
export function expectGolden(name: string, actual: string): void {
  const path = join(ROOT, name);
  if (process.env.UPDATE_GOLDEN === '1' || !existsSync(path)) {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, actual);
    if (process.env.CI === 'true' && process.env.UPDATE_GOLDEN !== '1') throw new Error(`golden file ${name} was missing`);
    return;
  }
  expect(actual, `golden ${name} (UPDATE_GOLDEN=1 to accept)`).toBe(readFileSync(path, 'utf8'));
}
