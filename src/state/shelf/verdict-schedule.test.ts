import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { createVerdictSchedule, judgementTiming, PLAN_SETTLE_MS, type JudgeInputs, type Timers } from './verdict-schedule';

type Inputs = JudgeInputs<string, string>;
const inputs = (plan: string, files: string, reading = false): Inputs => ({ plan, files, reading });

/** Timers driven by hand: `advance(ms)` runs what falls due, in order. */
function manualTimers() {
  let clock = 0;
  let next = 0;
  const due = new Map<number, { at: number; run: () => void }>();
  const timers: Timers = {
    set: (run, ms) => (due.set(++next, { at: clock + ms, run }), next),
    clear: (handle) => void due.delete(handle as number),
  };
  const advance = (ms: number) => {
    const until = clock + ms;
    for (;;) {
      const first = [...due.entries()].filter(([, t]) => t.at <= until).sort((a, b) => a[1].at - b[1].at)[0];
      if (!first) break;
      due.delete(first[0]);
      clock = first[1].at;
      first[1].run();
    }
    clock = until;
  };
  return { timers, advance, pending: () => due.size };
}

describe('judgementTiming', () => {
  const a = inputs('plan-1', 'files-1');
  test.each([
    { title: 'the first judgement is at once', judged: null, waiting: null, next: a, timing: 'now' },
    { title: 'nothing while a file is read', judged: null, waiting: null, next: inputs('plan-1', 'files-1', true), timing: 'wait-for-files' },
    { title: 'new files are judged at once', judged: a, waiting: null, next: inputs('plan-1', 'files-2'), timing: 'now' },
    { title: 'new files and a new plan together: at once', judged: a, waiting: null, next: inputs('plan-2', 'files-2'), timing: 'now' },
    { title: 'a new plan alone settles first', judged: a, waiting: null, next: inputs('plan-2', 'files-1'), timing: 'settle' },
    { title: 'another keystroke settles again', judged: a, waiting: inputs('plan-2', 'files-1'), next: inputs('plan-3', 'files-1'), timing: 'settle' },
    { title: 'the same inputs change nothing', judged: a, waiting: null, next: inputs('plan-1', 'files-1'), timing: 'same' },
    {
      title: 'the inputs waiting, again: the wait keeps its time',
      judged: a,
      waiting: inputs('plan-2', 'files-1'),
      next: inputs('plan-2', 'files-1'),
      timing: 'same',
    },
    { title: 'back to what was judged drops the wait', judged: a, waiting: inputs('plan-2', 'files-1'), next: a, timing: 'back-to-judged' },
    {
      title: 'files change while the plan settles: at once',
      judged: a,
      waiting: inputs('plan-2', 'files-1'),
      next: inputs('plan-2', 'files-2'),
      timing: 'now',
    },
  ] as const)('$title', ({ judged, waiting, next, timing }) => {
    expect(judgementTiming<string, string>(judged, waiting, next)).toBe(timing);
  });
});

describe('createVerdictSchedule', () => {
  test('typing is judged once, PLAN_SETTLE_MS after the last keystroke, with the last plan', () => {
    const clock = manualTimers();
    const judged: Inputs[] = [];
    const schedule = createVerdictSchedule<string, string>((i) => judged.push(i), clock.timers);
    schedule.update(inputs('p0', 'f'));
    expect(judged.map((i) => i.plan)).toEqual(['p0']);
    for (const plan of ['p1', 'p2', 'p3']) {
      schedule.update(inputs(plan, 'f'));
      clock.advance(PLAN_SETTLE_MS - 1);
    }
    expect(judged.map((i) => i.plan)).toEqual(['p0']);
    clock.advance(1);
    expect(judged.map((i) => i.plan)).toEqual(['p0', 'p3']);
    expect(clock.pending()).toBe(0);
  });

  test('a file that lands while the plan settles is judged at once, with the newest plan, and the wait is dropped', () => {
    const clock = manualTimers();
    const judged: Inputs[] = [];
    const schedule = createVerdictSchedule<string, string>((i) => judged.push(i), clock.timers);
    schedule.update(inputs('p0', 'f0'));
    schedule.update(inputs('p1', 'f0'));
    schedule.update(inputs('p1', 'f1'));
    expect(judged.map((i) => `${i.plan}/${i.files}`)).toEqual(['p0/f0', 'p1/f1']);
    clock.advance(PLAN_SETTLE_MS * 2);
    expect(judged).toHaveLength(2);
  });

  test('nothing is judged while a file is read; the end of reading is judged at once', () => {
    const clock = manualTimers();
    const judged: Inputs[] = [];
    const schedule = createVerdictSchedule<string, string>((i) => judged.push(i), clock.timers);
    schedule.update(inputs('p0', 'f0'));
    schedule.update(inputs('p1', 'f0'));
    schedule.update(inputs('p1', 'f1', true));
    clock.advance(PLAN_SETTLE_MS * 2);
    expect(judged.map((i) => i.files)).toEqual(['f0']);
    schedule.update(inputs('p1', 'f2'));
    expect(judged.map((i) => `${i.plan}/${i.files}`)).toEqual(['p0/f0', 'p1/f2']);
  });

  test('reset judges the next inputs at once, even with the same files', () => {
    const clock = manualTimers();
    const judged: Inputs[] = [];
    const schedule = createVerdictSchedule<string, string>((i) => judged.push(i), clock.timers);
    schedule.update(inputs('p0', 'f0'));
    schedule.reset();
    schedule.update(inputs('p1', 'f0'));
    expect(judged.map((i) => i.plan)).toEqual(['p0', 'p1']);
  });

  // Any sequence of changes and pauses: never a judgement while reading; file changes are
  // judged in the same call; once things settle, what was judged last is what is on screen.
  test('property: the last inputs are always judged, files at once, never while reading', () => {
    const step = fc.record({
      plan: fc.constantFrom('p0', 'p1', 'p2'),
      files: fc.constantFrom('f0', 'f1', 'f2'),
      reading: fc.boolean(),
      pause: fc.constantFrom(0, 10, PLAN_SETTLE_MS - 1, PLAN_SETTLE_MS, 400),
    });
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 25 }), (steps) => {
        const clock = manualTimers();
        const judged: Inputs[] = [];
        const schedule = createVerdictSchedule<string, string>((i) => judged.push(i), clock.timers);
        // Fresh objects for every change, as the store makes them; the same object for "no change".
        let last: Inputs | null = null;
        for (const s of steps) {
          const same: boolean = last !== null && last.plan === s.plan && last.files === s.files && last.reading === s.reading;
          const next: Inputs = same && last ? last : inputs(s.plan, s.files, s.reading);
          const before = judged.length;
          const lastJudged = judged.at(-1);
          schedule.update(next);
          if (!next.reading && lastJudged && lastJudged.files !== next.files) expect(judged.length).toBe(before + 1);
          clock.advance(s.pause);
          last = next;
        }
        clock.advance(PLAN_SETTLE_MS);
        expect(judged.every((i) => !i.reading)).toBe(true);
        if (last && !last.reading) expect(judged.at(-1)).toEqual(last);
        expect(clock.pending()).toBe(0);
      }),
      { numRuns: 500 },
    );
  });
});
