import { EncryptedPrivateKeyInfo } from '@peculiar/asn1-pkcs8';
import { agentRefusedScheme } from './agent-key-support';
import { reencryptKeyCommand } from './conversion-commands';
import { unsupportedCipher } from './cipher-support';
import { inspectPrivateKey, type PlainKeyStructure } from './inspect-private-key';
import { parseDer } from './parse-der';
import { unopenedKey } from './unopened-key';
import type { DecodedItem, FileProblem } from './types';
import type { WorkBudget } from './work-budget';
import { workProblem } from './work-problem';

interface Found { items: DecodedItem[]; problems: FileProblem[] }

/**
 * One private key in DER, plain or encrypted PKCS#8: its facts, or the problem that kept
 * it closed. `where` is merged into every problem's params (the PEM block number). An
 * encrypted key Elastic Agent cannot open is opened all the same where the engine can
 * (so that it is matched to its certificate), and says so with the command that converts it.
 */
export async function inspectKeyDer(
  file: string,
  der: Uint8Array,
  structure: PlainKeyStructure | 'encrypted-pkcs8',
  password: string | undefined,
  budget: WorkBudget,
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
    const algorithm = parseDer(der, EncryptedPrivateKeyInfo).encryptionAlgorithm;
    const scheme = agentRefusedScheme(algorithm);
    const agent = scheme === null ? [] : [problem('encrypted-key-agent-unsupported', { scheme, file, command: reencryptKeyCommand(file) })];
    const closed = (...problems: FileProblem[]): Found => ({ items: [unopenedKey('encrypted-pkcs8')], problems: [...problems, ...agent] });
    const cipher = unsupportedCipher(algorithm);
    if (cipher !== null) {
      // The agent's conversion is the engine's too: one problem says it.
      return agent.length > 0 ? closed() : closed(problem('encrypted-key-cipher-unsupported', { cipher, file, command: reencryptKeyCommand(file) }));
    }
    if (password === undefined) return closed(problem('password-needed'));
    // Decryption (PBKDF2, scrypt, 3DES) loads when a password is tried, not with the worker.
    const { decryptPkcs8 } = await import('./decrypt-pkcs8');
    const opened = await decryptPkcs8(der, password, budget);
    if (!opened.ok) {
      if (opened.reason === 'limit') return closed(workProblem(opened.refusal, where));
      if (opened.reason === 'wrong') return closed(problem('password-wrong'));
      return closed(problem('encrypted-key-cipher-unsupported', { cipher: opened.cipher, file, command: reencryptKeyCommand(file) }));
    }
    const r = await inspectPrivateKey(opened.bytes, 'pkcs8', 'encrypted-pkcs8');
    return 'item' in r ? { items: [r.item], problems: agent } : { items: [], problems: [problem(r.problem.code, r.problem.params), ...agent] };
  } catch {
    return { items: [], problems: [problem('key-malformed')] };
  }
}
