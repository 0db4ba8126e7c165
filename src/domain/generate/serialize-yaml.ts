import { stringify } from 'yaml';

/** The only YAML serializer: plain scalars where safe, PEM as `|` block scalars. */
export function serializeYaml(value: unknown): string {
  return stringify(value, { indent: 2, lineWidth: 0, blockQuote: 'literal' });
}
