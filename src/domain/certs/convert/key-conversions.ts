import { decryptKeyCommand, derToPemCommand, encryptKeyCommand, toPkcs8Command } from '../conversion-commands';
import { certificatePem, pemText } from '../pem-text';
import type { DecodeInput, PrivateKeyFacts } from '../types';
import { encryptPkcs8Pem } from '../write/encrypt-pkcs8';
import { stemOf, uniqueNames } from './file-names';
import { converted, passwordFileOf, passwordRefusal, passwordSource, refused } from './outcome';
import type { ReadWithKeys } from './read-with-keys';
import type { ConvertParams, ConvertResult, ConvertWarning } from './types';

type KeyConversion = 'der-to-pem' | 'to-pkcs8' | 'encrypt-key' | 'decrypt-key';

/** What each key conversion names its output: `<stem><suffix>`. */
const SUFFIX: Record<KeyConversion, string> = {
  'der-to-pem': '.key',
  'to-pkcs8': '.pkcs8.key',
  'encrypt-key': '.encrypted.key',
  'decrypt-key': '.unencrypted.key',
};

/**
 * The conversions of a file's one key, and DER → PEM of its one certificate. The key is
 * written as unencrypted PKCS#8, or, by `encrypt-key`, as PBES2 AES-256-CBC PKCS#8 with
 * the passphrase beside it in a file with no newline (Elastic Agent reads the file whole:
 * reference/elastic-agent-cli.md §5). The passphrase was checked by the caller.
 */
export async function convertKey(input: DecodeInput, conversion: KeyConversion, params: ConvertParams, read: ReadWithKeys): Promise<ConvertResult> {
  const { decoded } = read;
  const stem = stemOf(input.name);
  const der = decoded.container === 'der';
  const cert = decoded.items.find((i) => i.kind === 'certificate');
  if (conversion === 'der-to-pem' && cert) {
    const [name = ''] = uniqueNames([{ stem, extension: '.crt' }], [input.name]);
    const output = { name, content: certificatePem(cert), kind: 'certificate', secret: false } as const;
    return converted([output], [], derToPemCommand('certificate', input.name, name));
  }
  const key = decoded.items.find((i): i is PrivateKeyFacts => i.kind === 'private-key');
  if (!key) return refused({ code: 'unreadable' });
  const pkcs8 = read.pkcs8(key);
  if (!pkcs8) return refused(passwordRefusal(decoded) ?? { code: 'key-not-opened' });

  const wanted = [
    { stem, extension: SUFFIX[conversion] },
    { stem, extension: '.passphrase' },
  ];
  const [name = '', passphraseFile = ''] = uniqueNames(wanted, [input.name, passwordFileOf(input, params)]);
  const warnings: ConvertWarning[] = [];
  const plain = { name, content: pemText('PRIVATE KEY', pkcs8), kind: 'key', secret: true } as const;
  switch (conversion) {
    case 'der-to-pem':
      return converted([plain], warnings, derToPemCommand('key', input.name, name));
    case 'to-pkcs8':
      return converted([plain], warnings, toPkcs8Command(input.name, name));
    case 'decrypt-key': {
      const password = passwordSource(input, params, warnings);
      warnings.unshift({ code: 'key-unprotected', params: { file: name } });
      return converted([plain], warnings, decryptKeyCommand(input.name, name, password, der));
    }
    case 'encrypt-key': {
      const passphrase = params.passphrase ?? '';
      const password = key.encrypted ? passwordSource(input, params, warnings) : null;
      warnings.unshift({ code: 'passphrase-file-secret', params: { file: name, passphraseFile } });
      const outputs = [
        { name, content: await encryptPkcs8Pem(pkcs8, passphrase), kind: 'encrypted-key', secret: true },
        { name: passphraseFile, content: passphrase, kind: 'passphrase', secret: true },
      ] as const;
      return converted([...outputs], warnings, encryptKeyCommand(input.name, name, passphraseFile, password, der));
    }
  }
}
