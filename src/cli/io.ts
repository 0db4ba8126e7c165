/** What reading a file gave: its bytes, or why it was refused before or while reading. */
export type ReadOutcome =
  | { readonly kind: 'ok'; readonly bytes: Uint8Array }
  /** A FIFO, a device, a directory, a socket: never read (a FIFO blocks, /dev/zero never ends). */
  | { readonly kind: 'not-regular'; readonly fileType: FileType }
  /** Larger than the limit: refused on its size, or stopped once the limit was passed. */
  | { readonly kind: 'too-large'; readonly size: number; readonly maxBytes: number }
  /** The system refused (ENOENT, EACCES, …). */
  | { readonly kind: 'error'; readonly code: string; readonly message: string };

export type FileType = 'directory' | 'fifo' | 'character-device' | 'block-device' | 'socket' | 'other';

/** A file to write under a new directory; a secret (a private key) is readable by its owner only. */
export interface FileToWrite {
  readonly path: string;
  readonly content: string;
  readonly secret: boolean;
}

/** What writing a new directory of files gave. */
export type WriteOutcome =
  | { readonly kind: 'ok' }
  /** The directory exists and is not empty: nothing is overwritten. */
  | { readonly kind: 'not-empty' }
  | { readonly kind: 'error'; readonly message: string };

/** What the CLI touches of the outside world, passed in so that tests can replace it. */
export interface Io {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  /** Reads a regular file of at most `maxBytes`; never reads more than that, never blocks on a FIFO. */
  readonly readFile: (path: string, maxBytes: number) => ReadOutcome;
  /** Writes files under `dir`, created if missing; refuses a directory that is not empty. */
  readonly writeNewTree: (dir: string, files: readonly FileToWrite[]) => WriteOutcome;
  readonly env: (name: string) => string | undefined;
  readonly now: () => Date;
}
