/**
 * Test-only Io: output captured, files read from an in-memory map first and from the
 * real file system (through the real bounded reader) otherwise.
 */
import type { Io } from './io';
import { readRegularFile, writeNewTree } from './node-io';

export interface RunResult {
  readonly code: number;
  readonly out: string;
  readonly err: string;
}

export interface TestIo {
  readonly io: Io;
  readonly output: () => { out: string; err: string };
}

export function testIo(files: Record<string, string | Uint8Array> = {}, env: Record<string, string> = {}, now: () => Date = () => new Date()): TestIo {
  let out = '';
  let err = '';
  const io: Io = {
    out: (t) => (out += t),
    err: (t) => (err += t),
    readFile: (path, maxBytes) => {
      if (!Object.prototype.hasOwnProperty.call(files, path)) return readRegularFile(path, maxBytes);
      const content = files[path]!;
      const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content;
      return bytes.length > maxBytes ? { kind: 'too-large', size: bytes.length, maxBytes } : { kind: 'ok', bytes };
    },
    writeNewTree,
    env: (name) => env[name],
    now,
  };
  return { io, output: () => ({ out, err }) };
}
