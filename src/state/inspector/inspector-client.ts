import type { AssignmentOverrides, Evaluation } from '../../domain/verdict/evaluate';
import type { ConversionCode, ConvertResult } from '../../domain/certs/convert/types';
import type { DecodedFile } from '../../domain/certs/types';
import type { CsrRequest, MadeCsr } from '../../domain/certs/write/make-csr';
import type { Plan } from '../../domain/plan/schema';
import type { Envelope, InspectorRequest, InspectorResponse } from './inspector-protocol';
import { LAB_CANCELLED, type LabRequest, type LabResult } from './lab-protocol';

export interface Inspector {
  /** Starts the worker (and the parser in it) ahead of a request: files are on their way. */
  prepare(): void;
  decode(fileId: string, name: string, bytes: ArrayBuffer, password?: string): Promise<DecodedFile>;
  unlock(fileId: string, password: string): Promise<DecodedFile>;
  forget(fileId: string): void;
  /** Gives a new worker a file the last one held, with the facts it had decoded (see the protocol). */
  hold(fileId: string, name: string, bytes: ArrayBuffer, decoded: DecodedFile): Promise<null>;
  /**
   * Stops the worker in whatever it is doing (a file whose key derivation takes long): every
   * request waiting for it fails with InspectorRestarted, and the next request starts a new
   * worker, which holds no file until it is given them again.
   */
  restart(): void;
  /** Judges the plan's connections with the files of these ids, as the worker last decoded them. */
  evaluate(plan: Plan, fileIds: readonly string[], overrides: AssignmentOverrides, now: Date): Promise<Evaluation>;
  /**
   * Makes a lab PKI in the worker, telling `onProgress` after each key pair. Aborting
   * `signal` stops it between key pairs: the promise rejects with LabCancelled at once.
   */
  makeLab(request: LabRequest, onProgress: (done: number, total: number) => void, signal: AbortSignal): Promise<LabResult>;
  /** Converts a file the worker holds; the password opens it, the passphrase encrypts a key; neither is kept. */
  convert(fileId: string, conversion: ConversionCode, secrets?: { readonly password?: string; readonly passphrase?: string }): Promise<ConvertResult>;
  /** Makes a key pair and its CSR in the worker; the key exists only in the answer. */
  makeCsr(request: CsrRequest): Promise<MadeCsr>;
}

/** Why a lab failed: its caller stopped it. */
export class LabCancelled extends Error {
  constructor() {
    super('the lab was cancelled');
  }
}

/** Why a request failed: the worker was stopped by `restart` before it answered. */
export class InspectorRestarted extends Error {
  constructor() {
    super('the certificate inspector was restarted');
  }
}

/** A promise-based client over a worker; `spawn` is passed in so that tests can use a fake. */
export function createInspector(spawn: () => Worker): Inspector {
  let worker: Worker | null = null;
  let next = 1;
  const pending = new Map<number, { resolve: (v: never) => void; reject: (e: Error) => void; progress?: (done: number, total: number) => void }>();

  const start = (): Worker => {
    if (!worker) {
      worker = spawn();
      worker.onmessage = (event: MessageEvent<InspectorResponse>) => {
        const data = event.data;
        const waiting = pending.get(data.id);
        if (!waiting) return;
        if ('progress' in data) return void waiting.progress?.(data.progress.done, data.progress.total);
        pending.delete(data.id);
        if (data.ok) waiting.resolve(data.result as never);
        else waiting.reject(data.error === LAB_CANCELLED ? new LabCancelled() : new Error(data.error));
      };
      // A worker that cannot start (its file failed to load) would leave every request
      // waiting for ever: fail them, and spawn afresh on the next request.
      worker.onerror = () => {
        for (const waiting of pending.values()) waiting.reject(new Error('the certificate inspector could not start'));
        pending.clear();
        worker = null;
      };
    }
    return worker;
  };

  const send = <T>(req: InspectorRequest, transfer: Transferable[] = [], progress?: (done: number, total: number) => void) => {
    const running = start();
    const id = next++;
    const answer = new Promise<T>((resolve, reject) => {
      pending.set(id, { resolve: resolve as (v: never) => void, reject, ...(progress ? { progress } : {}) });
      running.postMessage({ id, ...req } satisfies Envelope<InspectorRequest>, transfer);
    });
    return { id, answer };
  };
  const call = <T>(req: InspectorRequest, transfer: Transferable[] = []): Promise<T> => send<T>(req, transfer).answer;

  return {
    prepare: () => void start(),
    decode: (fileId, name, bytes, password) => call({ type: 'decode', fileId, name, bytes, ...(password === undefined ? {} : { password }) }, [bytes]),
    unlock: (fileId, password) => call({ type: 'unlock', fileId, password }),
    forget: (fileId) => void call({ type: 'forget', fileId }),
    hold: (fileId, name, bytes, decoded) => call({ type: 'hold', fileId, name, bytes, decoded }, [bytes]),
    restart() {
      if (!worker) return;
      worker.terminate();
      worker = null;
      const waiting = [...pending.values()];
      pending.clear();
      for (const w of waiting) w.reject(new InspectorRestarted());
    },
    evaluate: (plan, fileIds, overrides, now) => call({ type: 'evaluate', plan, fileIds, overrides, now: now.getTime() }),
    makeLab(request, onProgress, signal) {
      if (signal.aborted) return Promise.reject(new LabCancelled());
      const { id, answer } = send<LabResult>({ type: 'make-lab', ...request }, [], onProgress);
      // The page stops waiting at once; the worker stops before its next key pair.
      const cancelled = new Promise<never>((_, reject) =>
        signal.addEventListener(
          'abort',
          () => {
            const waiting = pending.get(id);
            pending.delete(id);
            if (waiting) void call({ type: 'cancel', of: id }).catch(() => undefined);
            reject(new LabCancelled());
          },
          { once: true },
        ),
      );
      return Promise.race([answer, cancelled]);
    },
    convert: (fileId, conversion, secrets = {}) =>
      call({
        type: 'convert',
        fileId,
        conversion,
        ...(secrets.password === undefined ? {} : { password: secrets.password }),
        ...(secrets.passphrase === undefined ? {} : { passphrase: secrets.passphrase }),
      }),
    makeCsr: (request) => call({ type: 'make-csr', ...request }),
  };
}

let shared: Inspector | null = null;

/** The app's inspector: the worker (and the parser inside it) loads on first use. */
export function getInspector(): Inspector {
  shared ??= createInspector(() => new Worker(new URL('./inspector.worker.ts', import.meta.url), { type: 'module', name: 'certificate-inspector' }));
  return shared;
}
