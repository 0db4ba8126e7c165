import { describe, expect, it } from 'vitest';
import { createInspector, InspectorRestarted } from './inspector-client';
import type { InspectorResponse } from './inspector-protocol';

/** A stand-in worker that answers out of order, as a real one may. */
function fakeWorker(answer: (msg: { id: number; type: string }) => InspectorResponse) {
  const sent: { msg: unknown; transfer: unknown[] }[] = [];
  let spawned = 0;
  const worker = {
    onmessage: null as ((e: MessageEvent<InspectorResponse>) => void) | null,
    onerror: null as (() => void) | null,
    postMessage(msg: { id: number; type: string }, transfer: unknown[]) {
      sent.push({ msg, transfer });
      const delay = msg.id % 2 === 0 ? 1 : 5;
      setTimeout(() => this.onmessage?.({ data: answer(msg) } as MessageEvent<InspectorResponse>), delay);
    },
  };
  return { spawn: () => (spawned++, worker as unknown as Worker), sent, spawned: () => spawned };
}

describe('createInspector', () => {
  it('spawns the worker on first use only, matches answers to requests, and transfers the bytes', async () => {
    const fake = fakeWorker((m) => ({
      id: m.id,
      ok: true,
      result: { name: `answer ${m.id}`, container: 'pem', items: [], problems: [] },
    }));
    const inspector = createInspector(fake.spawn);
    expect(fake.spawned()).toBe(0);
    const bytes = new ArrayBuffer(4);
    const [a, b] = await Promise.all([inspector.decode('f1', 'a.pem', bytes), inspector.unlock('f1', 'pw')]);
    expect(fake.spawned()).toBe(1);
    expect([a.name, b.name]).toEqual(['answer 1', 'answer 2']);
    expect(fake.sent[0]).toEqual({ msg: { id: 1, type: 'decode', fileId: 'f1', name: 'a.pem', bytes }, transfer: [bytes] });
    expect(fake.sent[1]).toEqual({ msg: { id: 2, type: 'unlock', fileId: 'f1', password: 'pw' }, transfer: [] });
  });

  it('prepare starts the worker ahead of the first request, once; the request then uses it', async () => {
    const fake = fakeWorker((m) => ({ id: m.id, ok: true, result: null }));
    const inspector = createInspector(fake.spawn);
    inspector.prepare();
    inspector.prepare();
    expect(fake.spawned()).toBe(1);
    expect(fake.sent).toEqual([]);
    await inspector.decode('f', 'a.pem', new ArrayBuffer(1));
    expect(fake.spawned()).toBe(1);
    expect(fake.sent).toHaveLength(1);
  });

  it('a failure in the worker rejects that request only', async () => {
    const fake = fakeWorker((m) => (m.type === 'unlock' ? { id: m.id, ok: false, error: 'file no longer held' } : { id: m.id, ok: true, result: null }));
    const inspector = createInspector(fake.spawn);
    await expect(inspector.unlock('gone', 'pw')).rejects.toThrow('file no longer held');
    await expect(inspector.decode('f', 'x', new ArrayBuffer(1))).resolves.toBeNull();
  });

  it('a worker that fails to start fails what was asked, and the next request spawns a new one', async () => {
    const spawned: { onerror: (() => void) | null; postMessage: () => void }[] = [];
    const inspector = createInspector(() => {
      const w = { onmessage: null, onerror: null as (() => void) | null, postMessage() {} };
      spawned.push(w);
      return w as unknown as Worker;
    });
    const asked = inspector.decode('f', 'a.pem', new ArrayBuffer(1));
    spawned[0]?.onerror?.();
    await expect(asked).rejects.toThrow('could not start');
    void inspector.decode('g', 'b.pem', new ArrayBuffer(1));
    expect(spawned).toHaveLength(2);
  });

  it('restart stops the worker, fails what waited for it, and the next request starts a new one; hold transfers the bytes', async () => {
    const workers: { terminated: boolean; sent: unknown[] }[] = [];
    const inspector = createInspector(() => {
      const w = {
        terminated: false,
        sent: [] as unknown[],
        onmessage: null,
        onerror: null,
        postMessage(msg: unknown) {
          this.sent.push(msg);
        },
        terminate() {
          this.terminated = true;
        },
      };
      workers.push(w);
      return w as unknown as Worker;
    });
    inspector.restart(); // nothing running: nothing to stop
    expect(workers).toHaveLength(0);
    const waiting = inspector.unlock('f', 'pw');
    inspector.restart();
    await expect(waiting).rejects.toBeInstanceOf(InspectorRestarted);
    expect(workers[0]?.terminated).toBe(true);
    const bytes = new ArrayBuffer(2);
    const decoded = { name: 'f.p12', container: 'pkcs12' as const, items: [], problems: [] };
    void inspector.hold('f', 'f.p12', bytes, decoded);
    expect(workers).toHaveLength(2);
    expect(workers[1]?.sent).toEqual([{ id: 2, type: 'hold', fileId: 'f', name: 'f.p12', bytes, decoded }]);
  });
});
