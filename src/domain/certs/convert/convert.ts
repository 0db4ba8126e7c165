import type { DecodeInput } from '../types';
import { conversionsFor } from './conversions-for';
import { convertKey } from './key-conversions';
import { refused } from './outcome';
import { passphraseRefusal } from './passphrase-check';
import { pkcs12ToPem } from './pkcs12-to-pem';
import { readWithKeys } from './read-with-keys';
import { splitBundle } from './split-bundle';
import type { ConversionCode, ConvertParams, ConvertResult } from './types';

/**
 * Converts a file the inspection reads into what Elastic Agent, Fleet Server and Logstash
 * read, and gives the `openssl` commands that do the same on the host. Never throws: a
 * file that cannot be converted, or a wrong password, is a coded refusal. Key material
 * lives only in this call; what it returns is posted from the inspector worker as it is.
 */
export async function convert(input: DecodeInput, conversion: ConversionCode, params: ConvertParams = {}): Promise<ConvertResult> {
  try {
    return await run(input, conversion, params);
  } catch {
    return refused({ code: 'unreadable' });
  }
}

async function run(input: DecodeInput, conversion: ConversionCode, params: ConvertParams): Promise<ConvertResult> {
  if (conversion === 'encrypt-key') {
    // Before any key derivation: a passphrase that cannot be used stops here.
    const bad = passphraseRefusal(params.passphrase);
    if (bad) return refused(bad);
  }
  // Splitting never opens a key: the password is not used, and no key derivation runs.
  const read = await readWithKeys(conversion === 'split-bundle' ? { name: input.name, bytes: input.bytes } : input);
  if (!conversionsFor(read.decoded).includes(conversion)) {
    return refused(read.decoded.items.length === 0 ? { code: 'unreadable' } : { code: 'not-applicable', params: { conversion } });
  }
  switch (conversion) {
    case 'pkcs12-to-pem':
      return pkcs12ToPem(input, params, read);
    case 'split-bundle':
      return splitBundle(input, new TextDecoder().decode(input.bytes));
    case 'der-to-pem':
    case 'to-pkcs8':
    case 'encrypt-key':
    case 'decrypt-key':
      return convertKey(input, conversion, params, read);
  }
}
