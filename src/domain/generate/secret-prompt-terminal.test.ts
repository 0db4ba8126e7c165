import { describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { prepareStubs } from '../../../test/shell-stubs';
import { runInTerminal, type Keystrokes } from '../../../test/terminal';
import { describeNote } from '#words/artifact-notes';
import { renderPosix } from './render-posix';
import type { ScriptForm } from './render-options';
import type { Script } from './script';

const SECRET = 'SeCrEt-42 x';
const PROMPT = /Passphrase for a\.pass: /;
// What the shell reports after the script or the block: its status and the terminal's echo flag.
const REPORT = `printf 'RC:%s\\n' "$?"; printf 'ECHO:%s\\n' "$(stty -a | tr ' ;' '\\n\\n' | grep -x -- '-*echo')"`;

async function onTerminal(run: { shell: string; form: ScriptForm }, key: string) {
  // Ctrl-C a moment after the prompt shows, as a person would: sent the instant it showed,
  // during a loaded full test run, one Ctrl-C to interactive bash was lost (the block
  // never got SIGINT and waited for input); 120 runs in a row under load did not repeat it.
  const pauseMs = key === '\x03' ? 150 : 0;
  const stubs = prepareStubs({ realFiles: true });
  const dir = join(stubs.root, 'secret dir');
  mkdirSync(dir);
  const script: Script = [
    { kind: 'write-secret-file', path: join(dir, 'a.pass'), prompt: { code: 'prompt-passphrase', params: { key: 'a.pass' } } },
    { kind: 'command', argv: ['elastic-agent', 'enroll', { flag: '--url', value: 'https://f:8220' }], elevated: true },
  ];
  const text = renderPosix(script, describeNote, { form: run.form, fileName: 'script.sh' });
  let command: string;
  let steps: Keystrokes[];
  if (run.form === 'file') {
    writeFileSync(join(stubs.root, 'script.sh'), text);
    // The outer sh survives the Ctrl-C to report; the script's shell gets it.
    command = `trap : INT; ${run.shell} ../script.sh; ${REPORT}`;
    steps = [{ after: PROMPT, send: key, pauseMs }];
  } else {
    // Pasted into an interactive shell on a terminal at its prompt; at the next prompt,
    // the report, then exit.
    command = run.shell;
    stubs.env.PS1 = 'READY> ';
    steps = [
      { after: /READY> /, send: text },
      { after: PROMPT, send: key, pauseMs },
      { after: /READY> /, send: `${REPORT}; exit\r` },
    ];
  }
  const shown = await runInTerminal(command, { cwd: stubs.work, env: stubs.env, steps });
  const afterPrompt = shown.slice(shown.search(PROMPT));
  return {
    shown: afterPrompt,
    status: /RC:(\d+)/.exec(afterPrompt)?.[1],
    echo: /ECHO:(-?echo)/.exec(afterPrompt)?.[1],
    file: existsSync(join(dir, 'a.pass')) ? readFileSync(join(dir, 'a.pass'), 'utf8') : null,
    calls: stubs.calls(),
  };
}

const RUNS = [
  { shell: 'bash', form: 'file' },
  { shell: 'dash', form: 'file' },
  { shell: 'zsh', form: 'file' },
  { shell: 'bash --norc --noprofile -i', form: 'paste' },
  { shell: 'zsh -f -i', form: 'paste' },
] as const;

describe('the secret prompt on a real terminal', () => {
  it.each(RUNS)('$shell, $form form: the passphrase is not echoed, is written, and echo is back on', async (run) => {
    const r = await onTerminal(run, `${SECRET}\r`);
    expect(r.shown).not.toContain(SECRET);
    expect(r.file).toBe(SECRET);
    expect(r.calls).toEqual([['enroll', '--url=https://f:8220']]);
    expect(r.status).toBe('0');
    expect(r.echo).toBe('echo');
  });

  it.each(RUNS)('$shell, $form form: Ctrl-C at the prompt stops everything and still turns echo back on', async (run) => {
    const r = await onTerminal(run, '\x03');
    expect(r.file).toBeNull();
    expect(r.calls).toEqual([]);
    expect(r.status).toBe('130');
    expect(r.echo).toBe('echo');
  });
});
