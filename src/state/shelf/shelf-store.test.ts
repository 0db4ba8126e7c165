import { describe, expect, test } from 'vitest';
import type { DecodedFile } from '../../domain/certs/types';
import { defaultPlan } from '../../domain/plan/defaults';
import type { Plan } from '../../domain/plan/schema';
import { textAsFile, type FileLike } from '../../lib/read-file-within-limit';
import { InspectorRestarted, type Inspector } from '../inspector/inspector-client';
import type { Evaluation } from '../../domain/verdict/evaluate';
import { createShelfStore, isReading, shelfFiles } from './shelf-store';

const cert = { kind: 'certificate' } as DecodedFile['items'][number];
const decoded = (name: string, items = [cert]): DecodedFile => ({ name, container: 'pem', items, problems: [] });

/** An inspector that records what it is asked, answering when told to. */
function fakeInspector() {
  const calls: string[] = [];
  const plans: Plan[] = [];
  const waiting: (() => void)[] = [];
  const failing: ((e: Error) => void)[] = [];
  let spawned = false;
  const later = <T>(value: () => T) =>
    new Promise<T>((resolve, reject) => {
      waiting.push(() => resolve(value()));
      failing.push(reject);
    });
  const inspector: Inspector = {
    prepare: () => void calls.push('prepare'),
    decode: (id, name, _bytes, password) => (
      calls.push(`decode ${id} ${name}${password === undefined ? '' : ` with ${password}`}`),
      later(() => decoded(name, name.endsWith('.bin') ? [] : [cert]))
    ),
    unlock: (id, password) => (calls.push(`unlock ${id} ${password}`), later(() => decoded('p.p12'))),
    forget: (id) => void calls.push(`forget ${id}`),
    hold: (id, name, bytes, held) => (calls.push(`hold ${id} ${name} ${new TextDecoder().decode(bytes)} ${held.name}`), Promise.resolve(null)),
    restart: () => {
      calls.push('restart');
      waiting.splice(0);
      for (const reject of failing.splice(0)) reject(new InspectorRestarted());
    },
    makeLab: () => Promise.reject(new Error('no lab here')),
    convert: () => Promise.reject(new Error('no conversion here')),
    makeCsr: () => Promise.reject(new Error('no CSR here')),
    evaluate: (plan, files, overrides) => (
      calls.push(`evaluate ${files.join(',')} ${JSON.stringify(overrides)}`),
      plans.push(plan),
      later((): Evaluation => ({ assignments: {}, legs: [] }))
    ),
  };
  const answerAll = async () => {
    failing.splice(0);
    while (waiting.length) waiting.shift()!();
    await new Promise((r) => setTimeout(r, 0));
  };
  /** Lets the files of `added` be read, answers every request, and waits for the shelf. */
  const settle = async (added: Promise<void>) => {
    await new Promise((r) => setTimeout(r, 0));
    await answerAll();
    await added;
  };
  return { get: () => ((spawned = true), inspector), calls, plans, answerAll, settle, spawned: () => spawned };
}

const big: FileLike = { name: 'huge.bin', size: 50 * 1024 * 1024, arrayBuffer: () => Promise.reject(new Error('must not be read')) };

describe('the shelf store', () => {
  test('files show up at once, reading, and fill in as the worker answers; the panel opens', async () => {
    const fake = fakeInspector();
    const store = createShelfStore(fake.get);
    const done = store.add([textAsFile('a.pem', 'A'), textAsFile('b.pem', 'B')]);
    expect(store.getState().entries.map((e) => [e.id, e.name, isReading(e)])).toEqual([
      ['file-1', 'a.pem', true],
      ['file-2', 'b.pem', true],
    ]);
    expect(store.getState().open).toBe(true);
    await fake.settle(done);
    expect(shelfFiles(store.getState())).toEqual([
      { id: 'file-1', decoded: decoded('a.pem') },
      { id: 'file-2', decoded: decoded('b.pem') },
    ]);
  });

  test('files of known roles (a lab) are pinned to their roles, and a key is opened with its passphrase', async () => {
    const fake = fakeInspector();
    const store = createShelfStore(fake.get);
    store.chooseRole('file-9', 'esCa');
    const done = store.addKnown([
      { file: textAsFile('agent.crt', 'A'), roles: ['agentCert', 'outputCert'] },
      { file: textAsFile('agent.key', 'K'), roles: ['agentKey', 'outputKey'], password: 'lab pass' },
    ]);
    expect(store.getState().overrides).toEqual({ esCa: 'file-9', agentCert: 'file-1', outputCert: 'file-1', agentKey: 'file-2', outputKey: 'file-2' });
    await fake.settle(done);
    expect(fake.calls.filter((c) => c.startsWith('decode'))).toEqual(['decode file-1 agent.crt', 'decode file-2 agent.key with lab pass']);
    // Removing a pinned file frees its roles.
    store.remove('file-2');
    expect(store.getState().overrides).toEqual({ esCa: 'file-9', agentCert: 'file-1', outputCert: 'file-1' });
  });

  test('files on their way start the inspector, and nothing is asked of it yet', () => {
    const fake = fakeInspector();
    const store = createShelfStore(fake.get);
    expect(fake.spawned()).toBe(false);
    store.prepare();
    expect(fake.spawned()).toBe(true);
    expect(fake.calls).toEqual(['prepare']);
    expect(store.getState().entries).toEqual([]);
  });

  test('an oversized file gets the too-large problem without being read or sent to the worker', async () => {
    const fake = fakeInspector();
    const store = createShelfStore(fake.get);
    await store.add([big]);
    expect(store.getState().entries[0]?.decoded?.problems).toEqual([{ code: 'too-large', params: { size: 50 * 1024 * 1024, maxBytes: 5 * 1024 * 1024 } }]);
    expect(store.getState().entries[0]?.problemTexts).toEqual([
      'The file is 50 MB; certificate files are far smaller (the limit is 5 MB). Is it the right file?',
    ]);
    // Nothing readable: no verdicts to ask for, and the worker is never started.
    await store.evaluate(defaultPlan(), new Date());
    store.remove('file-1');
    expect(fake.spawned()).toBe(false);
    expect(store.getState().entries).toEqual([]);
  });

  test('a file the browser cannot read is marked so, and nothing of it reaches the worker', async () => {
    const fake = fakeInspector();
    const store = createShelfStore(fake.get);
    await store.add([{ name: 'moved.pem', size: 10, arrayBuffer: () => Promise.reject(new Error('NotFoundError')) }]);
    expect(store.getState().entries.map((e) => [e.name, e.trouble, e.decoded])).toEqual([['moved.pem', 'unreadable', null]]);
    expect(fake.calls).toEqual(['prepare']);
  });

  test('the inspector starts before the files are shown (it loads while the page renders them)', async () => {
    const fake = fakeInspector();
    const store = createShelfStore(fake.get);
    const seenAtFirstShow: string[][] = [];
    store.subscribe(() => void (seenAtFirstShow.length === 0 && seenAtFirstShow.push([...fake.calls])));
    const done = store.add([textAsFile('a.pem', 'A')]);
    expect(seenAtFirstShow).toEqual([['prepare']]);
    await fake.settle(done);
  });

  test('removing a file forgets it in the worker and drops the choices that named it', async () => {
    const fake = fakeInspector();
    const store = createShelfStore(fake.get);
    const done = store.add([textAsFile('a.pem', 'A'), textAsFile('b.pem', 'B')]);
    await fake.settle(done);
    store.setOverrides({ fleetServerCert: 'file-1', fleetServerCa: 'file-2', agentCa: null });
    store.remove('file-1');
    expect(store.getState().overrides).toEqual({ fleetServerCa: 'file-2', agentCa: null });
    expect(store.getState().entries.map((e) => e.name)).toEqual(['b.pem']);
    expect(fake.calls).toContain('forget file-1');
  });

  test('a password is tried on the file the worker holds', async () => {
    const fake = fakeInspector();
    const store = createShelfStore(fake.get);
    const done = store.add([textAsFile('p.p12', 'P')]);
    await fake.settle(done);
    const unlocking = store.unlock('file-1', 'secret');
    expect(store.getState().entries[0]?.unlocking).toBe(true);
    await fake.answerAll();
    await unlocking;
    expect(fake.calls).toContain('unlock file-1 secret');
    expect(store.getState().entries[0]).toMatchObject({ unlocking: false, decoded: decoded('p.p12') });
  });

  test('only the latest evaluation is kept, with the model it judged', async () => {
    const fake = fakeInspector();
    const store = createShelfStore(fake.get);
    const done = store.add([textAsFile('a.pem', 'A')]);
    await fake.settle(done);
    store.setOverrides({ fleetServerCert: 'file-1' });
    const first = store.evaluate(defaultPlan('on-prem'), new Date());
    const second = store.evaluate(defaultPlan('cloud-fleet-proxy'), new Date());
    await fake.answerAll();
    await Promise.all([first, second]);
    expect(store.getState().evaluation?.model).toBe('cloud-fleet-proxy');
    expect(fake.calls.filter((c) => c.startsWith('evaluate'))).toEqual([
      'evaluate file-1 {"fleetServerCert":"file-1"}',
      'evaluate file-1 {"fleetServerCert":"file-1"}',
    ]);
  });

  test('the worker answers in codes; the shelf words the file problems, connections and findings as they arrive', async () => {
    const fake = fakeInspector();
    const finding = { code: 'file-missing', severity: 'info', leg: 'agent-fleet', roles: ['fleetServerKey'], params: { role: 'fleetServerKey' } } as const;
    const inspector = (): Inspector => ({
      ...fake.get(),
      decode: (_id, name) => Promise.resolve({ ...decoded(name), problems: [{ code: 'password-needed' }] }),
      evaluate: () => Promise.resolve({ assignments: {}, legs: [{ id: 'agent-fleet', verdict: 'incomplete', findings: [finding] }] }),
    });
    const published: unknown[] = [];
    const store = createShelfStore(inspector, { publish: (v) => published.push(v) });
    await store.add([textAsFile('a.p12', 'A')]);
    expect(store.getState().entries[0]?.problemTexts).toEqual(['This file is encrypted: enter its password or passphrase to open it.']);
    await store.evaluate(defaultPlan('on-prem'), new Date());
    expect(store.getState().evaluation?.result.legs).toEqual([
      {
        id: 'agent-fleet',
        name: 'Agents → Fleet Server',
        verdict: 'incomplete',
        findings: [{ ...finding, text: 'Add the Fleet Server key to check this connection.' }],
      },
    ]);
    expect(published).toEqual([{ model: 'on-prem', verdicts: { 'agent-fleet': 'incomplete' }, names: { 'agent-fleet': 'Agents → Fleet Server' } }]);
  });

  test('the plan goes to the worker without the tokens typed into it', async () => {
    const fake = fakeInspector();
    const store = createShelfStore(fake.get);
    const done = store.add([textAsFile('a.pem', 'A')]);
    await fake.settle(done);
    const plan = defaultPlan();
    plan.secrets = { enrollmentToken: 'enroll-secret', serviceToken: 'service-secret' };
    const judged = store.evaluate(plan, new Date());
    await fake.answerAll();
    await judged;
    expect(fake.plans[0]?.secrets).toEqual({ enrollmentToken: '', serviceToken: '' });
    expect({ ...fake.plans[0], secrets: plan.secrets }).toEqual(plan);
  });

  test('a worker that fails marks the file, and the others stay', async () => {
    const fake = fakeInspector();
    const failing = {
      ...fake.get(),
      decode: (id: string, name: string) => (name === 'bad.pem' ? Promise.reject(new Error('boom')) : fake.get().decode(id, name, new ArrayBuffer(0))),
    };
    const store = createShelfStore(() => failing);
    const done = store.add([textAsFile('bad.pem', 'X'), textAsFile('good.pem', 'Y')]);
    await fake.settle(done);
    expect(store.getState().entries.map((e) => [e.name, e.trouble, e.decoded?.name ?? null])).toEqual([
      ['bad.pem', 'inspect-failed', null],
      ['good.pem', null, 'good.pem'],
    ]);
  });

  test('“not used” keeps a file out of the evidence, so its roles stay open, also after it is removed', async () => {
    const fake = fakeInspector();
    const store = createShelfStore(fake.get);
    const done = store.add([textAsFile('wrong.pem', 'W'), textAsFile('right.pem', 'R')]);
    await fake.settle(done);
    store.chooseRole('file-1', 'fleetServerCert');
    store.chooseRole('file-1', 'none');
    expect([store.getState().overrides, store.getState().unused]).toEqual([{}, ['file-1']]);
    expect(shelfFiles(store.getState()).map((f) => f.id)).toEqual(['file-2']);
    store.remove('file-1');
    expect([store.getState().overrides, store.getState().unused]).toEqual([{}, []]);
    store.chooseRole('file-2', 'fleetServerCert');
    expect(store.getState().overrides).toEqual({ fleetServerCert: 'file-2' });
  });

  describe('it judges by itself once it knows the plan, and publishes its verdicts', () => {
    /** Timers run by hand, so the settle delay is a step of the test, not a wait. */
    function handTimers() {
      const due = new Map<number, () => void>();
      let next = 0;
      return {
        timers: { set: (run: () => void) => (due.set(++next, run), next), clear: (h: unknown) => void due.delete(h as number) },
        fire: () => {
          const runs = [...due.values()];
          due.clear();
          runs.forEach((run) => run());
        },
        live: () => due.size,
      };
    }

    test('files landing are judged at once; typing waits for the timer; each answer is published', async () => {
      const fake = fakeInspector();
      const clock = handTimers();
      const published: unknown[] = [];
      const store = createShelfStore(fake.get, { timers: clock.timers, publish: (v) => published.push(v), now: () => new Date(0) });
      const plan = defaultPlan();
      store.setPlan(plan);
      const evaluations = () => fake.calls.filter((c) => c.startsWith('evaluate'));
      // The plan alone, no files: nothing to judge, the worker is not started.
      expect(fake.spawned()).toBe(false);

      await fake.settle(store.add([textAsFile('a.pem', 'A')]));
      expect(evaluations()).toEqual(['evaluate file-1 {}']);
      await fake.answerAll();
      expect(published).toEqual([{ model: 'on-prem', verdicts: {}, names: {} }]);

      // Typing: three plans, one timer standing, nothing asked until it fires, then the last plan.
      const typed = ['a', 'ab', 'abc'].map((title) => ({ ...plan, title }));
      for (const p of typed) store.setPlan(p);
      expect(clock.live()).toBe(1);
      expect(evaluations()).toHaveLength(1);
      clock.fire();
      expect(evaluations()).toHaveLength(2);
      expect(fake.plans.at(-1)?.title).toBe('abc');

      // A role choice is judged in the same call, without the timer.
      store.chooseRole('file-1', 'fleetServerCa');
      expect(evaluations().at(-1)).toBe('evaluate file-1 {"fleetServerCa":"file-1"}');
      expect(clock.live()).toBe(0);

      // The last file removed: the verdicts go, and the diagrams hear it.
      store.remove('file-1');
      expect(store.getState().evaluation).toBeNull();
      expect(published.at(-1)).toBeNull();
    });

    test('nothing is judged while a file is still read', async () => {
      const fake = fakeInspector();
      const clock = handTimers();
      const store = createShelfStore(fake.get, { timers: clock.timers });
      store.setPlan(defaultPlan());
      const done = store.add([textAsFile('a.pem', 'A'), textAsFile('b.pem', 'B')]);
      store.setPlan({ ...defaultPlan(), title: 'typed while reading' });
      clock.fire();
      expect(fake.calls.filter((c) => c.startsWith('evaluate'))).toEqual([]);
      await fake.settle(done);
      expect(fake.calls.filter((c) => c.startsWith('evaluate'))).toEqual(['evaluate file-1,file-2 {}']);
      expect(fake.plans.at(-1)?.title).toBe('typed while reading');
    });
  });

  test('stopping a file being read restarts the worker; the others go to the new one with their facts', async () => {
    const fake = fakeInspector();
    const store = createShelfStore(fake.get);
    const done = store.add([textAsFile('a.pem', 'A'), textAsFile('b.p12', 'B')]);
    await fake.settle(done);
    const unlocked = store.unlock('file-2', 'secret');
    await fake.answerAll();
    await unlocked;
    const evaluated = store.evaluate(defaultPlan(), new Date());
    await fake.answerAll();
    await evaluated;
    const slow = store.add([textAsFile('slow.pem', 'S'), textAsFile('c.pem', 'C')]);
    await new Promise((r) => setTimeout(r, 0));
    fake.calls.splice(0);
    await store.stop('file-3');
    expect(fake.calls.slice(0, 3)).toEqual(['restart', 'hold file-1 a.pem A a.pem', 'hold file-2 b.p12 B p.p12']);
    // A file the stopped worker was still reading is read again; the stopped one is not.
    expect(fake.calls).toContain('decode file-4 c.pem');
    expect(fake.calls.filter((c) => c.includes('slow.pem'))).toEqual([]);
    await fake.answerAll();
    await slow;
    const entries = store.getState().entries.map((e) => [e.name, e.trouble, e.decoded?.name ?? null]);
    expect(entries).toEqual([
      ['a.pem', null, 'a.pem'],
      ['b.p12', null, 'p.p12'],
      ['slow.pem', 'stopped', null],
      ['c.pem', null, 'c.pem'],
    ]);
    // The verdicts stay until the new worker gives its own.
    expect(store.getState().evaluation).not.toBeNull();
    // The stopped file is no longer in the worker: removing it asks nothing of it.
    fake.calls.splice(0);
    store.remove('file-3');
    expect(fake.calls).toEqual([]);
  });

  test('stopping a file being opened keeps it as it was, closed, and its bytes go to the new worker for another try', async () => {
    const fake = fakeInspector();
    const store = createShelfStore(fake.get);
    const done = store.add([textAsFile('p.p12', 'P')]);
    await fake.settle(done);
    void store.unlock('file-1', 'slow-password');
    await store.stop('file-1');
    expect(fake.calls.slice(-2)).toEqual(['restart', 'hold file-1 p.p12 P p.p12']);
    expect(store.getState().entries[0]).toMatchObject({ unlocking: false, trouble: null, decoded: decoded('p.p12') });
  });

  test('a password tried while the new worker is given the files waits for its file to be there', async () => {
    const fake = fakeInspector();
    const store = createShelfStore(fake.get);
    await fake.settle(store.add([textAsFile('b.p12', 'B')]));
    const slow = store.add([textAsFile('slow.pem', 'S')]);
    await new Promise((r) => setTimeout(r, 0));
    const stopped = store.stop('file-2');
    const unlocked = store.unlock('file-1', 'secret');
    await stopped;
    await fake.answerAll();
    await Promise.all([unlocked, slow]);
    const at = (call: string) => fake.calls.findIndex((c) => c.startsWith(call));
    expect(at('hold file-1')).toBeGreaterThan(at('restart'));
    expect(at('unlock file-1 secret')).toBeGreaterThan(at('hold file-1'));
    expect(store.getState().entries[0]).toMatchObject({ unlocking: false, trouble: null });
  });

  test('stopping a file that is not busy does nothing', async () => {
    const fake = fakeInspector();
    const store = createShelfStore(fake.get);
    const done = store.add([textAsFile('a.pem', 'A')]);
    await fake.settle(done);
    await store.stop('file-1');
    expect(fake.calls).not.toContain('restart');
  });
});
