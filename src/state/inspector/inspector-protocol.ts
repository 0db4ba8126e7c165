import type { ConversionCode, ConvertResult } from '../../domain/certs/convert/types';
import type { DecodedFile } from '../../domain/certs/types';
import type { CsrRequest, MadeCsr } from '../../domain/certs/write/make-csr';
import type { AssignmentOverrides, Evaluation } from '../../domain/verdict/evaluate';
import type { Plan } from '../../domain/plan/schema';
import type { LabRequest, LabResult } from './lab-protocol';

/**
 * Messages between the page and the inspector worker. Raw file bytes go to the worker
 * and stay there (for a retry with a password) with their facts; only plain facts come back.
 *
 * Findings and file problems come back as codes with parameters: the page words them
 * (./word-results.ts), so the worker carries no catalogue. See ADR 3.
 */
export type InspectorRequest =
  | { readonly type: 'decode'; readonly fileId: string; readonly name: string; readonly bytes: ArrayBuffer; readonly password?: string }
  | { readonly type: 'unlock'; readonly fileId: string; readonly password: string }
  /**
   * A file the page read before, with what the worker had decoded of it: a worker started
   * afresh (the last one was stopped in the middle of a file) holds the others again
   * without reading them again, and without any password they were opened with.
   */
  | { readonly type: 'hold'; readonly fileId: string; readonly name: string; readonly bytes: ArrayBuffer; readonly decoded: DecodedFile }
  | { readonly type: 'forget'; readonly fileId: string }
  | {
      readonly type: 'evaluate';
      readonly plan: Plan;
      /**
       * The files to judge, by id, in the shelf's order: the worker holds what it decoded of
       * each, so a bundle of hundreds of certificates does not cross back for every verdict.
       */
      readonly fileIds: readonly string[];
      readonly overrides: AssignmentOverrides;
      /** The page's clock, in ms: the worker never reads one itself. */
      readonly now: number;
    }
  /** Makes a lab PKI for the plan (./lab-job.ts, loaded with the first lab); progress comes as `InspectorProgress`. */
  | ({ readonly type: 'make-lab' } & LabRequest)
  /** Makes a key pair and its CSR (./csr-job.ts, loaded with the first); the key comes back to the page only. */
  | ({ readonly type: 'make-csr' } & CsrRequest)
  /** Stops the lab asked by request `of`: its answer is a failure, `LAB_CANCELLED`. */
  | { readonly type: 'cancel'; readonly of: number }
  /** Converts a held file (the domain's `convert`, loaded with the first conversion); the password and passphrase serve this request only. */
  | { readonly type: 'convert'; readonly fileId: string; readonly conversion: ConversionCode; readonly password?: string; readonly passphrase?: string };

export interface InspectorResults {
  readonly decode: DecodedFile;
  readonly unlock: DecodedFile;
  readonly hold: null;
  readonly forget: null;
  readonly evaluate: Evaluation;
  readonly 'make-lab': LabResult;
  readonly 'make-csr': MadeCsr;
  readonly cancel: null;
  readonly convert: ConvertResult;
}

export type Envelope<T> = { readonly id: number } & T;

export type InspectorResponse =
  | { readonly id: number; readonly ok: true; readonly result: InspectorResults[keyof InspectorResults] }
  | { readonly id: number; readonly ok: false; readonly error: string }
  /** Work done so far on request `id` (a lab's keys), before its answer. */
  | { readonly id: number; readonly progress: { readonly done: number; readonly total: number } };
