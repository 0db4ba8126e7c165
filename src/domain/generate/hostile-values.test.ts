import { describe, expect, it } from 'vitest';
import { examplePlans } from '../../../test/example-plans';
import { hostilePlans, MARKERS } from '../../../test/hostile-plans';
import { findNamed, runWithStubs, type ShellRun } from '../../../test/shell-stubs';
import { describeNote } from '#words/artifact-notes';
import type { Plan } from '../plan/schema';
import { buildArtifacts } from './build-artifacts';
import { renderArtifact } from './render-artifact';
import type { ScriptForm } from './render-options';
import { argvOf, type ScriptStep } from './script';

type Command = Extract<ScriptStep, { kind: 'command' }>;

function posixArtifacts(plan: Plan) {
  return buildArtifacts(plan).flatMap((a) => {
    if ((a.kind !== 'agent-install' && a.kind !== 'fleet-server-install') || a.shell !== 'bash') return [];
    const step = a.script.find((s): s is Command => s.kind === 'command' && s.multiline === true)!;
    const secrets = a.script.filter((s) => s.kind === 'write-secret-file').length;
    const values = a.script.flatMap((s) => (s.kind === 'command' ? [...argvOf(s), ...(s.env ?? []).flat()] : s.kind === 'write-secret-file' ? [s.path] : []));
    // eslint-disable-next-line no-control-regex -- control characters are what this looks for
    const control = values.some((v) => /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/.test(v));
    return [{ artifact: a, intended: argvOf(step).slice(1), input: 'pass phrase\n'.repeat(secrets), control }];
  });
}

// The file form pasted into an interactive shell too: someone selects the text shown on
// the page. Interactive zsh then runs its comment lines as commands (and, with set -eu
// on, leaves at the first of them: nothing after it runs). Bash's line editor reads
// control characters in pasted text as keys, so with those in the values only the
// absence of markers is asserted there.
const RUNS: readonly [ScriptForm, ShellRun][] = [
  ['file', 'bash-file'],
  ['file', 'dash-file'],
  ['file', 'zsh-file'],
  ['file', 'bash-interactive'],
  ['file', 'zsh-interactive'],
  ['paste', 'dash-paste'],
  ['paste', 'bash-interactive'],
  ['paste', 'zsh-interactive'],
];

describe('hostile values (validation bypassed) in every generated POSIX script, both forms, bash, dash and interactive zsh', () => {
  const plans = hostilePlans();

  it('the hostile plans reach every kind of POSIX script, with prompts', () => {
    const ids = plans.flatMap(({ plan }) => posixArtifacts(plan).map((a) => a.artifact.id));
    expect(new Set(ids)).toEqual(
      new Set([
        'fleet-server-install:linux-x86_64',
        'fleet-server-install:deb-amd64',
        'agent-install:linux-x86_64',
        'agent-install:darwin-aarch64',
        'agent-install:deb-amd64',
        'agent-install:rpm-aarch64',
      ]),
    );
    expect(plans.every(({ plan }) => posixArtifacts(plan).every((a) => a.input !== ''))).toBe(true);
    expect(plans.some(({ plan }) => posixArtifacts(plan).some((a) => a.control))).toBe(true);
  });

  for (const { name, plan } of plans) {
    it.each(RUNS)(`${name}: %s form, %s: no marker file appears, and elastic-agent gets exactly the intended argv or is never called`, (form, run) => {
      for (const { artifact, intended, input, control } of posixArtifacts(plan)) {
        const text = renderArtifact(artifact, describeNote, { form });
        const r = runWithStubs(text, { shell: run, input });
        const why = `${artifact.id}\n${r.stderr}`;
        expect(findNamed(r.root, MARKERS), why).toEqual([]);
        if (form === 'paste' && control) {
          expect(r.calls, why).toEqual([]);
          expect(r.stderr, why).toContain(describeNote({ code: 'paste-control-character' }));
        } else if (form === 'file' && run === 'zsh-interactive') expect(r.calls, why).toEqual([]);
        else if (!(form === 'file' && run === 'bash-interactive' && control)) expect(r.calls, why).toEqual([intended]);
      }
    });
  }
});

describe('comment lines, run as commands by an interactive zsh (interactive_comments off)', () => {
  const scripts = [...examplePlans(), ...hostilePlans()].flatMap(({ name, plan }) =>
    buildArtifacts(plan).flatMap((a) => ('shell' in a && a.shell === 'bash' ? [{ name: `${name} ${a.id}`, artifact: a }] : [])),
  );

  it.each(scripts.map((s) => [s.name, s] as const))('%s: each line only fails as the command #, expanding and redirecting nothing', (_name, { artifact }) => {
    const comments = renderArtifact(artifact, describeNote, { form: 'file' })
      .split('\n')
      .filter((l) => l.startsWith('# '));
    const r = runWithStubs(comments.join('\n') + '\n', { shell: 'zsh-interactive' });
    expect(findNamed(r.root, MARKERS)).toEqual([]);
    const complaints = r.stderr
      .split(/[\r\n]/)
      // eslint-disable-next-line no-control-regex -- zsh's prompt marks are escape sequences
      .map((l) => l.replace(/\x1b\[[0-9;]*[A-Za-z]/g, '').trim())
      .filter((l) => l.startsWith('zsh:'));
    expect(complaints).toEqual(comments.map(() => 'zsh: command not found: #'));
  });
});
