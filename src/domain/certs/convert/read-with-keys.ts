import { decodeFile } from '../decode-file';
import type { DecodeInput, DecodedFile, PrivateKeyFacts } from '../types';
import { pkcs8Of } from './pkcs8-of';

export interface ReadWithKeys {
  readonly decoded: DecodedFile;
  /** The plain PKCS#8 DER of a key of `decoded` that was read (or opened with the password); null otherwise. */
  readonly pkcs8: (item: PrivateKeyFacts) => Uint8Array | null;
}

/**
 * Reads a file as the inspection does, and keeps each key's plain PKCS#8 DER beside the
 * facts, not in them: the facts may cross to the page, the key material stays in this
 * call (in the inspector worker, for the one conversion that asked).
 */
export async function readWithKeys(input: DecodeInput): Promise<ReadWithKeys> {
  const keys = new Map<PrivateKeyFacts, Uint8Array>();
  const decoded = await decodeFile(input, {}, (item, der, structure) => {
    try {
      keys.set(item, pkcs8Of(der, structure));
    } catch {
      // A SEC1 key without its curve has no PKCS#8 form: it is not offered for conversion.
    }
  });
  return { decoded, pkcs8: (item) => keys.get(item) ?? null };
}
