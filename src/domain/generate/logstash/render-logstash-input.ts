import type { Words } from '../artifact-note';
import type { LogstashInput, LogstashValue } from './logstash-input';

/** A value as Logstash's config language writes it (lscl_grammar.treetop: number, bareword, double-quoted string, array). */
function value(v: LogstashValue): string {
  return typeof v === 'string' ? `"${v}"` : Array.isArray(v) ? `[${v.map(value).join(', ')}]` : String(v);
}

/** The pipeline's input block, with what to do around it as `#` comments. */
export function renderLogstashInput(input: LogstashInput, words: Words): string {
  return [
    ...input.notes.map((n) => `# ${words(n)}`),
    'input {',
    '  elastic_agent {',
    ...input.options.map(([name, v]) => `    ${name} => ${value(v)}`),
    '  }',
    '}',
    '',
  ].join('\n');
}
