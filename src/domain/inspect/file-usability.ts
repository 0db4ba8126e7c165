import { ROLE_FACTS, type RoleKind } from '../catalog/roles';
import type { FileProblemCode } from '../certs/types';
import { certificatesOf, keyOf, type InspectRole, type ShelfFile } from './shelf';

/**
 * The one list of key problems that mean Elastic Agent and Fleet Server cannot load the
 * key, whatever the admin does on the host:
 * - encrypted PKCS#8 in a scheme the agent lacks (certs/agent-key-support.ts): PBES1, which
 *   elastic-agent-libs' elastic/pkcs8 and youmark/pkcs8 refuse ("pkcs8: only PBES2
 *   supported", pkcs8.go l.150 at elastic/pkcs8 v1.0.0 and youmark/pkcs8 a2c0da2), or a
 *   PBES2 PRF other than HMAC-SHA1/SHA-256. The engine opens such a key all the same (to
 *   match it to its certificate): the problem, not the opened key, decides;
 * - DSA and other algorithms, and a damaged key: Go's tls.X509KeyPair parses the key
 *   with parsePrivateKey (PKCS#1, PKCS#8 RSA/ECDSA/Ed25519, SEC1) and fails on the rest.
 */
export const AGENT_UNUSABLE_KEY_PROBLEMS: ReadonlySet<FileProblemCode> = new Set<FileProblemCode>([
  'encrypted-key-agent-unsupported',
  'dsa-key-unsupported',
  'key-algorithm-unsupported',
  'key-malformed',
]);

/** Of those, the one the engine opens all the same (to match the key to its certificate): for it the problem, not the opened key, decides. */
const REFUSED_EVEN_WHEN_OPENED: ReadonlySet<FileProblemCode> = new Set<FileProblemCode>(['encrypted-key-agent-unsupported']);

/**
 * Problems that only say this page has not opened the file: it needs a password, uses a
 * cipher browsers lack, or is too large to read here. The host may well use it, so the
 * connection waits for the file to be opened instead of failing.
 */
export const NOT_OPENED_PROBLEMS: ReadonlySet<FileProblemCode> = new Set<FileProblemCode>([
  'password-needed',
  'password-wrong',
  'pkcs12-legacy-unsupported',
  'legacy-pem-cipher-unsupported',
  'encrypted-key-cipher-unsupported',
  'too-large',
]);

/** Why a file given for a role cannot serve it. */
export interface Unusable {
  readonly role: InspectRole;
  readonly file: string;
  /**
   * `no-certificate` / `no-key`: the file has none (empty, cut short, damaged, random, or
   * the other kind); `agent-cannot-open`: a key the agent cannot load; `not-opened`: not
   * opened here yet (NOT_OPENED_PROBLEMS).
   */
  readonly reason: 'no-certificate' | 'no-key' | 'agent-cannot-open' | 'not-opened';
  /** The file's problem that tells why, or ''. */
  readonly problem: FileProblemCode | '';
  /** What the file holds instead. */
  readonly holds: 'certificate' | 'key' | 'nothing';
  readonly kind: Exclude<RoleKind, 'passphrase'>;
}

export function roleKind(role: InspectRole): Exclude<RoleKind, 'passphrase'> {
  const kind = role in ROLE_FACTS ? ROLE_FACTS[role as keyof typeof ROLE_FACTS].kind : 'cert';
  return kind === 'passphrase' ? 'key' : kind;
}

/**
 * Whether a file yields what its role needs: a certificate for a certificate or CA role
 * (libs' LoadCertificateAuthorities fails on a file with none: "file is not a
 * certificate adding … to the list of known CAs"), a key the agent can load for a key
 * role. A file that yields something is usable even with problems elsewhere in it:
 * Go's PEM reading skips what it cannot parse (x509.CertPool.AppendCertsFromPEM).
 */
export function unusableFor(role: InspectRole, file: ShelfFile): Unusable | null {
  const kind = roleKind(role);
  const problems = file.decoded.problems.map((p) => p.code);
  const holds = certificatesOf(file).length > 0 ? 'certificate' : keyOf(file) ? 'key' : 'nothing';
  const out = (reason: Unusable['reason'], problem: FileProblemCode | undefined): Unusable => ({
    role,
    file: file.decoded.name,
    reason,
    problem: problem ?? '',
    holds,
    kind,
  });
  const notOpened = problems.find((p) => NOT_OPENED_PROBLEMS.has(p));
  if (kind === 'key') {
    const unusable = problems.find((p) => AGENT_UNUSABLE_KEY_PROBLEMS.has(p));
    const key = keyOf(file);
    const refused = problems.find((p) => REFUSED_EVEN_WHEN_OPENED.has(p));
    if (refused) return out('agent-cannot-open', refused);
    // A key the decoder opened is the key; one still closed may be the block the agent refuses.
    if (key && !(key.encrypted && !key.decrypted)) return null;
    if (unusable) return out('agent-cannot-open', unusable);
    if (key) return null; // closed, and openable with its passphrase (key-locked says so)
    return notOpened ? out('not-opened', notOpened) : out('no-key', problems[0]);
  }
  if (certificatesOf(file).length > 0) return null;
  return notOpened ? out('not-opened', notOpened) : out('no-certificate', problems[0]);
}
