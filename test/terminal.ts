import { spawn } from 'node:child_process';

/**
 * Keys to type once the terminal shows text matching `after` (searched in what came
 * since the last keys), after `pauseMs` more, as a person would take.
 */
export interface Keystrokes {
  readonly after: RegExp;
  readonly send: string;
  readonly pauseMs?: number;
}

/**
 * Runs a command on a real terminal (a pseudo-terminal from util-linux's `script`, part
 * of every Debian) and types into it when the screen shows what each step waits for.
 * Resolves with everything the terminal showed, once the command exits.
 */
export function runInTerminal(
  command: string,
  options: { cwd: string; env: Record<string, string>; steps: readonly Keystrokes[]; timeoutMs?: number },
): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn('script', ['-qfec', command, '/dev/null'], {
      cwd: options.cwd,
      env: { ...options.env, SHELL: '/bin/sh', TERM: 'dumb' },
    });
    let shown = '';
    let since = 0;
    let step = 0;
    let typing = false;
    const typeWhenDue = () => {
      const next = options.steps[step];
      if (typing || !next || !next.after.test(shown.slice(since))) return;
      typing = true;
      setTimeout(() => {
        child.stdin.write(next.send);
        since = shown.length;
        step++;
        typing = false;
        typeWhenDue();
      }, next.pauseMs ?? 0);
    };
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`terminal timed out at step ${step}; it showed:\n${JSON.stringify(shown)}`));
    }, options.timeoutMs ?? 15_000);
    child.stdout.on('data', (d: Buffer) => {
      shown += d.toString('utf8');
      typeWhenDue();
    });
    typeWhenDue();
    child.on('exit', () => {
      clearTimeout(timer);
      resolve(shown);
    });
  });
}
