import { EncryptedPrivateKeyInfo } from '@peculiar/asn1-pkcs8';
import { agentRefusedScheme } from './agent-key-support';
import { reencryptKeyCommand } from './conversion-commands';
import { unsupportedCipher } from './cipher-support';
import { inspectPrivateKey, keyProblemIn, type KeepKey, type PlainKeyStructure } from './inspect-private-key';
import { parseDer } from './parse-der';
import { unopenedKey } from './unopened-key';
import type { DecodedItem, FileProblem, PemPlace } from './types';
import type { WorkBudget } from './work-budget';
import { workProblem } from './work-problem';

interface Found {
  items: DecodedItem[];
  problems: FileProblem[];
}

/**
 * One private key in DER, plain or encrypted PKCS#8: its facts, or the problem that kept
 * it closed. `where` is merged into every problem's params (the PEM block it is in). An
 * encrypted key Elastic Agent cannot open is opened all the same where the engine can
 * (so that it is matched to its certificate), and says so with the command that converts it.
 */
export async function inspectKeyDer(
  file: string,
  der: Uint8Array,
  structure: PlainKeyStructure | 'encrypted-pkcs8',
  password: string | undefined,
  budget: WorkBudget,
  where?: PemPlace,
  keep?: KeepKey,
): Promise<Found> {
  // A problem with no parameters of its own has the place, if any, as its params.
  const at = where ? { params: where } : {};
  try {
    if (structure !== 'encrypted-pkcs8') {
      const r = await inspectPrivateKey(der, structure, undefined, keep);
      return 'item' in r ? { items: [r.item], problems: [] } : { items: [], problems: [keyProblemIn(r.problem, where)] };
    }
    const algorithm = parseDer(der, EncryptedPrivateKeyInfo).encryptionAlgorithm;
    const scheme = agentRefusedScheme(algorithm);
    const agent: FileProblem[] =
      scheme === null ? [] : [{ code: 'encrypted-key-agent-unsupported', params: { ...where, scheme, file, command: reencryptKeyCommand(file) } }];
    const closed = (...problems: FileProblem[]): Found => ({ items: [unopenedKey('encrypted-pkcs8')], problems: [...problems, ...agent] });
    const cipher = unsupportedCipher(algorithm);
    if (cipher !== null) {
      // The agent's conversion is the engine's too: one problem says it.
      return agent.length > 0
        ? closed()
        : closed({ code: 'encrypted-key-cipher-unsupported', params: { ...where, cipher, file, command: reencryptKeyCommand(file) } });
    }
    if (password === undefined) return closed({ code: 'password-needed', ...at });
    // Decryption (PBKDF2, scrypt, 3DES) loads when a password is tried, not with the worker.
    const { decryptPkcs8 } = await import('./decrypt-pkcs8');
    const opened = await decryptPkcs8(der, password, budget);
    if (!opened.ok) {
      if (opened.reason === 'limit') return closed(workProblem(opened.refusal, where));
      if (opened.reason === 'wrong') return closed({ code: 'password-wrong', ...at });
      return closed({ code: 'encrypted-key-cipher-unsupported', params: { ...where, cipher: opened.cipher, file, command: reencryptKeyCommand(file) } });
    }
    const r = await inspectPrivateKey(opened.bytes, 'pkcs8', 'encrypted-pkcs8', keep);
    return 'item' in r ? { items: [r.item], problems: agent } : { items: [], problems: [keyProblemIn(r.problem, where), ...agent] };
  } catch {
    return { items: [], problems: [{ code: 'key-malformed', ...at }] };
  }
}
