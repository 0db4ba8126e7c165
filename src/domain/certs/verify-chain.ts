import { fromBase64 } from './bytes';
import { ANY_EXTENDED_KEY_USAGE } from './oids';
import type { CertificateFacts, ChainResult, ChainStatus, VerifyChainInput } from './types';
import { verifySignature, type SignatureVerdict } from './verify-signature';

/**
 * Go's bound on one verification: at most 100 signature checks, over every path tried
 * (crypto/x509/verify.go, Go 1.19.8 l.887–891 `maxChainSignatureChecks`, counted in
 * buildChains' considerCandidate l.904–911; the same in golang/go@0184fe5e and Go 1.23+).
 * Past it Go gives up with "x509: signature check attempts limit reached while verifying
 * certificate chain". Every step of a path costs one check, so this bounds depth too.
 */
export const MAX_SIGNATURE_CHECKS = 100;

/** A chain verdict, and whether the search stopped at Go's limit rather than running out of candidates. */
export type VerifiedChain = ChainResult & { readonly limitReached?: true };

/**
 * Builds a path leaf → intermediates (any order, extras ignored) → a trusted root the
 * way Go's crypto/x509 does, which Elastic Agent and Fleet Server run (elastic-agent-libs
 * transport/tlscommon/tls_config.go verifyCertsWithOpts calls certs[0].Verify):
 * - a leaf that is itself trusted is a chain as it is, whatever its basicConstraints
 *   (verify.go l.801–802 `opts.Roots.contains(c)`): a trust anchor is trusted as is;
 * - at each step the roots first, then the intermediates, each in the order of
 *   findPotentialParents (cert_pool.go l.121–159: same name, key ids matching first);
 * - a candidate already in the path by subject, key and SANs is skipped (verify.go
 *   l.848 alreadyInChain), so loops of same-named CAs end;
 * - every signature (MD5/SHA-1 refused as weak); the issuer a CA (CA:TRUE, and
 *   keyCertSign when it lists key usages: x509.go l.775–782 CheckSignatureFrom) within
 *   its path length (verify.go l.702–707); validity at `at` of every certificate
 *   (l.574–585); the requested EKU across the whole path (l.810–830, checkChainForKeyUsage);
 * - at most MAX_SIGNATURE_CHECKS candidates per call; signature results are memoised
 *   across calls, so the same pair is never verified twice.
 *
 * Where Go only says "unknown authority", the verdict names the first specific reason
 * met (bad signature, issuer not a CA, expired issuer), for the admin's sake.
 */
export async function verifyChain(input: VerifyChainInput): Promise<VerifiedChain> {
  const { leaf, intermediates, roots, at, purpose } = input;
  const fail = (status: ChainStatus, path: readonly CertificateFacts[], failedAt: CertificateFacts): ChainResult => ({
    status,
    path: path.map(fp),
    failedAt: fp(failedAt),
  });

  const leafTime = validityAt(leaf, at);
  if (leafTime) return fail(leafTime, [leaf], leaf);
  if (roots.some((r) => fp(r) === fp(leaf))) return checkUsage([leaf], purpose) ?? { status: 'ok', path: [fp(leaf)], failedAt: null };

  const rootPool = pool(roots);
  const intermediatePool = pool(intermediates);
  let checks = 0;
  let limitReached = false;
  let specific: ChainResult | null = null; // the first reason a candidate issuer was refused
  let usage: ChainResult | null = null; // a complete path whose EKU did not allow the purpose
  let deepest: readonly CertificateFacts[] = [leaf];
  const record = (r: ChainResult): void => {
    if (r !== SKIP) specific ??= r;
  };

  /** One candidate issuer of the path's last certificate: a complete chain through it, or null. */
  const consider = async (path: readonly CertificateFacts[], cert: CertificateFacts, root: boolean) => {
    const child = path[path.length - 1]!;
    if (++checks > MAX_SIGNATURE_CHECKS) {
      limitReached = true;
      return null;
    }
    const refusal = await refuse(path, child, cert);
    if (refusal) {
      record(refusal);
      return null;
    }
    const next = [...path, cert];
    if (!root) return extend(next);
    const refused = checkUsage(next, purpose);
    if (!refused) return next;
    usage ??= refused;
    return null;
  };

  /** Why `cert` cannot be `child`'s issuer here, as Go's CheckSignatureFrom and isValid would say; null if it can. */
  const refuse = async (path: readonly CertificateFacts[], child: CertificateFacts, cert: CertificateFacts): Promise<ChainResult | null> => {
    const signature = await memoisedSignature(child, cert);
    if (signature === 'weak') return fail('weak-signature', path, child);
    if (signature !== 'valid') {
      // A same-named CA with another key is simply not the issuer (OpenSSL matches the key ids too).
      const otherKey = child.authorityKeyId !== null && cert.subjectKeyId !== null && child.authorityKeyId !== cert.subjectKeyId;
      return otherKey ? SKIP : fail('bad-signature', path, child);
    }
    const next = [...path, cert];
    const constraints = cert.basicConstraints;
    const intermediatesBelow = path.length - 1;
    const signs = cert.keyUsage.length === 0 || cert.keyUsage.includes('keyCertSign');
    if (!constraints?.ca || !signs || (constraints.pathLength !== null && intermediatesBelow > constraints.pathLength)) {
      return fail('issuer-not-ca', next, cert);
    }
    const time = validityAt(cert, at);
    return time ? fail(time, next, cert) : null;
  };

  const extend = async (path: readonly CertificateFacts[]): Promise<readonly CertificateFacts[] | null> => {
    if (path.length > deepest.length) deepest = path;
    const child = path[path.length - 1]!;
    for (const [candidates, root] of [
      [rootPool, true],
      [intermediatePool, false],
    ] as const) {
      for (const cert of potentialParents(candidates, child)) {
        if (limitReached) return null;
        if (alreadyInChain(cert, path)) continue;
        const found = await consider(path, cert, root);
        if (found) return found;
      }
    }
    return null;
  };

  const path = await extend([leaf]);
  if (path) return { status: 'ok', path: path.map(fp), failedAt: null };
  const last = deepest[deepest.length - 1] ?? leaf;
  const result = usage ?? specific ?? fail('unknown-authority', deepest, last);
  return limitReached ? { ...fail('unknown-authority', deepest, last), limitReached: true } : result;
}

const fp = (c: CertificateFacts): string => c.sha256Fingerprint;
/** A candidate refused without a reason worth naming. */
const SKIP: ChainResult = { status: 'unknown-authority', path: [], failedAt: null };

/** A certificate pool: each certificate once (cert_pool.go AddCert), found by subject. */
function pool(certs: readonly CertificateFacts[]): Map<string, CertificateFacts[]> {
  const seen = new Set<string>();
  const bySubject = new Map<string, CertificateFacts[]>();
  for (const c of certs) {
    if (seen.has(fp(c))) continue;
    seen.add(fp(c));
    bySubject.set(c.subject, [...(bySubject.get(c.subject) ?? []), c]);
  }
  return bySubject;
}

/**
 * The certificates named as `child`'s issuer, in Go's order of plausibility: key ids
 * equal (both absent counts, as bytes.Equal(nil, nil)), then one of them absent, then
 * key ids that differ (cert_pool.go l.126–158).
 */
function potentialParents(byName: Map<string, CertificateFacts[]>, child: CertificateFacts): CertificateFacts[] {
  const rank = (c: CertificateFacts) => (c.subjectKeyId === child.authorityKeyId ? 0 : c.subjectKeyId === null || child.authorityKeyId === null ? 1 : 2);
  return [...(byName.get(child.issuer) ?? [])].sort((a, b) => rank(a) - rank(b));
}

/** Go's alreadyInChain (verify.go l.848–885): same subject, same public key, same SANs. */
function alreadyInChain(candidate: CertificateFacts, path: readonly CertificateFacts[]): boolean {
  const sans = (c: CertificateFacts) => (c.hasSanExtension ? JSON.stringify(c.sans) : null);
  return path.some((c) => c.subject === candidate.subject && c.spkiSha256Base64 === candidate.spkiSha256Base64 && sans(c) === sans(candidate));
}

/**
 * Signature verdicts by (certificate, issuer) fingerprints: the same pair gives the same
 * answer, so bundles that share certificates, and the retries of leg-evidence against
 * other files, verify each pair once. Bounded; the oldest entries go first.
 */
const SIGNATURES = new Map<string, Promise<SignatureVerdict>>();
const MEMO_SIZE = 4096;

/** Empties the memo: for tests that count the signatures really verified. */
export function forgetSignatureVerdicts(): void {
  SIGNATURES.clear();
}

function memoisedSignature(child: CertificateFacts, issuer: CertificateFacts): Promise<SignatureVerdict> {
  const key = `${fp(child)}>${fp(issuer)}`;
  const known = SIGNATURES.get(key);
  if (known) return known;
  const verdict = verifySignature(der(child), der(issuer));
  SIGNATURES.set(key, verdict);
  if (SIGNATURES.size > MEMO_SIZE) SIGNATURES.delete(SIGNATURES.keys().next().value!);
  return verdict;
}

function validityAt(cert: CertificateFacts, at: Date): 'expired' | 'not-yet-valid' | null {
  const t = at.getTime();
  if (t < Date.parse(cert.notBefore)) return 'not-yet-valid';
  if (t > Date.parse(cert.notAfter)) return 'expired';
  return null;
}

/** Go's checkChainForKeyUsage: null when every certificate's EKU allows the purpose. */
function checkUsage(path: readonly CertificateFacts[], purpose: VerifyChainInput['purpose']): ChainResult | null {
  if (purpose === null) return null;
  for (const cert of [...path].reverse()) {
    const eku = cert.extendedKeyUsage;
    if (eku.length === 0 || eku.includes(ANY_EXTENDED_KEY_USAGE) || eku.includes(purpose)) continue;
    return { status: 'incompatible-usage', path: path.map(fp), failedAt: fp(cert) };
  }
  return null;
}

function der(cert: CertificateFacts): Uint8Array {
  return fromBase64(cert.der) ?? new Uint8Array(0);
}
