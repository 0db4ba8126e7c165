import { chmodSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { afterAll } from 'vitest';

/**
 * How a generated POSIX script is run:
 * - `*-file`: as the downloaded file, `bash FILE`, `dash FILE` (Debian's /bin/sh, so
 *   what `sh FILE` runs there) and `zsh FILE`; what the user types goes to stdin.
 * - `dash-paste`: the paste block parsed by dash (`dash -c BLOCK`), stdin left for the prompts.
 * - `*-interactive`: the text pasted into an interactive shell, `bash --norc --noprofile -i`
 *   and `zsh -f -i` reading it from stdin, followed by what the user types.
 *
 * `zsh -f -i` reproduces a paste into a terminal's zsh, checked by hand and held by a
 * control test (render-posix.test.ts, "the harness"): zsh is interactive, so with -f
 * (no startup files) interactive_comments is off and a `#` line runs as a command;
 * history expansion (!) is on; and zsh reads stdin unbuffered, so a `read` in the block
 * gets the next line as typed input. The same lines pasted with `tmux paste-buffer -p`
 * (bracketed paste, as a terminal does) into `zsh -f` on a real tty gave the same result:
 * `# … $(touch m)` created m and printed "command not found: #".
 */
export type ShellRun = 'bash-file' | 'dash-file' | 'zsh-file' | 'dash-paste' | 'bash-interactive' | 'zsh-interactive';

export const FILE_RUNS = ['bash-file', 'dash-file', 'zsh-file'] as const satisfies readonly ShellRun[];
export const PASTE_RUNS = ['dash-paste', 'bash-interactive', 'zsh-interactive'] as const satisfies readonly ShellRun[];

// Each invocation writes its argv, NUL-separated, to the next numbered file. The stubs
// are sh scripts (dash on Debian): a dozen of them run per script, and dash starts in a
// fraction of bash's time.
const STUB_AGENT = `#!/bin/sh
n=0
for f in "$ARGV_DIR"/*; do [ -e "$f" ] && n=$((n + 1)); done
printf '%s\\0' "$@" > "$ARGV_DIR/$n"
`;

// groupadd, chgrp and chmod (an unprivileged agent's files) record their name and argv the
// same way, in a directory made at their first call. They live in one directory shared by
// every run, so that a run's scratch directory holds no more files than before.
const STUB_OWNERSHIP = (name: string) => `#!/bin/sh
mkdir -p "$OWNERSHIP_DIR"
n=0
for f in "$OWNERSHIP_DIR"/*; do [ -e "$f" ] && n=$((n + 1)); done
printf '%s\\0' ${name} "$@" > "$OWNERSHIP_DIR/$n"
`;
let ownershipBin: string | undefined;
function ownershipStubs(): string {
  if (ownershipBin) return ownershipBin;
  const bin = join(scratchDir(), 'bin');
  mkdirSync(bin);
  for (const name of ['groupadd', 'chgrp', 'chmod']) {
    writeFileSync(join(bin, name), STUB_OWNERSHIP(name));
    chmodSync(join(bin, name), 0o755);
  }
  return (ownershipBin = bin);
}

export interface StubRun {
  /** Each elastic-agent invocation's argv. */
  readonly calls: string[][];
  /** Each groupadd, chgrp and chmod invocation: its name, then its argv. */
  readonly ownership: string[][];
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
  /** The scratch directory: bin/ (stubs), work/ (the current directory), argv/, HOME. */
  readonly root: string;
}

export interface StubOptions {
  readonly shell?: ShellRun;
  /** What the user types, after the script for the interactive runs. */
  readonly input?: string;
  /** Use the real install and tee (for scripts whose paths lie in the scratch directory). */
  readonly realFiles?: boolean;
  /** Stubs that fail (exit 1), to see the script stop. */
  readonly failing?: readonly string[];
  /** The scratch directory to use, from scratchDir(), when the script names paths inside it. */
  readonly root?: string;
}

const scratchDirs: string[] = [];
// Hundreds of runs per test file: their directories go when the file's tests are done.
// hostile-values.test.ts leaves about 300 of them, 4,600 entries: removing them took 9-12 s
// on two loaded cores (load average 10), over the default 10 s hook timeout.
afterAll(() => {
  ownershipBin = undefined;
  for (const dir of scratchDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
}, 60_000);

/** A fresh scratch directory for runWithStubs, when the script must name paths inside it. */
export function scratchDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'fleet-tls-sh-'));
  scratchDirs.push(dir);
  return dir;
}

/**
 * Runs a generated POSIX script, in a scratch directory, with stand-ins for sudo, curl,
 * tar, dpkg, rpm, systemctl, install and tee, an elastic-agent that records the argv it
 * receives, and groupadd, chgrp and chmod that record theirs.
 */
export function runWithStubs(script: string, options: StubOptions = {}): StubRun {
  const shell = options.shell ?? 'bash-file';
  const stubs = prepareStubs(options);
  const scriptFile = join(stubs.root, 'script.sh');
  writeFileSync(scriptFile, script);
  const input = options.input ?? '';
  const [program, args, stdin] = ((): [string, string[], string] => {
    switch (shell) {
      case 'bash-file':
        return ['bash', [scriptFile], input];
      case 'dash-file':
        return ['dash', [scriptFile], input];
      case 'zsh-file':
        return ['zsh', [scriptFile], input];
      case 'dash-paste':
        return ['dash', ['-c', script], input];
      case 'bash-interactive':
        return ['bash', ['--norc', '--noprofile', '-i'], script + input];
      case 'zsh-interactive':
        return ['zsh', ['-f', '-i'], script + input];
    }
  })();
  const r = spawnSync(program, args, { cwd: stubs.work, input: stdin, env: stubs.env, encoding: 'utf8', timeout: 20_000 });
  return { calls: stubs.calls(), ownership: stubs.ownership(), status: r.status, stdout: r.stdout, stderr: r.stderr, root: stubs.root };
}

/** The scratch directory with its stubs: where to run, with what environment, and the calls recorded. */
export function prepareStubs(options: Pick<StubOptions, 'realFiles' | 'failing' | 'root'> = {}) {
  const root = options.root ?? scratchDir();
  const bin = join(root, 'bin');
  const work = join(root, 'work');
  const argvDir = join(root, 'argv');
  const ownershipDir = join(root, 'ownership');
  for (const d of [bin, work, argvDir]) mkdirSync(d, { recursive: true });
  const stub = (name: string, body: string) => {
    writeFileSync(join(bin, name), `#!/bin/sh\n${body}\n`);
    chmodSync(join(bin, name), 0o755);
  };
  // sudo VAR=value cmd args…: export the assignments, then run the command.
  stub('sudo', 'while :; do case $1 in [A-Za-z_]*=*) export "$1"; shift ;; *) break ;; esac; done\nexec "$@"');
  for (const noop of ['curl', 'dpkg', 'rpm', 'systemctl']) stub(noop, 'exit 0');
  if (!options.realFiles) {
    stub('install', 'exit 0');
    stub('tee', 'cat > /dev/null');
  }
  // tar xzvf NAME.tar.gz: make the unpacked directory with an elastic-agent inside.
  stub('tar', `dir="\${2%.tar.gz}"; mkdir -p "$dir"; cp "${join(bin, 'elastic-agent')}" "$dir/elastic-agent"`);
  writeFileSync(join(bin, 'elastic-agent'), STUB_AGENT);
  chmodSync(join(bin, 'elastic-agent'), 0o755);
  for (const name of options.failing ?? []) stub(name, 'exit 1');
  return {
    root,
    work,
    env: {
      PATH: `${bin}:${ownershipStubs()}:/usr/bin:/bin`,
      ARGV_DIR: argvDir,
      OWNERSHIP_DIR: ownershipDir,
      HOME: root,
      LANG: 'C.UTF-8',
      HISTFILE: '',
      PS1: '',
      PS2: '',
    } as Record<string, string>,
    calls: () => recorded(argvDir),
    ownership: () => recorded(ownershipDir),
  };
}

function recorded(dir: string): string[][] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .sort((a, b) => Number(a) - Number(b))
    .map((f) => readFileSync(join(dir, f), 'utf8').split('\0').slice(0, -1));
}

/** Every path under dir (recursively) whose last component is one of names. */
export function findNamed(dir: string, names: readonly string[]): string[] {
  const found: string[] = [];
  const walk = (d: string) => {
    for (const entry of readdirSync(d)) {
      const path = join(d, entry);
      if (names.includes(entry)) found.push(path);
      if (lstatSync(path).isDirectory()) walk(path);
    }
  };
  walk(dir);
  return found;
}
