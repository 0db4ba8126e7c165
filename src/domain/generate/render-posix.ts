import { quotePosix } from './shell/posix-quote';
import type { Words } from './artifact-note';
import type { Arg, Script } from './script';

function renderArg(a: Arg): string {
  return typeof a === 'string' ? quotePosix(a) : `${a.flag}=${quotePosix(a.value)}`;
}

/** Writes a script for bash (Linux, macOS): `\` continuations, `sudo` for elevated steps. */
export function renderPosix(script: Script, words: Words): string {
  const lines: string[] = [];
  for (const step of script) {
    switch (step.kind) {
      case 'comment':
        lines.push(...words(step.note).split('\n').map((l) => `# ${l}`));
        break;
      case 'command': {
        const env = (step.env ?? []).map(([k, v]) => `${k}=${quotePosix(v)}`);
        const head = [...(step.elevated ? ['sudo'] : []), ...env].join(' ');
        const args = step.argv.map(renderArg);
        const [program = '', ...rest] = args;
        const first = head ? `${head} ${program}` : program;
        if (step.multiline && rest.length > 1) {
          const [sub, ...flags] = rest;
          const opening = sub !== undefined && !sub.startsWith('-') ? `${first} ${sub}` : first;
          const tail = sub !== undefined && !sub.startsWith('-') ? flags : rest;
          lines.push([opening, ...tail.map((f) => `  ${f}`)].join(' \\\n'));
        } else {
          lines.push([first, ...rest].join(' '));
        }
        break;
      }
      case 'statement':
        lines.push(step.text);
        break;
      case 'write-secret-file': {
        const path = quotePosix(step.path);
        lines.push(`sudo install -m 0600 /dev/null ${path}`);
        lines.push(
          `IFS= read -rs -p ${quotePosix(step.prompt + ': ')} SECRET && printf '%s' "$SECRET" | sudo tee ${path} >/dev/null; unset SECRET; echo`,
        );
        break;
      }
    }
  }
  return lines.join('\n') + '\n';
}
