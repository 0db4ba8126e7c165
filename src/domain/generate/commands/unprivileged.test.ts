import { describe, expect, it } from 'vitest';
import { examplePlans } from '../../../../test/example-plans';
import { FILE_RUNS, runWithStubs } from '../../../../test/shell-stubs';
import { describeNote } from '#words/artifact-notes';
import type { Plan } from '../../plan/schema';
import { validatePlan } from '../../questions/validate';
import { buildArtifacts } from '../build-artifacts';
import { renderArtifact } from '../render-artifact';
import type { ScriptStep } from '../script';

type Command = Extract<ScriptStep, { kind: 'command' }>;

const examples = Object.fromEntries(examplePlans().map((e) => [e.name, e.plan]));
const PROXY = 'http://proxy.example.com:3128';
const DIR = '/etc/elastic-agent/certs';

/** on-prem-mutual (an encrypted agent key) with every agent platform, unprivileged, behind a forward proxy. */
function plan(change: Partial<Plan['agents']> = {}): Plan {
  const base = structuredClone(examples['on-prem-mutual']!);
  base.agents = { platforms: ['linux-x86_64', 'darwin-aarch64', 'windows-x86_64', 'deb-amd64', 'rpm-x86_64'], unprivileged: true, proxyUrl: PROXY, ...change };
  return base;
}

/** Each elastic-agent command of each install artifact: its sub-command and flag names. */
function commands(p: Plan) {
  return buildArtifacts(p).flatMap((a) =>
    a.kind === 'agent-install' || a.kind === 'fleet-server-install'
      ? a.script
          .filter((s): s is Command => s.kind === 'command' && s.multiline === true)
          .map((s) => ({ id: a.id, sub: s.argv[1], flags: s.argv.slice(2).map((x) => (typeof x === 'string' ? x : `${x.flag}=${x.value}`)) }))
      : [],
  );
}

describe('--unprivileged and --proxy-url in the commands', () => {
  it('the plan is ready', () => {
    expect(validatePlan(plan())).toEqual([]);
  });

  it('every agent command carries --proxy-url once; --unprivileged only on install, once; Fleet Server carries neither', () => {
    const all = commands(plan());
    expect(all.map((c) => `${c.id} ${c.sub}`)).toEqual([
      'fleet-server-install:linux-x86_64 install',
      'agent-install:linux-x86_64 install',
      'agent-install:darwin-aarch64 install',
      'agent-install:windows-x86_64 install',
      'agent-install:deb-amd64 enroll',
      'agent-install:rpm-x86_64 enroll',
    ]);
    for (const { id, sub, flags } of all) {
      const agent = id.startsWith('agent-install');
      expect(
        flags.filter((f) => f === `--proxy-url=${PROXY}`),
        id,
      ).toHaveLength(agent ? 1 : 0);
      expect(
        flags.filter((f) => f.startsWith('--proxy-url')),
        id,
      ).toHaveLength(agent ? 1 : 0);
      expect(
        flags.filter((f) => f === '--unprivileged'),
        id,
      ).toHaveLength(agent && sub === 'install' ? 1 : 0);
    }
  });

  it('neither flag without the answers', () => {
    for (const { flags } of commands(plan({ unprivileged: false, proxyUrl: '' }))) {
      expect(flags.some((f) => f === '--unprivileged' || f.startsWith('--proxy-url'))).toBe(false);
    }
  });

  it('DEB and RPM say that they stay privileged; tar.gz and zip do not', () => {
    for (const a of buildArtifacts(plan())) {
      if (a.kind !== 'agent-install') continue;
      const said = a.script.some((s) => s.kind === 'comment' && s.note.code === 'unprivileged-package');
      expect(said, a.id).toBe(/deb|rpm/.test(a.id));
    }
  });
});

describe('the files an unprivileged agent reads, in its POSIX script', () => {
  const KEYS = [`${DIR}/agent.key`, `${DIR}/agent.key.pass`];
  const CERTS = [`${DIR}/fleet-ca.crt`, `${DIR}/agent.crt`, `${DIR}/es-ca.crt`];
  const script = (id: string, p = plan()) => {
    const a = buildArtifacts(p).find((x) => x.id === id);
    if (!a) throw new Error(id);
    return renderArtifact(a, describeNote, { form: 'file' });
  };

  it.each(FILE_RUNS)('Linux tar.gz, %s: the group first, then group read on keys and passphrase (0640) and certificates (0644), before install', (run) => {
    const r = runWithStubs(script('agent-install:linux-x86_64'), { shell: run, input: 'pass phrase\n' });
    expect(r.status, r.stderr).toBe(0);
    expect(r.ownership).toEqual([
      ['groupadd', '-f', 'elastic-agent'],
      ['chgrp', 'elastic-agent', ...KEYS, ...CERTS],
      ['chmod', '0640', ...KEYS],
      ['chmod', '0644', ...CERTS],
    ]);
    expect(r.calls).toHaveLength(1);
    expect(r.calls[0]).toContain('--unprivileged');
  });

  it('the ownership commands come before install (install runs enroll as elastic-agent-user)', () => {
    const text = script('agent-install:linux-x86_64');
    expect(text.indexOf('sudo chmod 0644')).toBeGreaterThan(0);
    expect(text.indexOf('sudo chmod 0644')).toBeLessThan(text.indexOf('./elastic-agent install'));
  });

  it('macOS: no groupadd; the admin is told to make the group; then the same chgrp and chmod', () => {
    const r = runWithStubs(script('agent-install:darwin-aarch64'), { input: 'pass phrase\n' });
    expect(r.status, r.stderr).toBe(0);
    expect(r.ownership.map((c) => c[0])).toEqual(['chgrp', 'chmod', 'chmod']);
    expect(script('agent-install:darwin-aarch64')).toContain(describeNote({ code: 'unprivileged-group-macos' }));
  });

  it('DEB, RPM and privileged agents touch no ownership', () => {
    for (const [id, p] of [
      ['agent-install:deb-amd64', plan()],
      ['agent-install:linux-x86_64', plan({ unprivileged: false })],
    ] as const) {
      const r = runWithStubs(script(id, p), { input: 'pass phrase\n' });
      expect(r.status, r.stderr).toBe(0);
      expect(r.ownership, id).toEqual([]);
    }
  });

  it('one-way TLS with a public CA: no files, so no ownership commands', () => {
    const p = structuredClone(examples['cloud-fleet-one-way']!);
    p.agents = { ...p.agents, platforms: ['linux-x86_64'], unprivileged: true };
    const r = runWithStubs(script('agent-install:linux-x86_64', p));
    expect(r.status, r.stderr).toBe(0);
    expect(r.ownership).toEqual([]);
    expect(r.calls[0]).toContain('--unprivileged');
  });
});
