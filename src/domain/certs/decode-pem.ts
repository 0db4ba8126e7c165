import { EncryptedPrivateKeyInfo } from '@peculiar/asn1-pkcs8';
import { reencryptKeyCommand } from './conversion-commands';
import { encryptionCost, LEGACY_PEM_CIPHERS, legacyPemCipher } from './cipher-support';
import { inspectCertificate } from './inspect-certificate';
import { inspectKeyDer } from './inspect-key-der';
import { inspectPrivateKey, keyProblemIn, type KeepKey } from './inspect-private-key';
import { parseDer } from './parse-der';
import { readPemBlocks, type PemBlock } from './read-pem-blocks';
import { unopenedKey } from './unopened-key';
import type { DecodedItem, FileProblem, PemPlace } from './types';
import { addCosts, type WorkBudget, type WorkCost } from './work-budget';
import { workProblem } from './work-problem';

interface Found {
  items: DecodedItem[];
  problems: FileProblem[];
}

const CERTIFICATE_LABELS = new Set(['CERTIFICATE', 'X509 CERTIFICATE', 'TRUSTED CERTIFICATE']);
const KEY_STRUCTURE = { 'PRIVATE KEY': 'pkcs8', 'RSA PRIVATE KEY': 'pkcs1', 'EC PRIVATE KEY': 'sec1', 'ENCRYPTED PRIVATE KEY': 'encrypted-pkcs8' } as const;
const IGNORED_LABELS = new Set(['EC PARAMETERS']); // written by `openssl ecparam -genkey` before the key

/**
 * Every block of a PEM text, in order; problems carry the block number (from 1). With a
 * password, the key derivation of every encrypted key is counted first: a file that would
 * pass its budget (./work-budget.ts) keeps its keys closed and says which limit, before any work.
 */
export async function decodePem(file: string, text: string, password: string | undefined, budget: WorkBudget, keep?: KeepKey): Promise<Found> {
  const out: Found = { items: [], problems: [] };
  const blocks = readPemBlocks(text);
  const refused = password === undefined ? null : budget.check(addCosts(...blocks.map(plannedCost)));
  if (refused) out.problems.push(workProblem(refused));
  for (const block of blocks) {
    const found =
      refused && block.kind === 'block' && block.label === 'ENCRYPTED PRIVATE KEY'
        ? { items: [unopenedKey('encrypted-pkcs8')], problems: [] }
        : await decodeBlock(file, block, password, budget, keep);
    out.items.push(...found.items);
    out.problems.push(...found.problems);
  }
  if (out.items.length === 0 && out.problems.length === 0) out.problems.push({ code: 'not-recognised' });
  return out;
}

/** What opening a block would cost; nothing for a block that is not an encrypted PKCS#8 key, or is malformed. */
function plannedCost(block: PemBlock): WorkCost {
  if (block.kind !== 'block' || block.label !== 'ENCRYPTED PRIVATE KEY') return {};
  try {
    return encryptionCost(parseDer(block.bytes, EncryptedPrivateKeyInfo).encryptionAlgorithm);
  } catch {
    return {};
  }
}

async function decodeBlock(file: string, block: PemBlock, password: string | undefined, budget: WorkBudget, keep: KeepKey | undefined): Promise<Found> {
  const where: PemPlace = { block: block.index, label: block.label };
  /** A problem whose only parameters are the block's place. */
  type AtBlock = 'pem-truncated' | 'pem-bad-base64' | 'pem-unsupported-block' | 'certificate-malformed' | 'dsa-key-unsupported';
  const fail = (code: AtBlock): Found => ({ items: [], problems: [{ code, params: where }] });
  if (block.kind === 'truncated') return fail('pem-truncated');
  if (block.kind === 'bad-base64') return fail('pem-bad-base64');
  if (IGNORED_LABELS.has(block.label)) return { items: [], problems: [] };
  if (CERTIFICATE_LABELS.has(block.label)) {
    try {
      return { items: [inspectCertificate(block.bytes)], problems: [] };
    } catch {
      return fail('certificate-malformed');
    }
  }
  if (block.label === 'DSA PRIVATE KEY') return fail('dsa-key-unsupported');
  const structure = KEY_STRUCTURE[block.label as keyof typeof KEY_STRUCTURE];
  if (structure === undefined) return fail('pem-unsupported-block');
  if ((block.headers['Proc-Type'] ?? '').includes('ENCRYPTED') && structure !== 'pkcs8' && structure !== 'encrypted-pkcs8') {
    return legacyEncrypted(file, block, structure, password, where, keep);
  }
  return inspectKeyDer(file, block.bytes, structure, password, budget, where, keep);
}

/** `Proc-Type: 4,ENCRYPTED` PKCS#1 or SEC1: the label tells the algorithm even while closed. */
async function legacyEncrypted(
  file: string,
  block: Extract<PemBlock, { kind: 'block' }>,
  structure: 'pkcs1' | 'sec1',
  password: string | undefined,
  where: PemPlace,
  keep: KeepKey | undefined,
): Promise<Found> {
  const closed = unopenedKey('legacy-encrypted-pem', structure === 'pkcs1' ? 'RSA' : 'EC');
  const cipher = legacyPemCipher(block.headers);
  const problem = (p: FileProblem): Found => ({ items: [closed], problems: [p] });
  const unsupported: FileProblem = { code: 'legacy-pem-cipher-unsupported', params: { ...where, cipher, file, command: reencryptKeyCommand(file) } };
  const wrong: FileProblem = { code: 'password-wrong', params: where };
  if (!LEGACY_PEM_CIPHERS[cipher]) return problem(unsupported);
  if (password === undefined) return problem({ code: 'password-needed', params: where });
  const { decryptLegacyPem } = await import('./decrypt-legacy-pem');
  const opened = await decryptLegacyPem(block.headers, block.bytes, password);
  if (!opened.ok) {
    return problem(opened.reason === 'unsupported' ? unsupported : wrong);
  }
  try {
    const r = await inspectPrivateKey(opened.bytes, structure, 'legacy-encrypted-pem', keep);
    return 'item' in r ? { items: [r.item], problems: [] } : { items: [], problems: [keyProblemIn(r.problem, where)] };
  } catch {
    return problem(wrong); // the padding matched by chance; the key inside is garbage
  }
}
