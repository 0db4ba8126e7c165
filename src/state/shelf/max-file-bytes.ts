import { DEFAULT_MAX_BYTES } from '../../domain/certs/limits';
import type { DecodedFile } from '../../domain/certs/types';
import { shelfUi } from '#words/ui-certificates';
import type { WordedFile } from '../inspector/inspector-protocol';

/**
 * The engine's size limit, which the page checks before reading a file, so that an
 * oversized file is never read (domain/certs/limits.ts imports nothing, so this does not
 * pull the parser into the page).
 */
export const MAX_FILE_BYTES = DEFAULT_MAX_BYTES;

/**
 * What the engine would say about an oversized file, said by the page without reading it
 * and without starting the worker (the words mirror the engine's; a test keeps them equal).
 */
export function tooLargeFile(name: string, size: number): WordedFile {
  const decoded: DecodedFile = { name, container: 'unknown', items: [], problems: [{ code: 'too-large', params: { size, maxBytes: MAX_FILE_BYTES } }] };
  return { decoded, problemTexts: [shelfUi.files.tooLarge(size, MAX_FILE_BYTES)] };
}
