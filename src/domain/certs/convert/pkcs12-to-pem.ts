import { pkcs12ToPemCommands, commandText, type Pkcs12Reading } from '../conversion-commands';
import { certificatePem, pemText } from '../pem-text';
import type { CertificateFacts, DecodeInput, PrivateKeyFacts } from '../types';
import { stemOf, uniqueNames } from './file-names';
import { converted, passwordFileOf, passwordRefusal, passwordSource, refused } from './outcome';
import type { ReadWithKeys } from './read-with-keys';
import type { ConvertOutput, ConvertParams, ConvertResult, ConvertWarning } from './types';

/**
 * PKCS#12 → the certificate of the key, the key as unencrypted PKCS#8, and the other
 * certificates (the CA chain), each a PEM file. The certificate of the key is found by
 * its public key, as `-clcerts` finds it by the bags' shared localKeyID
 * (openssl-pkcs12(1), https://docs.openssl.org/3.0/man1/openssl-pkcs12/).
 */
export function pkcs12ToPem(input: DecodeInput, params: ConvertParams, read: ReadWithKeys): ConvertResult {
  const { decoded } = read;
  const stem = stemOf(input.name);
  const passwordFile = passwordFileOf(input, params);
  const wanted = [
    { stem, extension: '.crt' },
    { stem, extension: '.key' },
    { stem: `${stem}-ca`, extension: '.crt' },
  ];
  const [leafName = '', keyName = '', chainName = ''] = uniqueNames(wanted, [input.name, passwordFile]);
  const warnings: ConvertWarning[] = [];
  const password = passwordSource(input, params, warnings);
  const reading = (legacy: boolean): Pkcs12Reading => ({ file: input.name, password, legacy });

  const legacy = decoded.problems.find((p) => p.code === 'pkcs12-legacy-unsupported');
  const wrong = passwordRefusal(decoded);
  if (wrong) return refused(wrong);
  if (legacy) {
    const command = commandText(pkcs12ToPemCommands(reading(true), { leaf: leafName, key: keyName, chain: chainName }));
    return refused({ code: 'pkcs12-legacy', params: { cipher: legacy.params.cipher, command } });
  }
  const keys = decoded.items.filter((i): i is PrivateKeyFacts => i.kind === 'private-key');
  const certs = decoded.items.filter((i): i is CertificateFacts => i.kind === 'certificate');
  if (keys.length > 1) return refused({ code: 'several-keys', params: { count: keys.length } });
  const [key] = keys;
  const pkcs8 = key ? read.pkcs8(key) : null;
  if (key && !pkcs8) return refused({ code: 'key-not-opened' });
  if (!key && certs.length === 0) return refused({ code: 'unreadable' });

  const leaf = key ? (certs.find((c) => key.spkiSha256Base64 !== null && c.spkiSha256Base64 === key.spkiSha256Base64) ?? null) : null;
  const chain = certs.filter((c) => c !== leaf);
  const outputs: ConvertOutput[] = [];
  if (leaf) outputs.push({ name: leafName, content: certificatePem(leaf), kind: 'certificate', secret: false });
  if (pkcs8) outputs.push({ name: keyName, content: pemText('PRIVATE KEY', pkcs8), kind: 'key', secret: true });
  if (chain.length > 0) outputs.push({ name: chainName, content: chain.map(certificatePem).join(''), kind: 'chain', secret: false });
  const commands = pkcs12ToPemCommands(reading(false), {
    leaf: leaf ? leafName : null,
    key: pkcs8 ? keyName : null,
    chain: chain.length > 0 ? chainName : null,
  });
  return converted(outputs, warnings, commands);
}
