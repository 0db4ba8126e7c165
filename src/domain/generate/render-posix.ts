import { quotePosix } from './shell/posix-quote';
import { withoutControlCharacters } from './shell/control-characters';
import type { Words } from './artifact-note';
import { commentLines, layoutCommand } from './command-layout';
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
        lines.push(...commentLines(words, step.note, quotePosix));
        break;
      case 'command': {
        const env = (step.env ?? []).map(([k, v]) => `${k}=${quotePosix(v)}`);
        const head = [...(step.elevated ? ['sudo'] : []), ...env].join(' ');
        const [program = '', ...rest] = step.argv.map(renderArg);
        lines.push(layoutCommand(head ? `${head} ${program}` : program, rest, step.multiline, ' \\'));
        break;
      }
      case 'statement':
        lines.push(step.text);
        break;
      case 'write-secret-file': {
        const path = quotePosix(step.path);
        lines.push(`sudo install -m 0600 /dev/null ${path}`);
        lines.push(
          `IFS= read -rs -p ${quotePosix(withoutControlCharacters(words(step.prompt)) + ': ')} SECRET && printf '%s' "$SECRET" | sudo tee ${path} >/dev/null; unset SECRET; echo`,
        );
        break;
      }
    }
  }
  return lines.join('\n') + '\n';
}
