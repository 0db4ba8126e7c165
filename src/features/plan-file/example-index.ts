/** One entry of public/examples/index.json. */
export interface ExampleEntry {
  readonly file: string;
  readonly title: string;
  readonly model: string;
  readonly tls: string;
}

/**
 * Reads the examples index; entries that are not well-formed are left out, and a file
 * name may not leave the examples folder.
 */
export function parseExampleIndex(text: string): ExampleEntry[] {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return [];
  }
  if (!Array.isArray(raw)) return [];
  return raw.flatMap((item: unknown) => {
    if (typeof item !== 'object' || item === null) return [];
    const { file, title, model, tls } = item as Record<string, unknown>;
    if (typeof file !== 'string' || !/^[A-Za-z0-9._-]+\.json$/.test(file) || file.startsWith('.')) return [];
    if (typeof title !== 'string' || title.trim() === '') return [];
    return [{ file, title, model: typeof model === 'string' ? model : '', tls: typeof tls === 'string' ? tls : '' }];
  });
}

export const EXAMPLES_INDEX = 'examples/index.json';
export const examplePath = (entry: ExampleEntry) => `examples/${entry.file}`;
