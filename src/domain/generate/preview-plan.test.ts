import { describe, expect, it } from 'vitest';
import { examplePlans } from '../../../test/example-plans';
import { validatePlan } from '../questions/validate';
import type { Plan } from '../plan/schema';
import { buildArtifacts } from './build-artifacts';
import { previewPlan } from './preview-plan';

const onPrem = examplePlans().find((e) => e.name === 'on-prem-one-way')!.plan;

function edit(change: (p: Plan) => void): Plan {
  const copy = structuredClone(onPrem);
  change(copy);
  return copy;
}

describe('a preview never carries a value the rules refuse', () => {
  it('a ready plan is itself', () => {
    expect(previewPlan(onPrem, validatePlan(onPrem))).toBe(onPrem);
  });

  it.each([
    ['a folder holding a command substitution', (p: Plan) => (p.certs.agentDirPosix = '/etc/$(id)'), '$(id)', '<FOLDER>'],
    ['a 10 MB folder name', (p: Plan) => (p.certs.fleetServerDir = '/' + 'x'.repeat(10_000_000)), 'x'.repeat(1000), '<FOLDER>'],
    ['a carriage return in a Windows folder', (p: Plan) => (p.certs.agentDirWindows = 'C:\\Certs\rcalc'), '\r', '<FOLDER>'],
    ['a release without its patch', (p: Plan) => (p.agentVersion = '9.2'), 'elastic-agent-9.2-', 'elastic-agent-<VERSION>-'],
    ['a file name with a backtick', (p: Plan) => (p.certs.files.esCa = 'es`id`.crt'), '`id`', '<FILE>'],
    ['a bad Fleet Server URL', (p: Plan) => (p.fleetServer.urls = ['https://fleet.example.com\u202e:8220']), '\u202e', '<FLEET_SERVER_URL>'],
  ])('%s: replaced by its placeholder in every artifact', (_t, change, refused, placeholder) => {
    const plan = edit(change);
    const preview = previewPlan(plan, validatePlan(plan));
    const text = JSON.stringify(buildArtifacts(preview));
    expect(text).not.toContain(JSON.stringify(refused).slice(1, -1));
    expect(text).toContain(placeholder);
  });

  it('100,000 URLs become none, and the port an empty input gave becomes the default', () => {
    const plan = edit((p) => {
      p.fleetServer.urls = Array.from({ length: 100_000 }, (_, i) => `https://f${i}:8220`);
    });
    expect(previewPlan(plan, validatePlan(plan)).fleetServer.urls).toEqual([]);
    const port = edit((p) => (p.fleetServer.port = Number.NaN));
    expect(previewPlan(port, validatePlan(port)).fleetServer.port).toBe(8220);
  });
});
