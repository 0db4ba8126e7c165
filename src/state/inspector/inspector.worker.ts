/// <reference lib="webworker" />
import { evaluate } from '../../domain/verdict/evaluate';
import { createHeldFiles } from './held-files';
import type { Envelope, InspectorRequest, InspectorResponse } from './inspector-protocol';
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

async function handle(req: InspectorRequest) {
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
  }
}

self.onmessage = (event: MessageEvent<Envelope<InspectorRequest>>) => {
  const { id } = event.data;
  warm
    .then(() => handle(event.data))
    .then(
      (result) => self.postMessage({ id, ok: true, result } satisfies InspectorResponse),
      (error: unknown) => self.postMessage({ id, ok: false, error: error instanceof Error ? error.message : 'inspection failed' } satisfies InspectorResponse),
    );
};
