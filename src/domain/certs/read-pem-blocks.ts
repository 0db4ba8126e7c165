import { fromBase64 } from './bytes';

/** One `-----BEGIN X-----` … `-----END X-----` block, in file order (`index` counts from 1). */
export type PemBlock =
  | { kind: 'block'; index: number; label: string; headers: Record<string, string>; bytes: Uint8Array<ArrayBuffer> }
  /** BEGIN without a matching END before the next BEGIN or the end of the text. */
  | { kind: 'truncated'; index: number; label: string }
  | { kind: 'bad-base64'; index: number; label: string };

const BEGIN = /^-----BEGIN ([A-Z0-9 ]*)-----$/;
const END = /^-----END ([A-Z0-9 ]*)-----$/;
const HEADER = /^([A-Za-z0-9-]+):\s*(.*)$/;

/**
 * Finds the PEM blocks in a text: any line endings, any text before, between and after
 * the blocks, lines indented (PEM pasted from YAML). RFC 1421 headers (`Proc-Type`,
 * `DEK-Info`) are returned separately from the base64 body.
 */
export function readPemBlocks(text: string): PemBlock[] {
  const lines = text.split(/\r\n|\r|\n/).map((l) => l.trim());
  const blocks: PemBlock[] = [];
  let i = 0;
  while (i < lines.length) {
    const begin = BEGIN.exec(lines[i] ?? '');
    i++;
    if (!begin) continue;
    const label = begin[1] ?? '';
    const index = blocks.length + 1;
    const body: string[] = [];
    let closed = false;
    while (i < lines.length) {
      const line = lines[i] ?? '';
      if (BEGIN.test(line)) break;
      i++;
      const end = END.exec(line);
      if (end) {
        closed = end[1] === label;
        break;
      }
      body.push(line);
    }
    if (!closed) {
      blocks.push({ kind: 'truncated', index, label });
      continue;
    }
    const headers: Record<string, string> = {};
    let start = 0;
    while (start < body.length && HEADER.test(body[start] ?? '')) {
      const [, key = '', value = ''] = HEADER.exec(body[start] ?? '') ?? [];
      headers[key] = value;
      start++;
    }
    const bytes = fromBase64(body.slice(start).join(''));
    blocks.push(bytes && bytes.length > 0 ? { kind: 'block', index, label, headers, bytes } : { kind: 'bad-base64', index, label });
  }
  return blocks;
}
