import { OctetString } from '@peculiar/asn1-schema';
import { AuthenticatedSafe, CertBag, PFX, SafeContents, type MacData } from '@peculiar/asn1-pfx';
import { EncryptedPrivateKeyInfo } from '@peculiar/asn1-pkcs8';
import { hmac } from '@noble/hashes/hmac.js';
import { copy, equalBytes } from './bytes';
import { pkcs12LegacyCommand } from './conversion-commands';
import { cipherName, encryptionCost, integerOf, pkcs12KdfCost } from './cipher-support';
import { decryptWithPassword } from './decrypt-pkcs8';
import { inspectCertificate } from './inspect-certificate';
import { inspectPrivateKey, type KeepKey, type KeyInspection } from './inspect-private-key';
import { HASH_ALGORITHMS } from './oids';
import { parseDer } from './parse-der';
import { bmpPassword, pkcs12HashFunction, pkcs12Kdf } from './pkcs12-kdf';
import { OID, Pkcs7EncryptedData } from './pkcs5-schemas';
import type { DecodedItem, FileProblem } from './types';
import { addCosts, type WorkBudget, type WorkCost } from './work-budget';
import { workProblem } from './work-problem';

const BAG = {
  key: '1.2.840.113549.1.12.10.1.1',
  shroudedKey: '1.2.840.113549.1.12.10.1.2',
  cert: '1.2.840.113549.1.12.10.1.3',
  safeContents: '1.2.840.113549.1.12.10.1.6',
  x509Certificate: '1.2.840.113549.1.9.22.1',
} as const;
/** SafeContents inside SafeContents: no tool nests them; a file that does is not read deeper. */
const MAX_NESTING = 4;

interface Opened {
  items: DecodedItem[];
  problems: FileProblem[];
}
type ContentInfo = AuthenticatedSafe[number];

/**
 * Opens a PKCS#12 (PFX) file: checks the MAC, if it has one, with the password (or, when
 * none is given, the empty password), then reads certificates and keys. PBES2 (AES, 3DES)
 * and the PKCS#12 3DES cipher open; RC2, which only `-legacy` files use, yields a problem
 * with the conversion command once the MAC has shown the password is right.
 *
 * Work: the file's visible key derivation (the MAC, each encrypted part, each encrypted key
 * outside them) is counted against its budget before any of it runs, and what appears
 * inside an encrypted part is paid for before it runs (./work-budget.ts). Throws if the
 * DER is not a PFX.
 */
export async function openPkcs12(file: string, der: Uint8Array, password: string | undefined, budget: WorkBudget, keep?: KeepKey): Promise<Opened> {
  const pfx = parseDer(der, PFX);
  if (pfx.version !== 3 || pfx.authSafe.contentType !== OID.data) return { items: [], problems: [{ code: 'pkcs12-malformed' }] };
  const authSafe = copy(parseDer(pfx.authSafe.content, OctetString));
  const infos = [...parseDer(authSafe, AuthenticatedSafe)];
  const pass = password ?? '';
  const macPasswords = pass === '' ? [bmpPassword(''), new Uint8Array(0)] : [bmpPassword(pass)];
  // The library fills in an empty MacData when the file has none (`openssl pkcs12 -nomac`).
  const macData = pfx.macData.mac.digestAlgorithm.algorithm ? pfx.macData : null;
  const mac = macData ? macCost(macData) : {};
  const refused = budget.check(addCosts(...macPasswords.map(() => mac), ...infos.map(visibleCost)));
  if (refused) return { items: [], problems: [workProblem(refused)] };
  if (macData) {
    const checked = macMatches(macData, authSafe, macPasswords, budget);
    if (checked === 'unsupported') return { items: [], problems: [{ code: 'pkcs12-malformed' }] };
    if (checked !== true) return { items: [], problems: [checked || { code: password === undefined ? 'password-needed' : 'password-wrong' }] };
  }
  const out: Opened = { items: [], problems: [] };
  const legacy = new Set<string>();
  /** A decryption that failed; with no MAC, a wrong password only shows here. */
  const failed = (reason: 'wrong' | 'unsupported' | FileProblem, cipher: string) => {
    if (reason === 'unsupported') legacy.add(cipher);
    else out.problems.push(reason === 'wrong' ? { code: password === undefined ? 'password-needed' : 'password-wrong' } : reason);
  };

  const readBags = async (contents: SafeContents, depth: number): Promise<void> => {
    for (const bag of contents) {
      if (bag.bagId === BAG.key) {
        const r = await inspectPrivateKey(new Uint8Array(bag.bagValue), 'pkcs8', undefined, keep);
        if ('item' in r) out.items.push(r.item);
        else out.problems.push(r.problem);
      } else if (bag.bagId === BAG.shroudedKey) {
        const info = parseDer(bag.bagValue, EncryptedPrivateKeyInfo);
        const alg = info.encryptionAlgorithm;
        const opened = await decryptWithPassword(alg, copy(info.encryptedData), pass, budget);
        if (opened.ok) {
          const r = await inspectKeyOrNull(opened.bytes, keep);
          if (r && 'item' in r) out.items.push(r.item);
          else failed(r?.problem ?? 'wrong', cipherName(alg.algorithm));
        } else failed(opened.reason === 'limit' ? workProblem(opened.refusal) : opened.reason, cipherName(alg.algorithm));
      } else if (bag.bagId === BAG.cert) {
        const cert = parseDer(bag.bagValue, CertBag);
        if (cert.certId !== BAG.x509Certificate) continue;
        try {
          out.items.push(inspectCertificate(copy(parseDer(cert.certValue, OctetString))));
        } catch {
          out.problems.push({ code: 'certificate-malformed' });
        }
      } else if (bag.bagId === BAG.safeContents && depth < MAX_NESTING) {
        await readBags(parseDer(bag.bagValue, SafeContents), depth + 1);
      }
    }
  };

  for (const info of infos) {
    if (info.contentType === OID.data) {
      await readBags(parseDer(copy(parseDer(info.content, OctetString)), SafeContents), 0);
    } else if (info.contentType === OID.encryptedData) {
      const eci = parseDer(info.content, Pkcs7EncryptedData).encryptedContentInfo;
      const alg = eci.contentEncryptionAlgorithm;
      const opened = await decryptWithPassword(alg, new Uint8Array(eci.encryptedContent ?? new ArrayBuffer(0)), pass, budget);
      const contents = opened.ok ? safeContentsOrNull(opened.bytes) : null;
      if (contents) await readBags(contents, 0);
      else if (opened.ok) failed('wrong', '');
      else failed(opened.reason === 'limit' ? workProblem(opened.refusal) : opened.reason, cipherName(alg.algorithm));
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

/** A padding that checked out by chance (1 in 256 with a wrong password, no MAC to tell) decrypts to garbage. */
function safeContentsOrNull(bytes: Uint8Array): SafeContents | null {
  try {
    return parseDer(bytes, SafeContents);
  } catch {
    return null;
  }
}

async function inspectKeyOrNull(bytes: Uint8Array, keep: KeepKey | undefined): Promise<KeyInspection | null> {
  try {
    return await inspectPrivateKey(bytes, 'pkcs8', 'encrypted-pkcs8', keep);
  } catch {
    return null;
  }
}

/** The key derivation an encrypted part, or the encrypted keys of a plain one, will cost. */
function visibleCost(info: ContentInfo): WorkCost {
  try {
    if (info.contentType === OID.encryptedData) {
      return encryptionCost(parseDer(info.content, Pkcs7EncryptedData).encryptedContentInfo.contentEncryptionAlgorithm);
    }
    if (info.contentType !== OID.data) return {};
    const bags = parseDer(copy(parseDer(info.content, OctetString)), SafeContents);
    return addCosts(
      ...bags.filter((b) => b.bagId === BAG.shroudedKey).map((b) => encryptionCost(parseDer(b.bagValue, EncryptedPrivateKeyInfo).encryptionAlgorithm)),
    );
  } catch {
    return {}; // read, and refused, when its turn comes
  }
}

function macCost(mac: MacData): WorkCost {
  const hash = HASH_ALGORITHMS[mac.mac.digestAlgorithm.algorithm];
  const iterations = integerOf(mac.iterations, 1);
  return hash ? pkcs12KdfCost(hash, iterations, mac.mac.digest.byteLength) : {};
}

/**
 * True if the MAC checks out with one of the passwords (the empty one has two encodings),
 * false if with none; a problem if the budget refuses the work; 'unsupported' for a digest
 * or an iteration count no tool writes.
 */
function macMatches(mac: MacData, content: Uint8Array, passwords: Uint8Array[], budget: WorkBudget): boolean | FileProblem | 'unsupported' {
  const hash = HASH_ALGORITHMS[mac.mac.digestAlgorithm.algorithm];
  const iterations = integerOf(mac.iterations, 1);
  if (!hash || !(iterations >= 1)) return 'unsupported';
  const expected = copy(mac.mac.digest);
  const salt = copy(mac.macSalt);
  for (const p of passwords) {
    const refused = budget.spend(pkcs12KdfCost(hash, iterations, expected.length));
    if (refused) return workProblem(refused);
    const key = pkcs12Kdf(hash, p, salt, 3, iterations, expected.length);
    if (equalBytes(hmac(pkcs12HashFunction(hash), key, content), expected)) return true;
  }
  return false;
}
