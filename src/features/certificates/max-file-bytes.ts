import type { DecodedFile } from '../../domain/certs/types';
import { shelfUi } from '../../i18n/en-ui-certificates';
import type { WordedFile } from './inspector-protocol';

/**
 * The engine's size limit (DEFAULT_MAX_BYTES in domain/certs/decode-file), repeated here
 * because importing it from there would pull the parser into the page; a test keeps the
 * two equal. The page checks it before reading a file, so an oversized file is never read.
 */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

/**
 * What the engine would say about an oversized file, said by the page without reading it
 * and without starting the worker (the words mirror the engine's; a test keeps them equal).
 */
export function tooLargeFile(name: string, size: number): WordedFile {
  const decoded: DecodedFile = { name, container: 'unknown', items: [], problems: [{ code: 'too-large', params: { size, maxBytes: MAX_FILE_BYTES } }] };
  return { decoded, problemTexts: [shelfUi.files.tooLarge(size, MAX_FILE_BYTES)] };
}
