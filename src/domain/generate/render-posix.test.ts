import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { FILE_RUNS, findNamed, PASTE_RUNS, runWithStubs, scratchDir, type ShellRun } from '../../../test/shell-stubs';
import { examplePlans } from '../../../test/example-plans';
import { describeNote } from '#words/artifact-notes';
import type { Plan } from '../plan/schema';
import { buildArtifacts } from './build-artifacts';
import { renderPosix } from './render-posix';
import type { ScriptForm } from './render-options';
import { argvOf, type Script, type ScriptStep } from './script';
import { quotePosix } from './shell/posix-quote';

type Command = Extract<ScriptStep, { kind: 'command' }>;

/** The POSIX install scripts of a plan: the script, the argv elastic-agent should get, the prompts it asks. */
function posixScripts(plan: Plan) {
  return buildArtifacts(plan).flatMap((a) => {
    if ((a.kind !== 'agent-install' && a.kind !== 'fleet-server-install') || a.shell !== 'bash') return [];
    const step = a.script.find((s): s is Command => s.kind === 'command' && s.multiline === true);
    if (!step) throw new Error(`${a.id} has no elastic-agent command`);
    const secrets = a.script.filter((s) => s.kind === 'write-secret-file').length;
    return [{ id: a.id, script: a.script, intended: argvOf(step).slice(1), secrets }];
  });
}

const formOf = (run: ShellRun): ScriptForm => ((FILE_RUNS as readonly ShellRun[]).includes(run) ? 'file' : 'paste');
const text = (script: Script, run: ShellRun, refusal?: string) =>
  renderPosix(script, describeNote, { form: formOf(run), fileName: 'install.sh', ...(refusal === undefined ? {} : { refusal }) });

describe('every example plan’s POSIX script, run by bash, dash and zsh with a stub elastic-agent', () => {
  for (const { name, plan } of examplePlans()) {
    it.each([...FILE_RUNS, ...PASTE_RUNS])(`${name}, %s: elastic-agent receives exactly the intended argv`, (run) => {
      for (const { id, script, intended, secrets } of posixScripts(plan)) {
        const r = runWithStubs(text(script, run), { shell: run, input: 'pass phrase\n'.repeat(secrets) });
        expect(r.calls, `${id} ${r.stderr}`).toEqual([intended]);
        expect(r.status, id).toBe(0);
        // A file run prints nothing but its prompts (interactive shells add their own noise).
        if (formOf(run) === 'file') expect(r.stderr.replace(/^(Passphrase for \S+|Fleet Server service token): \n/gm, ''), id).toBe('');
      }
    });
  }
});

describe('the two forms', () => {
  const plan = examplePlans().find((e) => e.name === 'on-prem-mutual')!.plan;
  const [first] = posixScripts(plan);

  it('the file form starts with a shebang and says how to run it, then set -eu; the paste form is one ( … ) block without comments', () => {
    const file = renderPosix(first!.script, describeNote, { form: 'file', fileName: 'fleet-server-linux-x86_64.sh' });
    expect(file.split('\n').slice(0, 4)).toEqual([
      '#!/usr/bin/env bash',
      '# To run this file: bash fleet-server-linux-x86_64.sh',
      '# It calls sudo itself for the steps that need root, so start it as your own user.',
      'set -eu',
    ]);
    const paste = renderPosix(first!.script, describeNote, { form: 'paste' });
    expect(paste.startsWith('(\nset -eu\n')).toBe(true);
    expect(paste.endsWith('\n)\n')).toBe(true);
    expect(paste).not.toMatch(/^\s*#/m);
  });

  it.each([...FILE_RUNS, ...PASTE_RUNS])('%s: a failed step stops the script before elastic-agent runs, and a pasted block leaves the terminal open', (run) => {
    const input = 'pass phrase\n'.repeat(first!.secrets) + 'echo still-here\n';
    const r = runWithStubs(text(first!.script, run), { shell: run, input, failing: ['curl'] });
    expect(r.calls).toEqual([]);
    if (run.endsWith('interactive')) expect(r.stdout).toContain('still-here');
    else expect(r.status).not.toBe(0);
  });

  it.each([...FILE_RUNS, ...PASTE_RUNS])('%s: with a refusal, the script prints it and runs nothing', (run) => {
    const refusal = 'This plan still has 2 problems. Nothing was run.';
    const r = runWithStubs(text(first!.script, run, refusal), { shell: run, input: 'pass phrase\n'.repeat(first!.secrets) });
    expect(r.calls).toEqual([]);
    expect(r.stderr).toContain(refusal);
    if (!run.endsWith('interactive')) expect(r.status).toBe(1);
  });
});

describe('comments', () => {
  it('quote each value, so that a comment line run as a command (interactive zsh) expands nothing, and keep it on one line', () => {
    const note = { code: 'place-files', params: { dir: '/opt/$(touch x)\ny', files: ['a b.crt', 'c.crt'] } } as const;
    expect(
      renderPosix([{ kind: 'comment', note }], describeNote, { form: 'file' })
        .split('\n')
        .at(-2),
    ).toBe("# Copy these files to '/opt/$(touch x)\uFFFDy' before you run the commands: 'a b.crt', c.crt");
  });
});

describe('the harness', () => {
  // A control: if `zsh -f -i` ever treated `#` as a comment here, the comment tests
  // would pass without testing anything.
  it('zsh -f -i runs a pasted # line as a command (interactive_comments off), as a terminal paste does', () => {
    const r = runWithStubs('# $(touch CANARY) text\n', { shell: 'zsh-interactive' });
    expect(findNamed(r.root, ['CANARY'])).toHaveLength(1);
    expect(r.stderr).toContain('command not found: #');
  });

  it('bash -i keeps # lines as comments', () => {
    const r = runWithStubs('# $(touch CANARY) text\n', { shell: 'bash-interactive' });
    expect(findNamed(r.root, ['CANARY'])).toEqual([]);
  });
});

describe('secret prompts, under bash, dash and zsh, run as a file or pasted', () => {
  function promptScript(root: string, files: readonly string[]): Script {
    const dir = join(root, 'secret dir');
    mkdirSync(dir, { recursive: true });
    return [
      ...files.map((f): ScriptStep => ({ kind: 'write-secret-file', path: join(dir, f), prompt: { code: 'prompt-passphrase', params: { key: f } } })),
      { kind: 'command', argv: ['elastic-agent', 'enroll', { flag: '--url', value: 'https://f:8220' }], elevated: true },
    ];
  }
  const typed = " s3cr3t pa$$ 'w' \\n `id` * ça ";

  it.each([...FILE_RUNS, ...PASTE_RUNS])('%s: the typed passphrase is written byte for byte, mode 600, then the script goes on', (run) => {
    const root = scratchDir();
    const r = runWithStubs(text(promptScript(root, ['a.pass', 'b.pass']), run), { shell: run, root, realFiles: true, input: `${typed}\nsecond\n` });
    expect(r.calls).toEqual([['enroll', '--url=https://f:8220']]);
    const a = join(root, 'secret dir', 'a.pass');
    expect(readFileSync(a, 'utf8')).toBe(typed);
    expect(readFileSync(join(root, 'secret dir', 'b.pass'), 'utf8')).toBe('second');
    expect((statSync(a).mode & 0o777).toString(8)).toBe('600');
  });

  it.each(
    [...FILE_RUNS, ...PASTE_RUNS].flatMap((run) => [
      [run, 'nothing to read (end of input)', ''],
      [run, 'an empty line', '\n'],
      [run, 'an empty line for the second secret', 'first\n\n'],
    ]),
  )('%s, %s: the script stops with a non-zero status, no elastic-agent, no empty file', (run, _case, input) => {
    const root = scratchDir();
    const r = runWithStubs(text(promptScript(root, ['a.pass', 'b.pass']), run), { shell: run, root, realFiles: true, input });
    expect(r.calls).toEqual([]);
    expect(r.status).not.toBe(0);
    expect(r.stderr).toContain(describeNote({ code: 'secret-missing' }));
    expect(existsSync(join(root, 'secret dir', 'b.pass'))).toBe(false);
    if (input === '' || input === '\n') expect(existsSync(join(root, 'secret dir', 'a.pass'))).toBe(false);
  });
});

describe('quotePosix', () => {
  it.each([
    ['a plain flag value stays bare', '/etc/certs/ca.crt', '/etc/certs/ca.crt'],
    ['an empty word is quoted', '', "''"],
    ['spaces are single-quoted', 'a b', "'a b'"],
    ['a single quote is closed, escaped and reopened', "it's", "'it'\\''s'"],
    ['$ and backticks are not expanded', '$HOME `id`', "'$HOME `id`'"],
    ['a glob is not expanded', '*.crt', "'*.crt'"],
    ['non-ASCII is quoted', 'ça', "'ça'"],
    ['^ is quoted (a glob operator in zsh with EXTENDED_GLOB)', 'a^b', "'a^b'"],
    ['a leading = is quoted (zsh turns =ls into /usr/bin/ls)', '=ls', "'=ls'"],
    ['an = inside a word stays bare', 'a=b', 'a=b'],
  ])('%s', (_title, input, expected) => {
    expect(quotePosix(input)).toBe(expected);
  });

  it.each(['bash', 'dash', 'zsh'])('any string round-trips through %s unchanged (property test, one run)', (shell) => {
    // NUL cannot occur in argv; everything else may.
    const special = fc.constantFrom(' ', "'", '"', '$', '`', '\\', '\n', '\t', '*', '?', '!', '~', '#', ';', '&', '|', '<', '>', '(', '{', '[', '=', ',', '^');
    const unit = fc.oneof(
      special,
      fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 1 }),
      fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
    );
    const words = fc.sample(
      fc.string({ unit, maxLength: 40 }).filter((s) => !s.includes('\0')),
      300,
    );
    const script = `printf '%s\\0' ${words.map(quotePosix).join(' ')}`;
    const r = spawnSync(shell, ['-c', script], { encoding: 'utf8', env: { LANG: 'C.UTF-8', PATH: '/usr/bin:/bin' } });
    expect(r.stdout.split('\0').slice(0, -1)).toEqual(words);
  });
});
