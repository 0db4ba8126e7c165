import { fromBase64 } from './bytes';
import { ANY_EXTENDED_KEY_USAGE } from './oids';
import type { CertificateFacts, ChainResult, ChainStatus, VerifyChainInput } from './types';
import { verifySignature } from './verify-signature';

const MAX_DEPTH = 8;

/**
 * Builds a path leaf → intermediates (any order, extras ignored) → a trusted root and
 * checks it the way Go's crypto/x509 does, which is what Elastic Agent and Fleet Server
 * run: every signature (MD5/SHA-1 refused as weak), validity at `at` for every
 * certificate, CA:TRUE on every issuer (roots included, a little stricter than Go, as
 * OpenSSL is) and path lengths, and the requested EKU across the whole path (a
 * certificate without EKU allows all; anyExtendedKeyUsage allows all). A root may be an
 * intermediate the client trusts directly: the path stops at the first trusted issuer.
 *
 * Where Go only says "unknown authority", the verdict names the first specific reason
 * met (bad signature, issuer not a CA, expired issuer), for the admin's sake.
 */
export async function verifyChain(input: VerifyChainInput): Promise<ChainResult> {
  const { leaf, intermediates, roots, at, purpose } = input;
  const fp = (c: CertificateFacts): string => c.sha256Fingerprint;
  const fail = (status: ChainStatus, path: CertificateFacts[], failedAt: CertificateFacts): ChainResult => ({
    status,
    path: path.map(fp),
    failedAt: fp(failedAt),
  });

  const leafTime = validityAt(leaf, at);
  if (leafTime) return fail(leafTime, [leaf], leaf);
  const rootPrints = new Set(roots.map(fp));
  if (rootPrints.has(fp(leaf))) return checkUsage([leaf], purpose) ?? { status: 'ok', path: [fp(leaf)], failedAt: null };

  const pool = new Map<string, { cert: CertificateFacts; root: boolean }>();
  for (const cert of roots) pool.set(fp(cert), { cert, root: true });
  for (const cert of intermediates) if (!pool.has(fp(cert))) pool.set(fp(cert), { cert, root: false });

  let specific: ChainResult | null = null; // the first reason a candidate issuer was refused
  let usage: ChainResult | null = null; // a complete path whose EKU did not allow the purpose
  let deepest: CertificateFacts[] = [leaf];
  const record = (r: ChainResult): void => {
    specific ??= r;
  };

  const extend = async (path: CertificateFacts[]): Promise<CertificateFacts[] | null> => {
    const child = path[path.length - 1];
    if (!child || path.length > MAX_DEPTH) return null;
    if (path.length > deepest.length) deepest = path;
    const candidates = [...pool.values()]
      .filter(({ cert }) => cert.subject === child.issuer && !path.some((p) => fp(p) === fp(cert)))
      .sort((a, b) => Number(b.root) - Number(a.root));
    for (const { cert, root } of candidates) {
      const signature = await verifySignature(der(child), der(cert));
      if (signature === 'weak') {
        record(fail('weak-signature', path, child));
        continue;
      }
      if (signature !== 'valid') {
        // A same-named CA with another key is simply not the issuer (OpenSSL matches the key ids too).
        const otherKey = child.authorityKeyId !== null && cert.subjectKeyId !== null && child.authorityKeyId !== cert.subjectKeyId;
        if (!otherKey) record(fail('bad-signature', path, child));
        continue;
      }
      const next = [...path, cert];
      const constraints = cert.basicConstraints;
      const intermediatesBelow = path.length - 1;
      if (!constraints?.ca || (constraints.pathLength !== null && intermediatesBelow > constraints.pathLength)) {
        record(fail('issuer-not-ca', next, cert));
        continue;
      }
      const time = validityAt(cert, at);
      if (time) {
        record(fail(time, next, cert));
        continue;
      }
      if (root) {
        const refused = checkUsage(next, purpose);
        if (!refused) return next;
        usage ??= refused;
        continue;
      }
      const found = await extend(next);
      if (found) return found;
    }
    return null;
  };

  const path = await extend([leaf]);
  if (path) return { status: 'ok', path: path.map(fp), failedAt: null };
  const last = deepest[deepest.length - 1] ?? leaf;
  return usage ?? specific ?? fail('unknown-authority', deepest, last);
}

function validityAt(cert: CertificateFacts, at: Date): 'expired' | 'not-yet-valid' | null {
  const t = at.getTime();
  if (t < Date.parse(cert.notBefore)) return 'not-yet-valid';
  if (t > Date.parse(cert.notAfter)) return 'expired';
  return null;
}

/** Go's checkChainForKeyUsage: null when every certificate's EKU allows the purpose. */
function checkUsage(path: CertificateFacts[], purpose: VerifyChainInput['purpose']): ChainResult | null {
  if (purpose === null) return null;
  for (const cert of [...path].reverse()) {
    const eku = cert.extendedKeyUsage;
    if (eku.length === 0 || eku.includes(ANY_EXTENDED_KEY_USAGE) || eku.includes(purpose)) continue;
    return { status: 'incompatible-usage', path: path.map((c) => c.sha256Fingerprint), failedAt: cert.sha256Fingerprint };
  }
  return null;
}

function der(cert: CertificateFacts): Uint8Array {
  return fromBase64(cert.der) ?? new Uint8Array(0);
}
