import type { ReadOutcome } from './io';
import { cliWords } from '#words/cli';

/** Why a file was not read, in a sentence that names it; null when it was read. */
export function readRefusal(path: string, outcome: ReadOutcome): string | null {
  switch (outcome.kind) {
    case 'ok':
      return null;
    case 'not-regular':
      return cliWords.read.notRegular(path, cliWords.read.fileTypes[outcome.fileType]);
    case 'too-large':
      return cliWords.read.tooLarge(path, outcome.maxBytes, outcome.size);
    case 'error':
      return cliWords.read.error(path, outcome.message);
  }
}
