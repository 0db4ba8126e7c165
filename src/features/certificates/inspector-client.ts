import type { DecodedFile } from '../../domain/certs/types';
import type { AssignmentOverrides, Evaluation } from '../../domain/inspect/evaluate';
import type { ShelfFile } from '../../domain/inspect/shelf';
import type { Plan } from '../../domain/plan/schema';
import type { Envelope, InspectorRequest, InspectorResponse } from './inspector-protocol';

export interface Inspector {
  decode(fileId: string, name: string, bytes: ArrayBuffer, password?: string): Promise<DecodedFile>;
  unlock(fileId: string, password: string): Promise<DecodedFile>;
  forget(fileId: string): void;
  evaluate(plan: Plan, files: readonly ShelfFile[], overrides: AssignmentOverrides, now: Date): Promise<Evaluation>;
}

/** A promise-based client over a worker; `spawn` is passed in so that tests can use a fake. */
export function createInspector(spawn: () => Worker): Inspector {
  let worker: Worker | null = null;
  let next = 1;
  const pending = new Map<number, { resolve: (v: never) => void; reject: (e: Error) => void }>();

  const call = <T>(req: InspectorRequest, transfer: Transferable[] = []): Promise<T> => {
    if (!worker) {
      worker = spawn();
      worker.onmessage = (event: MessageEvent<InspectorResponse>) => {
        const waiting = pending.get(event.data.id);
        if (!waiting) return;
        pending.delete(event.data.id);
        if (event.data.ok) waiting.resolve(event.data.result as never);
        else waiting.reject(new Error(event.data.error));
      };
    }
    const id = next++;
    return new Promise<T>((resolve, reject) => {
      pending.set(id, { resolve: resolve as (v: never) => void, reject });
      worker!.postMessage({ id, ...req } satisfies Envelope<InspectorRequest>, transfer);
    });
  };

  return {
    decode: (fileId, name, bytes, password) =>
      call({ type: 'decode', fileId, name, bytes, ...(password === undefined ? {} : { password }) }, [bytes]),
    unlock: (fileId, password) => call({ type: 'unlock', fileId, password }),
    forget: (fileId) => void call({ type: 'forget', fileId }),
    evaluate: (plan, files, overrides, now) => call({ type: 'evaluate', plan, files, overrides, now: now.getTime() }),
  };
}

let shared: Inspector | null = null;

/** The app's inspector: the worker (and the parser inside it) loads on first use. */
export function getInspector(): Inspector {
  shared ??= createInspector(() => new Worker(new URL('./inspector.worker.ts', import.meta.url), { type: 'module', name: 'certificate-inspector' }));
  return shared;
}
