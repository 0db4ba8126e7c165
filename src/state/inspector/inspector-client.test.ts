import { describe, expect, it } from 'vitest';
import { createInspector, InspectorRestarted, LabCancelled } from './inspector-client';
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

describe('createInspector: labs', () => {
  const request = {
    plan: {} as never,
    spec: { cas: [], leaves: [], problems: [] },
    validityDays: 30,
    passphrase: '',
    now: 0,
  };
  /** A worker that reports progress twice, then answers, unless it was told to cancel first. */
  function labWorker() {
    const sent: { id: number; type: string; of?: number }[] = [];
    let onmessage: ((e: MessageEvent<InspectorResponse>) => void) | null = null;
    const post = (data: InspectorResponse) => onmessage?.({ data } as MessageEvent<InspectorResponse>);
    const worker = {
      set onmessage(f: typeof onmessage) {
        onmessage = f;
      },
      onerror: null,
      postMessage(msg: { id: number; type: string; of?: number }) {
        sent.push(msg);
        if (msg.type === 'make-lab') {
          setTimeout(() => post({ id: msg.id, progress: { done: 1, total: 2 } }), 1);
          setTimeout(() => post({ id: msg.id, progress: { done: 2, total: 2 } }), 2);
          setTimeout(() => post({ id: msg.id, ok: true, result: { zipName: 'lab.zip' } as never }), 3);
        } else post({ id: msg.id, ok: true, result: null });
      },
    };
    return { spawn: () => worker as unknown as Worker, sent };
  }

  it('routes the worker’s progress to the caller, then resolves with the lab', async () => {
    const fake = labWorker();
    const seen: string[] = [];
    const result = await createInspector(fake.spawn).makeLab(request, (done, total) => seen.push(`${done}/${total}`), new AbortController().signal);
    expect(seen).toEqual(['1/2', '2/2']);
    expect(result.zipName).toBe('lab.zip');
    expect(fake.sent.map((m) => m.type)).toEqual(['make-lab']);
  });

  it('aborting rejects at once with LabCancelled and tells the worker to stop that lab', async () => {
    const fake = labWorker();
    const controller = new AbortController();
    const seen: string[] = [];
    const made = createInspector(fake.spawn).makeLab(request, (done) => seen.push(String(done)), controller.signal);
    controller.abort();
    await expect(made).rejects.toBeInstanceOf(LabCancelled);
    expect(fake.sent.map((m) => [m.type, m.of])).toEqual([
      ['make-lab', undefined],
      ['cancel', 1],
    ]);
    await new Promise((r) => setTimeout(r, 10));
    expect(seen).toEqual([]); // progress of a cancelled lab is no longer reported
  });
});

describe('createInspector: conversions', () => {
  it('asks the worker to convert a held file, with the password and passphrase only when given, and answers its result', async () => {
    const result = { kind: 'refused', refusal: { code: 'password-wrong' } } as const;
    const fake = fakeWorker((m) => ({ id: m.id, ok: true, result }));
    const inspector = createInspector(fake.spawn);
    await expect(inspector.convert('f1', 'pkcs12-to-pem', { password: 'pw' })).resolves.toEqual(result);
    await inspector.convert('f2', 'encrypt-key', { passphrase: 'ph' });
    await inspector.convert('f3', 'to-pkcs8');
    expect(fake.sent.map((s) => s.msg)).toEqual([
      { id: 1, type: 'convert', fileId: 'f1', conversion: 'pkcs12-to-pem', password: 'pw' },
      { id: 2, type: 'convert', fileId: 'f2', conversion: 'encrypt-key', passphrase: 'ph' },
      { id: 3, type: 'convert', fileId: 'f3', conversion: 'to-pkcs8' },
    ]);
  });

  it('a file the worker no longer holds fails the conversion', async () => {
    const fake = fakeWorker((m) => ({ id: m.id, ok: false, error: 'file no longer held' }));
    await expect(createInspector(fake.spawn).convert('gone', 'to-pkcs8')).rejects.toThrow('file no longer held');
  });
});

describe('makeCsr', () => {
  it('asks the worker for make-csr with the request, and resolves with its CSR and key', async () => {
    const made = { csrPem: '-----BEGIN CERTIFICATE REQUEST-----', keyPem: '-----BEGIN PRIVATE KEY-----' };
    const fake = fakeWorker((m) => ({ id: m.id, ok: true, result: made }));
    const request = {
      commonName: 'fleet',
      dns: ['fleet.example.com'],
      ips: [],
      eku: ['serverAuth' as const],
      keyType: { kind: 'EC' as const, curve: 'P-256' as const },
    };
    await expect(createInspector(fake.spawn).makeCsr(request)).resolves.toEqual(made);
    expect(fake.sent).toEqual([{ msg: { id: 1, type: 'make-csr', ...request }, transfer: [] }]);
  });
});
