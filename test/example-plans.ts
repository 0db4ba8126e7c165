import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { openPlan } from '../src/domain/plan/open-plan';
import type { Plan } from '../src/domain/plan/schema';

const DIR = join(import.meta.dirname, '..', 'public', 'examples');

/** Every example plan shipped in public/examples, opened the way the app opens them. */
export function examplePlans(): { name: string; plan: Plan }[] {
  return readdirSync(DIR)
    .filter((f) => f.endsWith('.json') && f !== 'index.json')
    .sort()
    .map((f) => {
      const opened = openPlan(readFileSync(join(DIR, f), 'utf8'));
      if (!opened.ok) throw new Error(`${f}: ${JSON.stringify(opened.error)}`);
      return { name: f.replace(/\.json$/, ''), plan: opened.plan };
    });
}
