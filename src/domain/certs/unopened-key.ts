import type { PrivateKeyFacts } from './types';

/** The facts of an encrypted key that was not (or could not be) opened. */
export function unopenedKey(format: 'encrypted-pkcs8' | 'legacy-encrypted-pem', algorithm: PrivateKeyFacts['algorithm'] = 'unknown'): PrivateKeyFacts {
  return { kind: 'private-key', format, encrypted: true, decrypted: false, algorithm, bits: null, curve: null, spkiSha256Base64: null };
}
