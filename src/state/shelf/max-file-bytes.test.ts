import { expect, test } from 'vitest';
import { decodeFile, DEFAULT_MAX_BYTES } from '../../domain/certs/decode-file';
import { FILE_PROBLEM_MESSAGES } from '#words/findings';
import { tooLargeFile } from './max-file-bytes';

test.each([DEFAULT_MAX_BYTES + 1, 50 * 1024 * 1024])('a file of %i bytes gets the engine’s answer and words, without being read', async (size) => {
  const engine = await decodeFile({ name: 'big.bin', bytes: new Uint8Array(size) });
  const [problem] = engine.problems;
  expect(tooLargeFile('big.bin', size)).toEqual({ decoded: engine, problemTexts: [FILE_PROBLEM_MESSAGES['too-large'](problem?.params ?? {})] });
});
