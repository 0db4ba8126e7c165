import { classifyDer } from './classify-der';
import { decodePem } from './decode-pem';
import { inspectCertificate } from './inspect-certificate';
import { inspectKeyDer } from './inspect-key-der';
import type { KeepKey } from './inspect-private-key';
import type { DecodeInput, DecodeLimits, DecodedFile } from './types';
import { createWorkBudget } from './work-budget';

import { DEFAULT_MAX_BYTES } from './limits';

export { DEFAULT_MAX_BYTES };

/**
 * Reads whatever file the user dropped: PEM (any blocks, any line endings, text around
 * them), a DER certificate or key, or PKCS#12. Detection is by content, never by name.
 * Never throws: every byte string yields a DecodedFile, with problems as typed codes.
 * Never runs long: what a file's size does not bound, key derivation, is bounded by a
 * budget of its own (./work-budget.ts, `limits.work`). `keep` receives the plain DER of
 * each key read, apart from the facts (for ./convert/; the inspection never asks for it).
 */
export async function decodeFile(input: DecodeInput, limits: DecodeLimits = {}, keep?: KeepKey): Promise<DecodedFile> {
  try {
    return await decode(input, limits, keep);
  } catch {
    // Every parser below reports problems instead of throwing; this is the last guard.
    return { name: input.name, container: 'unknown', items: [], problems: [{ code: 'not-recognised' }] };
  }
}

async function decode(input: DecodeInput, limits: DecodeLimits, keep: KeepKey | undefined): Promise<DecodedFile> {
  const { name, bytes, password } = input;
  const result = (container: DecodedFile['container'], rest: Omit<DecodedFile, 'name' | 'container'>): DecodedFile => ({
    name,
    container,
    ...rest,
  });
  const maxBytes = limits.maxBytes ?? DEFAULT_MAX_BYTES;
  const budget = createWorkBudget(limits.work);
  if (bytes.length > maxBytes) return result('unknown', { items: [], problems: [{ code: 'too-large', params: { size: bytes.length, maxBytes } }] });
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  if (text.trim() === '') return result('unknown', { items: [], problems: [{ code: 'empty' }] });
  if (text.includes('-----BEGIN ')) return result('pem', await decodePem(name, text, password, budget, keep));
  const kind = classifyDer(bytes);
  if (kind === 'certificate') {
    try {
      return result('der', { items: [inspectCertificate(bytes)], problems: [] });
    } catch {
      return result('der', { items: [], problems: [{ code: 'certificate-malformed' }] });
    }
  }
  if (kind === 'pkcs12') {
    try {
      // PKCS#12 (its KDF, MAC and ciphers) loads with the first archive, not with the worker.
      const { openPkcs12 } = await import('./open-pkcs12');
      return result('pkcs12', await openPkcs12(name, bytes, password, budget, keep));
    } catch {
      return result('pkcs12', { items: [], problems: [{ code: 'pkcs12-malformed' }] });
    }
  }
  if (kind) return result('der', await inspectKeyDer(name, bytes, kind, password, budget, undefined, keep));
  return result('unknown', { items: [], problems: [{ code: 'not-recognised' }] });
}
