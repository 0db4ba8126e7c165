/// <reference lib="webworker" />
import { decodeFile } from '../../domain/certs/decode-file';
import { evaluate } from '../../domain/inspect/evaluate';
import type { Envelope, InspectorRequest, InspectorResponse } from './inspector-protocol';
import { wordEvaluation, wordFile } from './word-results';

/**
 * Certificate parsing and verification, off the main thread. Loaded only when the first
 * file arrives. Holds each file's bytes (so a password can be tried later) until the page
 * says to forget it; logs nothing. Answers carry the engine's words with its codes.
 */
declare const self: DedicatedWorkerGlobalScope;

const bytesById = new Map<string, { name: string; bytes: Uint8Array }>();

async function handle(req: InspectorRequest) {
  switch (req.type) {
    case 'decode': {
      const bytes = new Uint8Array(req.bytes);
      bytesById.set(req.fileId, { name: req.name, bytes });
      return wordFile(await decodeFile({ name: req.name, bytes, ...(req.password === undefined ? {} : { password: req.password }) }));
    }
    case 'unlock': {
      const held = bytesById.get(req.fileId);
      if (!held) throw new Error('file no longer held');
      return wordFile(await decodeFile({ name: held.name, bytes: held.bytes, password: req.password }));
    }
    case 'forget':
      bytesById.delete(req.fileId);
      return null;
    case 'evaluate':
      return wordEvaluation(await evaluate(req.plan, req.files, req.overrides, new Date(req.now)));
  }
}

self.onmessage = (event: MessageEvent<Envelope<InspectorRequest>>) => {
  const { id } = event.data;
  handle(event.data).then(
    (result) => self.postMessage({ id, ok: true, result } satisfies InspectorResponse),
    (error: unknown) => self.postMessage({ id, ok: false, error: error instanceof Error ? error.message : 'inspection failed' } satisfies InspectorResponse),
  );
};
