import { DEFAULT_MAX_BYTES } from '../../domain/certs/limits';
import type { DecodedFile } from '../../domain/certs/types';

/**
 * The engine's size limit, which the page checks before reading a file, so that an
 * oversized file is never read (domain/certs/limits.ts imports nothing, so this does not
 * pull the parser into the page).
 */
export const MAX_FILE_BYTES = DEFAULT_MAX_BYTES;

/**
 * What the engine would say about an oversized file, said by the page without reading it
 * and without starting the worker (a test keeps it equal to the engine's answer).
 */
export function tooLargeFile(name: string, size: number): DecodedFile {
  return { name, container: 'unknown', items: [], problems: [{ code: 'too-large', params: { size, maxBytes: MAX_FILE_BYTES } }] };
}
