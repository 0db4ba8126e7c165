import type { CertificateFacts, ChainResult, VerifyChainInput } from '../domain/certs/types';
import { verifyChain } from '../domain/certs/verify-chain';
import { EXPIRY_WARNING_DAYS } from '../domain/checks/leg/cert-validity';
import { isCaCertificate } from '../domain/certs/is-ca-certificate';
import { certificatesOf, type ShelfFile } from '../domain/inspect/shelf';
import type { ChainReport } from './check-report';
import { rfc4514 } from './rfc4514';

const DAY = 86_400_000;

interface PoolEntry {
  readonly cert: CertificateFacts;
  readonly root: boolean;
  readonly file: string;
}

/**
 * The CA certificates among the files, indexed by subject, built once for the whole run.
 * verifyChain takes its pool as arrays and indexes them on every call; given all the
 * CAs each time, 10,000 of them cost 10,000 × 10,000 steps (55 s). Given only the
 * certificates whose subjects are on some issuer path of the one being checked, each call
 * costs its own chain, and the verdicts are the same: verifyChain looks at no other.
 */
export class CaPool {
  private readonly bySubject = new Map<string, PoolEntry[]>();
  private readonly byPrint = new Map<string, PoolEntry>();
  rootCount = 0;

  constructor(files: readonly ShelfFile[]) {
    for (const f of files) {
      for (const cert of certificatesOf(f)) {
        if (!isCaCertificate(cert) || this.byPrint.has(cert.sha256Fingerprint)) continue;
        const entry = { cert, root: cert.selfIssued, file: f.id };
        this.byPrint.set(cert.sha256Fingerprint, entry);
        if (entry.root) this.rootCount += 1;
        const list = this.bySubject.get(cert.subject);
        if (list) list.push(entry);
        else this.bySubject.set(cert.subject, [entry]);
      }
    }
  }

  /** The roots and intermediates that may issue `leaf` or one of its issuers, by name. */
  candidatesFor(leaf: CertificateFacts): { roots: CertificateFacts[]; intermediates: CertificateFacts[] } {
    const roots: CertificateFacts[] = [];
    const intermediates: CertificateFacts[] = [];
    const seen = new Set<string>();
    const names = [leaf.issuer];
    for (let name = names.pop(); name !== undefined; name = names.pop()) {
      if (seen.has(name)) continue;
      seen.add(name);
      for (const e of this.bySubject.get(name) ?? []) {
        (e.root ? roots : intermediates).push(e.cert);
        if (!e.root) names.push(e.cert.issuer);
      }
    }
    return { roots, intermediates };
  }

  entry(print: string): PoolEntry | undefined {
    return this.byPrint.get(print);
  }
}

export type VerifyChain = (input: VerifyChainInput) => Promise<ChainResult>;

/**
 * Without a plan: does every certificate chain to a self-issued CA among the files, at
 * `at`? A self-issued CA is its own anchor (its dates are checked). With no self-issued
 * CA among the files at all, nothing can chain: `no-root-given`, incomplete rather than
 * failed. A chain that holds but expires within the engine's warning period warns.
 */
export async function standaloneChains(files: readonly ShelfFile[], at: Date, verify: VerifyChain = verifyChain): Promise<ChainReport[]> {
  const pool = new CaPool(files);
  const byPrint = new Map<string, CertificateFacts>();
  for (const f of files) for (const c of certificatesOf(f)) byPrint.set(c.sha256Fingerprint, c);
  const results = new Map<string, Promise<ChainResult>>();
  const out: ChainReport[] = [];
  for (const f of files) {
    const certs = f.decoded.items.flatMap((item, index) => (item.kind === 'certificate' ? [{ cert: item, index }] : []));
    for (const { cert, index } of certs) {
      const print = cert.sha256Fingerprint;
      const anchorOfItself = isCaCertificate(cert) && cert.selfIssued;
      if (!results.has(print)) {
        const input: VerifyChainInput = anchorOfItself
          ? { leaf: cert, intermediates: [], roots: [cert], at, purpose: null }
          : { leaf: cert, ...pool.candidatesFor(cert), at, purpose: null };
        results.set(print, verify(input));
      }
      const r = await results.get(print)!;
      const status = r.status === 'unknown-authority' && pool.rootCount === 0 ? 'no-root-given' : r.status;
      const path = r.path.map((p) => byPrint.get(p)).filter((c): c is CertificateFacts => c !== undefined);
      const firstExpiry = Math.min(...(status === 'ok' ? path : [cert]).map((c) => Date.parse(c.notAfter)));
      const expiresInDays = Math.floor((firstExpiry - at.getTime()) / DAY);
      const anchorPrint = status === 'ok' ? r.path[r.path.length - 1] : undefined;
      const anchorEntry = anchorPrint === undefined ? undefined : anchorPrint === print ? { cert, file: f.id } : pool.entry(anchorPrint);
      out.push({
        file: f.id,
        index,
        sha256: print,
        subject: rfc4514(cert.subject),
        issuer: rfc4514(cert.issuer),
        verdict: status === 'ok' ? (expiresInDays <= EXPIRY_WARNING_DAYS ? 'warn' : 'pass') : status === 'no-root-given' ? 'incomplete' : 'fail',
        status,
        path: r.path,
        anchor: anchorEntry ? { sha256: anchorEntry.cert.sha256Fingerprint, subject: rfc4514(anchorEntry.cert.subject), file: anchorEntry.file } : null,
        failedAt: r.failedAt,
        expiresInDays,
      });
    }
  }
  return out;
}
