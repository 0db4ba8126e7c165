
import { EncryptedPrivateKeyInfo } from '@peculiar/asn1-pkcs8';
import { parseDer } from './parse-der';
import { reencryptKeyCommand } from './conversion-commands';
import { unsupportedCipher } from './cipher-support';
import { inspectPrivateKey, type PlainKeyStructure } from './inspect-private-key';
import { unopenedKey } from './unopened-key';
import type { DecodedItem, FileProblem } from './types';

interface Found { items: DecodedItem[]; problems: FileProblem[] }

/**
 * One private key in DER, plain or encrypted PKCS#8: its facts, or the problem that kept
 * it closed. `where` is merged into every problem's params (the PEM block number).
 */
export async function inspectKeyDer(
  file: string,
  der: Uint8Array,
  structure: PlainKeyStructure | 'encrypted-pkcs8',
  password: string | undefined,
  where: Record<string, string | number> = {},
): Promise<Found> {
  const problem = (code: FileProblem['code'], params: Record<string, string | number> = {}): FileProblem => {
    const all = { ...where, ...params };
    return Object.keys(all).length ? { code, params: all } : { code };
  };
  try {
    if (structure !== 'encrypted-pkcs8') {
      const r = await inspectPrivateKey(der, structure);
      return 'item' in r ? { items: [r.item], problems: [] } : { items: [], problems: [problem(r.problem.code, r.problem.params)] };
    }
    const cipher = unsupportedCipher(parseDer(der, EncryptedPrivateKeyInfo).encryptionAlgorithm);
    const closed = unopenedKey('encrypted-pkcs8');
    if (cipher !== null) {
      const params = { cipher, file, command: reencryptKeyCommand(file) };
      return { items: [closed], problems: [problem('encrypted-key-cipher-unsupported', params)] };
    }
    if (password === undefined) return { items: [closed], problems: [problem('password-needed')] };
    // Decryption (PBKDF2, scrypt) loads when a password is tried, not with the worker.
    const { decryptPkcs8 } = await import('./decrypt-pkcs8');
    const opened = await decryptPkcs8(der, password);
    if (!opened.ok) return { items: [closed], problems: [problem('password-wrong')] };
    const r = await inspectPrivateKey(opened.bytes, 'pkcs8', 'encrypted-pkcs8');
    return 'item' in r ? { items: [r.item], problems: [] } : { items: [], problems: [problem(r.problem.code, r.problem.params)] };
  } catch {
    return { items: [], problems: [problem('key-malformed')] };
  }
}
