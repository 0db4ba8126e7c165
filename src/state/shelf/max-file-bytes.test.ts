import { expect, test } from 'vitest';
import { decodeFile, DEFAULT_MAX_BYTES } from '../../domain/certs/decode-file';
import { tooLargeFile } from './max-file-bytes';

test.each([DEFAULT_MAX_BYTES + 1, 50 * 1024 * 1024])('a file of %i bytes gets the engine’s answer, without being read', async (size) => {
  const engine = await decodeFile({ name: 'big.bin', bytes: new Uint8Array(size) });
  expect(tooLargeFile('big.bin', size)).toEqual(engine);
});
