import { closeSync, constants, existsSync, fstatSync, mkdirSync, openSync, readdirSync, readSync, statSync, writeFileSync, type Stats } from 'node:fs';
import { dirname, join } from 'node:path';
import type { FileToWrite, FileType, Io, ReadOutcome, WriteOutcome } from './io';

const CHUNK = 64 * 1024;

function fileType(s: Stats): FileType {
  if (s.isDirectory()) return 'directory';
  if (s.isFIFO()) return 'fifo';
  if (s.isCharacterDevice()) return 'character-device';
  if (s.isBlockDevice()) return 'block-device';
  if (s.isSocket()) return 'socket';
  return 'other';
}

function systemError(e: unknown): ReadOutcome {
  const err = e as NodeJS.ErrnoException;
  return { kind: 'error', code: err.code ?? 'EIO', message: err.message };
}

/**
 * Reads a regular file of at most `maxBytes`. The path is stat'ed first, so that a FIFO
 * (which would block), a device (/dev/zero never ends, /dev/tty waits for a person) or a
 * 1.5 GB file is refused without being opened or read. The file is then opened without
 * blocking and checked again through its descriptor (it may have been replaced since),
 * and read in chunks that stop one byte past the limit: a file that grows meanwhile
 * costs at most the limit, never its size.
 */
export function readRegularFile(path: string, maxBytes: number): ReadOutcome {
  let stats: Stats;
  try {
    stats = statSync(path);
  } catch (e) {
    return systemError(e);
  }
  if (!stats.isFile()) return { kind: 'not-regular', fileType: fileType(stats) };
  if (stats.size > maxBytes) return { kind: 'too-large', size: stats.size, maxBytes };
  let fd: number;
  try {
    // O_NONBLOCK: should a FIFO take the file's place after the stat, opening it does not wait for a writer.
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOCTTY ?? 0));
  } catch (e) {
    return systemError(e);
  }
  try {
    const opened = fstatSync(fd);
    if (!opened.isFile()) return { kind: 'not-regular', fileType: fileType(opened) };
    if (opened.size > maxBytes) return { kind: 'too-large', size: opened.size, maxBytes };
    const chunks: Uint8Array[] = [];
    let total = 0;
    for (;;) {
      const chunk = new Uint8Array(Math.min(CHUNK, maxBytes + 1 - total));
      const n = readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) break;
      chunks.push(chunk.subarray(0, n));
      total += n;
      if (total > maxBytes) return { kind: 'too-large', size: total, maxBytes };
    }
    const bytes = new Uint8Array(total);
    let at = 0;
    for (const c of chunks) {
      bytes.set(c, at);
      at += c.length;
    }
    return { kind: 'ok', bytes };
  } catch (e) {
    return systemError(e);
  } finally {
    closeSync(fd);
  }
}

/**
 * Writes files under a new (or empty) directory: the directory 0700, secrets 0600, the rest
 * 0644, each created exclusively ('wx'), so nothing that exists is ever overwritten.
 */
export function writeNewTree(dir: string, files: readonly FileToWrite[]): WriteOutcome {
  try {
    if (existsSync(dir) && readdirSync(dir).length > 0) return { kind: 'not-empty' };
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    for (const f of files) {
      const path = join(dir, f.path);
      mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
      writeFileSync(path, f.content, { flag: 'wx', mode: f.secret ? 0o600 : 0o644 });
    }
    return { kind: 'ok' };
  } catch (e) {
    return { kind: 'error', message: e instanceof Error ? e.message : String(e) };
  }
}

/** The real world: stdout, stderr, the file system, the environment, the clock. */
export const nodeIo: Io = {
  out: (t) => process.stdout.write(t),
  err: (t) => process.stderr.write(t),
  readFile: readRegularFile,
  writeNewTree,
  env: (name) => process.env[name],
  now: () => new Date(),
};
