import type { LabSpec } from '../../domain/lab/lab-spec';
import type { InspectRole } from '../../domain/inspect/shelf';
import type { Plan } from '../../domain/plan/schema';

/**
 * What the page asks of a lab: the plan, the certificates to make (the spec the page lists
 * them from: the worker does not carry labSpec a second time, ADR 3) and the user's
 * choices; the clock is the page's.
 */
export interface LabRequest {
  readonly plan: Plan;
  readonly spec: LabSpec;
  readonly validityDays: number;
  /** The passphrase of the keys the plan marks encrypted; empty: one is made up. */
  readonly passphrase: string;
  readonly now: number;
}

/** A file of the lab for the certificate check: its text, the roles it is pinned to, the password that opens it. */
export interface LabCheckFile {
  readonly name: string;
  readonly content: string;
  readonly roles: readonly InspectRole[];
  readonly password?: string;
}

/** A certificate made, as the page lists it. */
export interface LabMadeCertificate {
  readonly id: string;
  readonly commonName: string;
  readonly names: readonly string[];
  readonly eku: readonly string[];
  readonly key: string;
  readonly signedBy: string | null;
  readonly days: number;
}

export interface LabResult {
  /** The ZIP, laid out by host, with its README. */
  readonly zip: ArrayBuffer;
  readonly zipName: string;
  /** Each path in the ZIP (the README lists them with where they go). */
  readonly paths: readonly string[];
  readonly certificates: readonly LabMadeCertificate[];
  readonly checkFiles: readonly LabCheckFile[];
}

/** The failure a cancelled lab answers with. */
export const LAB_CANCELLED = 'lab-cancelled';
