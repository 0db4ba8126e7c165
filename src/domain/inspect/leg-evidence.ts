import { verifyChain, type VerifiedChain } from '../certs/verify-chain';
import type { CertificateFacts, PrivateKeyFacts } from '../certs/types';
import { normalizeFingerprint } from '../plan/fingerprint';
import type { Leg } from '../topology/leg';
import { unusableFor, type Unusable } from './file-usability';
import { presentedKeyRole, presentedRole } from './server-role';
import { isCaCertificate } from '../certs/is-ca-certificate';
import { certificatesOf, keyOf, leafOf, meantLeafOf, type Assignments, type InspectRole, type ShelfFile } from './shelf';

/** A certificate someone presents, from its file: the leaf, what else that file sends, its key. */
export interface Presented {
  readonly role: InspectRole;
  readonly file: string;
  /** What is presented: the file's first certificate (shelf.ts leafOf). */
  readonly leaf: CertificateFacts;
  /** The certificate the file is meant for; another than `leaf` when the file starts with a CA. */
  readonly meant: CertificateFacts;
  readonly bundle: readonly CertificateFacts[];
  readonly keyRole: InspectRole | null;
  readonly keyFile: string | null;
  readonly key: PrivateKeyFacts | null;
}

/** The CAs the verifying side trusts. */
export interface Trusted {
  readonly role: InspectRole;
  readonly file: string | null;
  readonly cas: readonly CertificateFacts[];
  /** Set when trust is a CA trusted fingerprint. */
  readonly fingerprint: string | null;
}

export interface Side {
  readonly purpose: 'serverAuth' | 'clientAuth';
  readonly presented: Presented | null;
  readonly trusted: Trusted | null;
  readonly chain: VerifiedChain | null;
  /** A file on the shelf whose CA would make the chain verify, when the trusted one does not. */
  readonly betterCaFile: string | null;
  /** A file holding an intermediate the presented file lacks. */
  readonly missingIntermediateFile: string | null;
}

/** Everything known about one leg from the files: what each side presents and trusts, verified. */
export interface LegEvidence {
  readonly leg: Leg;
  readonly server: Side;
  readonly client: Side | null;
  /** Roles the verdict needs whose files are not there yet. */
  readonly missing: readonly InspectRole[];
  /** Roles whose files are there but cannot serve them: the connection cannot work (or waits, `not-opened`). */
  readonly unusable: readonly Unusable[];
}

interface Context {
  readonly files: readonly ShelfFile[];
  readonly assignments: Assignments;
  readonly now: Date;
}

const fileOf = (ctx: Context, role: InspectRole | null) => (role ? ctx.files.find((f) => f.id === ctx.assignments[role]) : undefined);

function presented(ctx: Context, role: InspectRole | null, keyRole: InspectRole | null): Presented | null {
  const file = fileOf(ctx, role);
  const leaf = leafOf(file);
  if (!role || !file || !leaf) return null;
  const keyFile = fileOf(ctx, keyRole) ?? (keyOf(file) ? file : undefined);
  // A key the agent cannot load is reported as such (file-unusable), not compared.
  const keyUsable = keyFile !== undefined && !(keyRole && keyFile === fileOf(ctx, keyRole) && unusableFor(keyRole, keyFile));
  return {
    role,
    file: file.decoded.name,
    leaf,
    meant: meantLeafOf(file) ?? leaf,
    bundle: certificatesOf(file).filter((c) => c.sha256Fingerprint !== leaf.sha256Fingerprint),
    keyRole,
    keyFile: keyFile?.decoded.name ?? null,
    key: keyUsable ? keyOf(keyFile) : null,
  };
}

function trusted(ctx: Context, leg: Leg, role: InspectRole | null, side: 'server' | 'client'): Trusted | null {
  if (side === 'server' && leg.trust.kind === 'fingerprint') {
    const fp = normalizeFingerprint(leg.trust.fingerprint);
    const all = ctx.files.flatMap((f) => certificatesOf(f).map((c) => ({ c, f })));
    const hit = fp.ok ? all.find((x) => x.c.sha256Fingerprint === fp.hex) : undefined;
    return { role: leg.trust.role, file: hit?.f.decoded.name ?? null, cas: hit ? [hit.c] : [], fingerprint: fp.ok ? fp.hex : null };
  }
  const file = fileOf(ctx, role);
  if (!role || !file) return null;
  return { role, file: file.decoded.name, cas: certificatesOf(file), fingerprint: null };
}

async function side(ctx: Context, purpose: Side['purpose'], p: Presented | null, t: Trusted | null): Promise<Side> {
  if (!p || !t || t.cas.length === 0) {
    return { purpose, presented: p, trusted: t, chain: null, betterCaFile: null, missingIntermediateFile: null };
  }
  const at = ctx.now;
  const chain = await verifyChain({ leaf: p.leaf, intermediates: [...p.bundle], roots: [...t.cas], at, purpose });
  let betterCaFile: string | null = null;
  let missingIntermediateFile: string | null = null;
  // Past Go's limit no other file makes the search shorter: say so (chain-search-limit), nothing more.
  if (chain.status === 'unknown-authority' && !chain.limitReached) {
    // CA-only files first: "append fleet-intermediate.crt" beats "append another server's bundle".
    const caOnly = (f: ShelfFile) => certificatesOf(f).every(isCaCertificate);
    const others = ctx.files.filter((f) => f.decoded.name !== t.file && certificatesOf(f).length > 0).sort((x, y) => Number(caOnly(y)) - Number(caOnly(x)));
    for (const f of others) {
      // The trusted CA with another file's certificates as intermediates: the server should send them.
      const asIntermediates = await verifyChain({ leaf: p.leaf, intermediates: [...p.bundle, ...certificatesOf(f)], roots: [...t.cas], at, purpose });
      if (asIntermediates.status === 'ok' && f.decoded.name !== p.file) {
        missingIntermediateFile = f.decoded.name;
        break;
      }
    }
    if (!missingIntermediateFile) {
      for (const f of others) {
        const r = await verifyChain({ leaf: p.leaf, intermediates: [...p.bundle], roots: certificatesOf(f), at, purpose });
        if (r.status === 'ok' && f.decoded.name !== p.file) {
          betterCaFile = f.decoded.name;
          break;
        }
      }
    }
  }
  return { purpose, presented: p, trusted: t, chain, betterCaFile, missingIntermediateFile };
}

/** Gathers and verifies the evidence of every leg (signatures through WebCrypto, so async). */
export async function gatherLegEvidence(legs: readonly Leg[], files: readonly ShelfFile[], assignments: Assignments, now: Date): Promise<LegEvidence[]> {
  const ctx: Context = { files, assignments, now };
  const out: LegEvidence[] = [];
  for (const leg of legs) {
    const missing: InspectRole[] = [];
    const unusable: Unusable[] = [];
    const need = (role: InspectRole | null) => {
      if (!role) return;
      const file = fileOf(ctx, role);
      if (!ctx.assignments[role]) {
        if (!missing.includes(role)) missing.push(role);
      } else if (file && !unusable.some((u) => u.role === role)) {
        const why = unusableFor(role, file);
        if (why) unusable.push(why);
      }
    };
    const pRole = presentedRole(leg);
    const kRole = presentedKeyRole(leg);
    const tRole = leg.trust.kind === 'ca' ? leg.trust.role : null;
    if (leg.trust.kind === 'ca' || leg.trust.kind === 'fingerprint') {
      need(pRole);
      need(kRole);
      if (leg.trust.kind === 'ca') need(tRole);
    }
    const server = await side(ctx, 'serverAuth', presented(ctx, pRole, kRole), trusted(ctx, leg, tRole, 'server'));
    let client: Side | null = null;
    if (leg.mutual) {
      need(leg.mutual.clientCert);
      need(leg.mutual.clientKey);
      need(leg.mutual.clientCa);
      client = await side(ctx, 'clientAuth', presented(ctx, leg.mutual.clientCert, leg.mutual.clientKey), trusted(ctx, leg, leg.mutual.clientCa, 'client'));
    }
    out.push({ leg, server, client, missing, unusable });
  }
  return out;
}
