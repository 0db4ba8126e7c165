import { decodeFile, DEFAULT_MAX_BYTES } from '../domain/certs/decode-file';
import type { FileProblemCode } from '../domain/certs/types';
import type { ShelfFile } from '../domain/inspect/shelf';
import type { FileType, Io } from './io';
import type { FilePassword, PasswordSource } from './passwords';

/** Why a file was not read at all. `too-large` is the engine's own code, with its params. */
export type ReadProblem =
  | { readonly code: 'unreadable'; readonly params: { readonly errno: string; readonly reason: string } }
  | { readonly code: 'not-a-regular-file'; readonly params: { readonly type: FileType } }
  | { readonly code: Extract<FileProblemCode, 'too-large'>; readonly params: { readonly size: number; readonly maxBytes: number } };

/** A file named on the command line: decoded onto the shelf, or why it could not be read. */
export interface CheckedFile {
  /** As given on the command line: the file's one name everywhere (shelf id, findings, assignments). */
  readonly path: string;
  readonly size: number | null;
  readonly password: PasswordSource;
  readonly shelf: ShelfFile | null;
  readonly readProblem: ReadProblem | null;
}

/**
 * Reads each file, at most the engine's limit of it (src/domain/certs/limits.ts) and
 * only if it is a regular file, and decodes it with its own password. The engine names
 * a file by the name it is given: here, the path as given.
 */
export async function readCheckedFiles(paths: readonly string[], passwordOf: (path: string) => FilePassword, io: Io): Promise<CheckedFile[]> {
  const out: CheckedFile[] = [];
  for (const path of paths) {
    const { password, source } = passwordOf(path);
    const read = io.readFile(path, DEFAULT_MAX_BYTES);
    const unread = (readProblem: ReadProblem, size: number | null = null): CheckedFile => ({ path, size, password: source, shelf: null, readProblem });
    switch (read.kind) {
      case 'error':
        out.push(unread({ code: 'unreadable', params: { errno: read.code, reason: read.message } }));
        break;
      case 'not-regular':
        out.push(unread({ code: 'not-a-regular-file', params: { type: read.fileType } }));
        break;
      case 'too-large':
        out.push(unread({ code: 'too-large', params: { size: read.size, maxBytes: read.maxBytes } }, read.size));
        break;
      case 'ok': {
        const decoded = await decodeFile({ name: path, bytes: read.bytes, ...(password === undefined ? {} : { password }) });
        out.push({ path, size: read.bytes.length, password: source, shelf: { id: path, decoded }, readProblem: null });
        break;
      }
    }
  }
  return out;
}
