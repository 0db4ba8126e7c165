/// <reference lib="webworker" />
import { evaluate } from '../../domain/verdict/evaluate';
import { createHeldFiles } from './held-files';
import type { Envelope, InspectorRequest, InspectorResponse } from './inspector-protocol';
import { LAB_CANCELLED } from './lab-protocol';
import { warmUpInspector } from './warm-up-inspector';

/**
 * Certificate parsing and verification, off the main thread. Loaded only when the first
 * file arrives. Holds each file's bytes and facts (./held-files.ts) until the page says to
 * forget it; logs nothing. Answers carry codes, which the page words (ADR 3).
 */
declare const self: DedicatedWorkerGlobalScope;

const files = createHeldFiles();
// Compile the reading and judging paths now, while the files are still on their way
// (ADR 4); a failure here only costs speed. The date is fixed, inside the sample's
// validity: the worker reads no clock.
const warm = warmUpInspector(new Date(Date.UTC(2030, 0, 1))).catch(() => undefined);

/** Labs being made, by request id: a `cancel` marks one stopped. */
const labs = new Map<number, { stopped: boolean }>();

async function handle(id: number, req: InspectorRequest) {
  switch (req.type) {
    case 'decode':
      return files.decode(req.fileId, req.name, new Uint8Array(req.bytes), req.password);
    case 'unlock':
      return files.unlock(req.fileId, req.password);
    case 'hold':
      files.hold(req.fileId, req.name, new Uint8Array(req.bytes), req.decoded);
      return null;
    case 'forget':
      files.forget(req.fileId);
      return null;
    case 'evaluate':
      return evaluate(req.plan, files.shelfFiles(req.fileIds), req.overrides, new Date(req.now));
    case 'make-lab': {
      const job = { stopped: false };
      labs.set(id, job);
      try {
        // The writer (and the ZIP) load with the first lab: most visits never make one.
        const { runLab } = await import('./lab-job');
        if (job.stopped) throw new Error(LAB_CANCELLED);
        return await runLab(
          req,
          (done, total) => self.postMessage({ id, progress: { done, total } } satisfies InspectorResponse),
          () => job.stopped,
        );
      } finally {
        labs.delete(id);
      }
    }
    case 'make-csr': {
      // The writer loads with the first CSR, as with the first lab.
      const { runCsr } = await import('./csr-job');
      return runCsr(req);
    }
    case 'cancel': {
      const job = labs.get(req.of);
      if (job) job.stopped = true;
      return null;
    }
    case 'convert': {
      const file = files.source(req.fileId);
      if (!file) throw new Error('file no longer held');
      // The conversions (and the writer they encrypt with) load with the first one.
      const { convert } = await import('../../domain/certs/convert/convert');
      const input = { ...file, ...(req.password === undefined ? {} : { password: req.password }) };
      return convert(input, req.conversion, req.passphrase === undefined ? {} : { passphrase: req.passphrase });
    }
  }
}

self.onmessage = (event: MessageEvent<Envelope<InspectorRequest>>) => {
  const { id } = event.data;
  warm
    .then(() => handle(id, event.data))
    .then(
      (result) => self.postMessage({ id, ok: true, result } satisfies InspectorResponse),
      (error: unknown) => self.postMessage({ id, ok: false, error: error instanceof Error ? error.message : 'inspection failed' } satisfies InspectorResponse),
    );
};
