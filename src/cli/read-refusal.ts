import type { FileType, ReadOutcome } from './io';

/** The CLI's words for a file it did not read. */
export const FILE_TYPE_WORDS: Record<FileType, string> = {
  directory: 'a directory',
  fifo: 'a FIFO (named pipe)',
  'character-device': 'a character device',
  'block-device': 'a block device',
  socket: 'a socket',
  other: 'not a regular file',
};

/** Why a file was not read, in a sentence that names it; null when it was read. */
export function readRefusal(path: string, outcome: ReadOutcome): string | null {
  switch (outcome.kind) {
    case 'ok':
      return null;
    case 'not-regular':
      return `${path} is ${FILE_TYPE_WORDS[outcome.fileType]}, not a regular file: it was not read.`;
    case 'too-large':
      return `${path} is larger than ${outcome.maxBytes} bytes (${outcome.size} or more): it was not read.`;
    case 'error':
      return `Cannot read ${path}: ${outcome.message}`;
  }
}
