import { describe, expect, it } from 'vitest';
import { examplePlans } from '../../../test/example-plans';
import { FLAGS, type FlagName } from '../catalog/flags';
import { atLeast, parseVersion } from '../catalog/version';
import { validatePlan } from '../questions/validate';
import type { Plan } from '../plan/schema';
import { buildArtifacts } from './build-artifacts';
import type { ScriptStep } from './script';

/** Every elastic-agent invocation in the plan's scripts: its sub-command and flag names. */
function invocations(plan: Plan) {
  return buildArtifacts(plan).flatMap((a) =>
    a.kind === 'agent-install' || a.kind === 'fleet-server-install'
      ? a.script
          .filter((s): s is Extract<ScriptStep, { kind: 'command' }> => s.kind === 'command' && s.multiline === true)
          .map((s) => {
            const [, sub, ...rest] = s.argv;
            const flags = rest.map((r) => (typeof r === 'string' ? r : r.flag));
            return { artifact: a.id, command: sub as string, flags };
          })
      : [],
  );
}

const VERSIONS = ['8.8.0', '8.12.2', '8.13.0', '8.15.3', '8.16.0', '8.19.4', '9.0.0', '9.1.0', '9.2.1'];

describe('every flag emitted exists in the real CLI for that command and version', () => {
  for (const { name, plan } of examplePlans()) {
    for (const version of VERSIONS) {
      const p = { ...plan, agentVersion: version };
      const ready = validatePlan(p).length === 0;
      it(`${name} at ${version} (${ready ? 'valid' : 'refused by validation'})`, () => {
        const v = parseVersion(version)!;
        for (const { artifact, command, flags } of invocations(p)) {
          expect(['install', 'enroll'], artifact).toContain(command);
          for (const f of flags) {
            expect(Object.keys(FLAGS), `${artifact}: ${f}`).toContain(f);
            const facts = FLAGS[f as FlagName];
            expect(facts.commands as readonly string[], `${artifact}: ${f} on ${command}`).toContain(command);
            // A plan that validates never carries a flag newer than its version.
            if (ready) expect(atLeast(v, facts.since), `${artifact}: ${f} needs ${facts.since}`).toBe(true);
          }
          expect(new Set(flags).size, `${artifact}: a flag repeated`).toBe(flags.length);
        }
      });
    }
  }
});

describe('rules of the CLI that the commands must keep', () => {
  for (const { name, plan } of examplePlans()) {
    it(`${name}: a normal agent always carries --url and --enrollment-token; --insecure only in lab mode`, () => {
      for (const inv of invocations(plan).filter((i) => i.artifact.startsWith('agent-install'))) {
        expect(inv.flags.slice(0, 2)).toEqual(['--url', '--enrollment-token']);
        expect(inv.flags.includes('--insecure')).toBe(plan.tls === 'lab');
      }
    });
    it(`${name}: --install-servers never appears on enroll`, () => {
      for (const inv of invocations(plan)) {
        if (inv.command === 'enroll') expect(inv.flags).not.toContain('--install-servers');
      }
    });
  }
});
