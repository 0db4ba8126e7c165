import { decodeFile } from '../../domain/certs/decode-file';
import type { DecodedFile } from '../../domain/certs/types';
import type { ShelfFile } from '../../domain/inspect/shelf';

/**
 * What the inspector worker holds of each file: its bytes (so a password can be tried
 * later) and what it last decoded of them (what an evaluation judges, so the facts of a
 * bundle of hundreds of certificates need not cross back from the page every time).
 */
export function createHeldFiles(decode: typeof decodeFile = decodeFile) {
  const held = new Map<string, { name: string; bytes: Uint8Array; decoded: DecodedFile | null }>();

  const decodeHeld = async (id: string, password: string | undefined): Promise<DecodedFile> => {
    const file = held.get(id);
    if (!file) throw new Error('file no longer held');
    const decoded = await decode({ name: file.name, bytes: file.bytes, ...(password === undefined ? {} : { password }) });
    // Forgotten, or dropped again under the same id, while it was decoded: keep nothing stale.
    if (held.get(id) === file) file.decoded = decoded;
    return decoded;
  };

  return {
    decode(id: string, name: string, bytes: Uint8Array, password?: string): Promise<DecodedFile> {
      held.set(id, { name, bytes, decoded: null });
      return decodeHeld(id, password);
    },
    unlock: (id: string, password: string): Promise<DecodedFile> => decodeHeld(id, password),
    /** A file decoded by an earlier worker: its bytes and those facts, nothing decoded again. */
    hold(id: string, name: string, bytes: Uint8Array, decoded: DecodedFile): void {
      held.set(id, { name, bytes, decoded });
    },
    forget(id: string): void {
      held.delete(id);
    },
    /** A held file's name and bytes, for a conversion (no password: the caller gives it); null once forgotten. */
    source(id: string): { readonly name: string; readonly bytes: Uint8Array } | null {
      const file = held.get(id);
      return file ? { name: file.name, bytes: file.bytes } : null;
    },
    /** The files of these ids that have been decoded, in the order asked. */
    shelfFiles(ids: readonly string[]): ShelfFile[] {
      return ids.flatMap((id) => {
        const decoded = held.get(id)?.decoded;
        return decoded ? [{ id, decoded }] : [];
      });
    },
  };
}
