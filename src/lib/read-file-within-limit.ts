/** What the page needs of a picked or dropped file (a File, or pasted text made into one). */
export interface FileLike {
  readonly name: string;
  readonly size: number;
  arrayBuffer(): Promise<ArrayBuffer>;
}

export type ReadResult =
  { readonly kind: 'bytes'; readonly bytes: ArrayBuffer } | { readonly kind: 'too-large'; readonly size: number } | { readonly kind: 'unreadable' };

/**
 * Reads a file into memory only when it is small enough: the size is checked first, so a
 * 50 MB file dropped by mistake is refused without being read.
 */
export async function readFileWithinLimit(file: FileLike, maxBytes: number): Promise<ReadResult> {
  if (file.size > maxBytes) return { kind: 'too-large', size: file.size };
  try {
    return { kind: 'bytes', bytes: await file.arrayBuffer() };
  } catch {
    // The file was moved or deleted after it was chosen, or the browser refused to read it.
    return { kind: 'unreadable' };
  }
}

/** Pasted text as a file, so that it takes the same way as a dropped one. */
export function textAsFile(name: string, text: string): FileLike {
  const bytes = new TextEncoder().encode(text);
  return {
    name,
    size: bytes.byteLength,
    arrayBuffer: () => Promise.resolve(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength)),
  };
}
