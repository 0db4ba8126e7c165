import type { Words } from '../artifact-note';
import { serializeYaml } from '../serialize-yaml';
import type { KibanaRow, KibanaSection, KibanaValue } from './kibana-settings';

function valueText(value: KibanaValue, words: Words): string[] {
  switch (value.kind) {
    case 'text':
      return [value.text];
    case 'list':
      return [...value.items];
    case 'yaml':
      return serializeYaml(value.yaml).trimEnd().split('\n');
    case 'option':
      return [value.option];
    case 'switch':
      return [words({ code: value.on ? 'kibana-on' : 'kibana-off' })];
    case 'pem':
      return value.pem.trimEnd().split('\n');
    case 'name':
      return [words({ code: `kibana-name-${value.name}` })];
    case 'empty':
      return [words({ code: 'kibana-leave-empty' })];
  }
}

/** A row: `Label → value` on one line, or the value's lines below it; its note after. */
function rowLines(row: KibanaRow, words: Words): string[] {
  const value = valueText(row.value, words);
  const head =
    value.length === 1 && row.value.kind !== 'yaml' && row.value.kind !== 'pem'
      ? [`  ${row.label} → ${value[0]}`]
      : [`  ${row.label} →`, ...value.map((l) => `      ${l}`)];
  return row.note ? [...head, `      (${words(row.note)})`] : head;
}

/** Kibana's settings as text, each section numbered under its step (`1.2`). */
export function renderKibanaSettings(sections: readonly KibanaSection[], words: Words, step?: number): string {
  return (
    sections
      .map((section, i) => {
        const number = step === undefined ? '' : `${step}.${i + 1}  `;
        return [`${number}${words(section.where)}`, ...section.notes.map((n) => `  ${words(n)}`), ...section.rows.flatMap((r) => rowLines(r, words))].join(
          '\n',
        );
      })
      .join('\n\n') + '\n'
  );
}
