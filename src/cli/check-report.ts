import type { ChainStatus, KeyAlgorithm } from '../domain/certs/types';
import type { Severity } from '../domain/checks/finding';
import type { LegVerdict } from '../domain/verdict/evaluate';
import type { LegId, NodeId, Trust } from '../domain/topology/leg';

/**
 * `fleet-tls check --json`: the contract pipelines rely on, described by
 * docs/check-json.schema.json. These types are written out here, not borrowed from the
 * engine's, so that a change inside the engine cannot change the output unnoticed; a
 * change here bumps CHECK_SCHEMA_VERSION and the schema with it.
 */
export const CHECK_SCHEMA_VERSION = 1;

/**
 * The run as a whole. `pass` and `warn` are ok (exit 0). `incomplete`: nothing fails, but
 * a connection lacks files (without a plan: a certificate has no CA among the files) to
 * be judged (exit 3). `fail`: a connection fails, or a file could not be read or opened
 * (without a plan: a certificate does not chain) (exit 1). `plan-invalid`: the plan has
 * problems and nothing was judged (exit 1). Usage errors exit 2 with no report.
 */
export type CheckStatus = 'pass' | 'warn' | 'incomplete' | 'fail' | 'plan-invalid';
export type CheckExitCode = 0 | 1 | 3;

export const EXIT_CODE: Readonly<Record<CheckStatus, CheckExitCode>> = { pass: 0, warn: 0, incomplete: 3, fail: 1, 'plan-invalid': 1 };
/** Bad options, a plan or password file that cannot be opened: no report. */
export const EXIT_USAGE = 2;

/** Parameters of a code, as the engine gives them (subjects and issuers in RFC 4514 with UTF-8). */
export type Params = Readonly<Record<string, string | number>>;

/**
 * Parameters on the wire: strings and numbers (schema version 1). A yes/no parameter of
 * the engine (a boolean, e.g. san-missing's `ip`) goes out as 1 or 0, as it always has,
 * so pipelines reading the report see no change from the engine's typed parameters.
 */
export function wireParams(params: Readonly<Record<string, string | number | boolean>> | undefined): Params {
  const out: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(params ?? {})) out[k] = typeof v === 'boolean' ? Number(v) : v;
  return out;
}

export interface ProblemReport {
  readonly code: string;
  readonly params: Params;
  readonly message: string;
}

/** Where an item is: which file, which container, which place in it. */
interface ItemPlace {
  readonly file: string;
  readonly container: 'pem' | 'der' | 'pkcs12';
  /** 0-based, in file order. */
  readonly index: number;
}

export interface CertificateReport extends ItemPlace {
  readonly kind: 'certificate';
  /** Lowercase hex SHA-256 of the DER, no separators: every fingerprint in this report. */
  readonly sha256: string;
  /** RFC 4514, UTF-8. */
  readonly subject: string;
  readonly issuer: string;
  readonly commonName: string | null;
  readonly serial: string;
  readonly notBefore: string;
  readonly notAfter: string;
  readonly sans: { readonly dns: readonly string[]; readonly ip: readonly string[]; readonly email: readonly string[]; readonly uri: readonly string[] };
  readonly hasSanExtension: boolean;
  readonly ca: boolean;
  readonly selfIssued: boolean;
  readonly publicKey: { readonly algorithm: KeyAlgorithm; readonly bits: number | null; readonly curve: string | null };
  readonly signatureAlgorithm: string;
  readonly keyUsage: readonly string[];
  readonly extendedKeyUsage: readonly string[];
  /** Lowercase hex SHA-256 of the SubjectPublicKeyInfo DER. */
  readonly spkiSha256: string;
}

export interface KeyReport extends ItemPlace {
  readonly kind: 'private-key';
  readonly format: string;
  readonly encrypted: boolean;
  /** Encrypted, and the password given opened it. */
  readonly opened: boolean;
  readonly algorithm: KeyAlgorithm | 'unknown';
  readonly bits: number | null;
  readonly curve: string | null;
  /** Lowercase hex SHA-256 of the public key's SubjectPublicKeyInfo DER; null while locked. */
  readonly spkiSha256: string | null;
}

export interface FileReport {
  readonly path: string;
  /** Bytes read; the size seen for a file refused as too large; null when unread. */
  readonly size: number | null;
  readonly read: boolean;
  readonly container: 'pem' | 'der' | 'pkcs12' | 'unknown' | null;
  readonly password: { readonly source: 'password-file' | 'environment' | 'none'; readonly file: string | null; readonly trailingNewlineRemoved: boolean };
  /** The roles the file plays (with a plan). */
  readonly roles: readonly string[];
  readonly items: readonly (CertificateReport | KeyReport)[];
  readonly problems: readonly ProblemReport[];
}

export type SideName = 'server' | 'client';

export interface CertificateRef {
  readonly sha256: string;
  readonly subject: string;
  /** The file it was found in. */
  readonly file: string | null;
}

export interface SideReport {
  readonly purpose: 'serverAuth' | 'clientAuth';
  /** What this side presents: its file, the leaf and what else the file sends, its key. */
  readonly presented: {
    readonly role: string;
    readonly file: string;
    readonly leaf: CertificateRef;
    readonly bundle: readonly string[];
    readonly key: {
      readonly role: string | null;
      readonly file: string;
      readonly container: 'pem' | 'der' | 'pkcs12' | 'unknown';
      readonly format: string;
      readonly encrypted: boolean;
      readonly opened: boolean;
    } | null;
  } | null;
  /** What the other end trusts to verify it. */
  readonly trusted: { readonly role: string; readonly file: string | null; readonly fingerprint: string | null; readonly cas: readonly string[] } | null;
  /** The path built from the leaf towards the anchor, as far as it went. */
  readonly chain: {
    readonly status: ChainStatus;
    readonly path: readonly string[];
    readonly anchor: CertificateRef | null;
    readonly failedAt: string | null;
  } | null;
}

export interface FindingReport {
  readonly code: string;
  readonly severity: Severity;
  /** The side whose certificates the finding is about; `both` when it is a file both sides use; null when neither. */
  readonly side: SideName | 'both' | null;
  readonly roles: readonly string[];
  readonly params: Params;
  readonly message: string;
}

export interface ConnectionReport {
  readonly id: LegId;
  readonly name: string;
  readonly verdict: LegVerdict;
  readonly judgedAt: string;
  readonly endpoints: { readonly client: NodeId; readonly server: NodeId };
  readonly dials: readonly string[];
  readonly trust: Trust['kind'];
  readonly mutual: boolean;
  /** Every file this connection's verdict read, as given. */
  readonly files: readonly string[];
  readonly sides: { readonly server: SideReport; readonly client: SideReport | null };
  readonly missing: readonly { readonly role: string; readonly side: SideName }[];
  readonly findings: readonly FindingReport[];
}

export interface PlanFindingReport {
  readonly code: string;
  readonly severity: Severity;
  readonly connection: LegId | null;
  readonly params: Params;
  readonly message: string;
}

export interface PlanIssueReport {
  readonly path: string;
  readonly code: string;
  readonly params: Params;
  readonly message: string;
}

/** Without a plan: one certificate, does it chain to a CA among the files. */
export interface ChainReport {
  readonly file: string;
  readonly index: number;
  readonly sha256: string;
  readonly subject: string;
  readonly issuer: string;
  readonly verdict: 'pass' | 'warn' | 'fail' | 'incomplete';
  /** `no-root-given`: no self-issued CA among the files at all, so nothing to chain to. */
  readonly status: ChainStatus | 'no-root-given';
  readonly path: readonly string[];
  readonly anchor: CertificateRef | null;
  readonly failedAt: string | null;
  /** Whole days from the time judged at until the first certificate of the path expires; negative once expired. */
  readonly expiresInDays: number;
}

export interface CheckReport {
  readonly schemaVersion: typeof CHECK_SCHEMA_VERSION;
  readonly tool: { readonly name: 'fleet-tls'; readonly version: string };
  readonly status: CheckStatus;
  readonly ok: boolean;
  readonly exitCode: CheckExitCode;
  /** ISO 8601 UTC: now, or --at. */
  readonly judgedAt: string;
  readonly plan: { readonly path: string; readonly issues: readonly PlanIssueReport[] } | null;
  readonly files: readonly FileReport[];
  /** With a plan: role → file. */
  readonly assignments: Readonly<Record<string, string>> | null;
  readonly connections: readonly ConnectionReport[] | null;
  /** With a plan: what the plan's own rules notice. */
  readonly watchFor: readonly PlanFindingReport[] | null;
  /** Without a plan. */
  readonly chains: readonly ChainReport[] | null;
}

/** The worst of the verdicts, as the run's status. */
export function statusOf(verdicts: readonly ('pass' | 'warn' | 'fail' | 'incomplete' | 'not-checked')[], fileProblems: boolean): CheckStatus {
  if (fileProblems || verdicts.includes('fail')) return 'fail';
  if (verdicts.includes('incomplete')) return 'incomplete';
  if (verdicts.includes('warn')) return 'warn';
  return 'pass';
}
