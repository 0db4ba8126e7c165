import { describe, expect, test } from 'vitest';
import { readFileWithinLimit, textAsFile, type FileLike } from './read-file-within-limit';

function fakeFile(size: number, read: () => Promise<ArrayBuffer>): FileLike & { reads: number } {
  const file = {
    name: 'x.pem',
    size,
    reads: 0,
    arrayBuffer() {
      file.reads += 1;
      return read();
    },
  };
  return file;
}

describe('readFileWithinLimit', () => {
  test('a file over the limit is refused without being read', async () => {
    const file = fakeFile(50 * 1024 * 1024, () => Promise.reject(new Error('must not be read')));
    expect(await readFileWithinLimit(file, 5 * 1024 * 1024)).toEqual({ kind: 'too-large', size: 50 * 1024 * 1024 });
    expect(file.reads).toBe(0);
  });

  test('a file exactly at the limit is read', async () => {
    const bytes = new ArrayBuffer(8);
    const file = fakeFile(8, () => Promise.resolve(bytes));
    expect(await readFileWithinLimit(file, 8)).toEqual({ kind: 'bytes', bytes });
    expect(file.reads).toBe(1);
  });

  test('a file the browser cannot read says so instead of throwing', async () => {
    expect(
      await readFileWithinLimit(
        fakeFile(3, () => Promise.reject(new Error('NotReadableError'))),
        8,
      ),
    ).toEqual({ kind: 'unreadable' });
  });
});

describe('textAsFile', () => {
  test('pasted text becomes UTF-8 bytes with their size', async () => {
    const file = textAsFile('pasted-1.pem', 'é\r\n');
    expect(file.name).toBe('pasted-1.pem');
    expect(file.size).toBe(4);
    expect([...new Uint8Array(await file.arrayBuffer())]).toEqual([0xc3, 0xa9, 0x0d, 0x0a]);
  });
});
