import type { Words } from '../artifact-note';
import { serializeYaml } from '../serialize-yaml';
import type { ElasticsearchSettings } from './elasticsearch-settings';

/** elasticsearch.yml lines with what to do around them, as YAML comments. */
export function renderElasticsearchSettings(es: ElasticsearchSettings, words: Words): string {
  const comment = (text: string) => `# ${text}`;
  return [comment(words({ code: 'es-settings-where' })), serializeYaml(es.settings).trimEnd(), ...es.notes.map((n) => comment(words(n)))].join('\n') + '\n';
}
