import type { DecodedFile } from '../../domain/certs/types';
import type { AssignmentOverrides, Evaluation } from '../../domain/inspect/evaluate';
import type { ShelfFile } from '../../domain/inspect/shelf';
import type { Plan } from '../../domain/plan/schema';

/**
 * Messages between the page and the inspector worker. Raw file bytes go to the worker
 * and stay there (for a retry with a password); only plain facts come back.
 */
export type InspectorRequest =
  | { readonly type: 'decode'; readonly fileId: string; readonly name: string; readonly bytes: ArrayBuffer; readonly password?: string }
  | { readonly type: 'unlock'; readonly fileId: string; readonly password: string }
  | { readonly type: 'forget'; readonly fileId: string }
  | {
      readonly type: 'evaluate';
      readonly plan: Plan;
      readonly files: readonly ShelfFile[];
      readonly overrides: AssignmentOverrides;
      /** The page's clock, in ms: the worker never reads one itself. */
      readonly now: number;
    };

export interface InspectorResults {
  readonly decode: DecodedFile;
  readonly unlock: DecodedFile;
  readonly forget: null;
  readonly evaluate: Evaluation;
}

export type Envelope<T> = { readonly id: number } & T;

export type InspectorResponse =
  | { readonly id: number; readonly ok: true; readonly result: InspectorResults[keyof InspectorResults] }
  | { readonly id: number; readonly ok: false; readonly error: string };
