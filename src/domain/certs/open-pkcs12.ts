import { OctetString } from '@peculiar/asn1-schema';
import { AuthenticatedSafe, CertBag, PFX, SafeContents, type MacData } from '@peculiar/asn1-pfx';
import { EncryptedPrivateKeyInfo } from '@peculiar/asn1-pkcs8';
import { hmac } from '@noble/hashes/hmac.js';
import { parseDer } from './parse-der';
import { copy, equalBytes } from './bytes';
import { pkcs12LegacyCommand } from './conversion-commands';
import { cipherName } from './cipher-support';
import { decryptPbes2 } from './decrypt-pbes2';
import { decryptPkcs8 } from './decrypt-pkcs8';
import { inspectCertificate } from './inspect-certificate';
import { inspectPrivateKey } from './inspect-private-key';
import { HASH_ALGORITHMS } from './oids';
import { bmpPassword, pkcs12HashFunction, pkcs12Kdf } from './pkcs12-kdf';
import { OID, Pkcs7EncryptedData } from './pkcs5-schemas';
import type { DecodedItem, FileProblem } from './types';

const BAG = {
  key: '1.2.840.113549.1.12.10.1.1',
  shroudedKey: '1.2.840.113549.1.12.10.1.2',
  cert: '1.2.840.113549.1.12.10.1.3',
  safeContents: '1.2.840.113549.1.12.10.1.6',
  x509Certificate: '1.2.840.113549.1.9.22.1',
} as const;
const MAX_MAC_ITERATIONS = 1_000_000; // the KDF runs in JavaScript: keep a damaged file from hanging the tab

interface Opened { items: DecodedItem[]; problems: FileProblem[] }

/**
 * Opens a PKCS#12 (PFX) file: checks the MAC with the password (or, when none is given,
 * the empty password), then reads certificates and keys. PBES2/AES is supported; the
 * PKCS#12 PBE ciphers (RC2, 3DES) of `-legacy` files are not in WebCrypto, so those yield
 * a problem with the conversion command once the MAC has shown the password is right.
 * Throws if the DER is not a PFX.
 */
export async function openPkcs12(file: string, der: Uint8Array, password?: string): Promise<Opened> {
  const pfx = parseDer(der, PFX);
  if (pfx.version !== 3 || pfx.authSafe.contentType !== OID.data) return { items: [], problems: [{ code: 'pkcs12-malformed' }] };
  const authSafe = copy(parseDer(pfx.authSafe.content, OctetString));
  const pass = password ?? '';
  if (pfx.macData) {
    const mac = macMatches(pfx.macData, authSafe, pass);
    if (mac === 'unsupported') return { items: [], problems: [{ code: 'pkcs12-malformed' }] };
    if (!mac) return { items: [], problems: [{ code: password === undefined ? 'password-needed' : 'password-wrong' }] };
  }
  const out: Opened = { items: [], problems: [] };
  const legacy = new Set<string>();
  const utf8 = new TextEncoder().encode(pass);

  const readBags = async (contents: SafeContents): Promise<void> => {
    for (const bag of contents) {
      if (bag.bagId === BAG.key) {
        const r = await inspectPrivateKey(new Uint8Array(bag.bagValue), 'pkcs8');
        if ('item' in r) out.items.push(r.item);
        else out.problems.push(r.problem);
      } else if (bag.bagId === BAG.shroudedKey) {
        const alg = parseDer(bag.bagValue, EncryptedPrivateKeyInfo).encryptionAlgorithm.algorithm;
        const opened = await decryptPkcs8(new Uint8Array(bag.bagValue), pass);
        if (opened.ok) {
          const r = await inspectPrivateKey(opened.bytes, 'pkcs8', 'encrypted-pkcs8');
          if ('item' in r) out.items.push(r.item);
          else out.problems.push(r.problem);
        } else if (opened.reason === 'unsupported') legacy.add(cipherName(alg));
        else out.problems.push({ code: 'password-wrong' });
      } else if (bag.bagId === BAG.cert) {
        const cert = parseDer(bag.bagValue, CertBag);
        if (cert.certId === BAG.x509Certificate) {
          out.items.push(inspectCertificate(copy(parseDer(cert.certValue, OctetString))));
        }
      } else if (bag.bagId === BAG.safeContents) {
        await readBags(parseDer(bag.bagValue, SafeContents));
      }
    }
  };

  for (const info of parseDer(authSafe, AuthenticatedSafe)) {
    if (info.contentType === OID.data) {
      await readBags(parseDer(copy(parseDer(info.content, OctetString)), SafeContents));
    } else if (info.contentType === OID.encryptedData) {
      const eci = parseDer(info.content, Pkcs7EncryptedData).encryptedContentInfo;
      const alg = eci.contentEncryptionAlgorithm;
      const opened = await decryptPbes2(alg, new Uint8Array(eci.encryptedContent ?? new ArrayBuffer(0)), utf8);
      if (opened.ok) await readBags(parseDer(opened.bytes, SafeContents));
      else if (opened.reason === 'unsupported') legacy.add(cipherName(alg.algorithm));
      else out.problems.push({ code: 'password-wrong' });
    }
  }
  if (legacy.size > 0) {
    out.problems.push({
      code: 'pkcs12-legacy-unsupported',
      params: { cipher: [...legacy].join(', '), file, command: pkcs12LegacyCommand(file) },
    });
  }
  return out;
}

/** True if the MAC checks out with the password (the empty one in both its encodings). */
function macMatches(mac: MacData, content: Uint8Array, password: string): boolean | 'unsupported' {
  const hash = HASH_ALGORITHMS[mac.mac.digestAlgorithm.algorithm];
  const iterations = mac.iterations ?? 1;
  if (!hash || iterations < 1 || iterations > MAX_MAC_ITERATIONS) return 'unsupported';
  const expected = copy(mac.mac.digest);
  const salt = copy(mac.macSalt);
  const candidates = password === '' ? [bmpPassword(''), new Uint8Array(0)] : [bmpPassword(password)];
  return candidates.some((p) => {
    const key = pkcs12Kdf(hash, p, salt, 3, iterations, expected.length);
    return equalBytes(hmac(pkcs12HashFunction(hash), key, content), expected);
  });
}
