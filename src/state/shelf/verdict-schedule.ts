/**
 * When the worker judges the connections again: a pure decision, and a small driver around
 * it that owns the one timer. The shelf store feeds it every change of its own state and
 * every new plan; nothing in React decides timing.
 *
 * The rules, each tested in verdict-schedule.test.ts:
 * - while any file is still being read, nothing is judged (its facts would be missing);
 * - the first judgement, and any change of the files or the role choices, is judged at
 *   once: the user just acted and waits for the answer;
 * - a change of the plan alone (typing) waits PLAN_SETTLE_MS for the typing to settle, and
 *   each keystroke restarts that wait: only the latest plan is judged;
 * - the same inputs again change nothing, and a pending wait keeps its time;
 * - inputs back to those last judged drop the pending wait: that answer is on screen.
 */

/** What a judgement reads. Compared by identity: the store makes a new object for every change. */
export interface JudgeInputs<Plan, Files> {
  readonly plan: Plan;
  /** The files and role choices, as one value the store replaces when either changes. */
  readonly files: Files;
  /** A file is still being read or inspected. */
  readonly reading: boolean;
}

export type Timing = 'same' | 'wait-for-files' | 'now' | 'settle' | 'back-to-judged';

/** Typing in the plan waits this long before the worker judges again; new files do not wait. */
export const PLAN_SETTLE_MS = 150;

/**
 * How to judge `next`, given the inputs of the last judgement (`judged`) and those waiting
 * for the plan to settle (`waiting`), if any.
 */
export function judgementTiming<P, F>(judged: JudgeInputs<P, F> | null, waiting: JudgeInputs<P, F> | null, next: JudgeInputs<P, F>): Timing {
  const latest = waiting ?? judged;
  if (latest && latest.plan === next.plan && latest.files === next.files && latest.reading === next.reading) return 'same';
  if (next.reading) return 'wait-for-files';
  if (!judged || judged.files !== next.files) return 'now';
  if (judged.plan !== next.plan) return 'settle';
  return 'back-to-judged';
}

export interface Timers {
  set(run: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

export const browserTimers: Timers = {
  set: (run, ms) => setTimeout(run, ms),
  clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/** The driver: call `update` with every change; it calls `judge` when the rules say so. */
export function createVerdictSchedule<P, F>(judge: (inputs: JudgeInputs<P, F>) => void, timers: Timers = browserTimers) {
  let judged: JudgeInputs<P, F> | null = null;
  let waiting: { inputs: JudgeInputs<P, F>; handle: unknown } | null = null;

  const cancel = () => {
    if (waiting) timers.clear(waiting.handle);
    waiting = null;
  };
  const run = (inputs: JudgeInputs<P, F>) => {
    cancel();
    judged = inputs;
    judge(inputs);
  };

  return {
    update(next: JudgeInputs<P, F>): Timing {
      const timing = judgementTiming(judged, waiting?.inputs ?? null, next);
      switch (timing) {
        case 'same':
          break;
        // Reading ends with a change of the files, which brings the judgement.
        case 'wait-for-files':
        case 'back-to-judged':
          cancel();
          break;
        case 'now':
          run(next);
          break;
        case 'settle':
          cancel();
          waiting = { inputs: next, handle: timers.set(() => run(next), PLAN_SETTLE_MS) };
          break;
      }
      return timing;
    },
    /** Forget what was judged, so that the next update judges at once (e.g. after the files were cleared). */
    reset() {
      cancel();
      judged = null;
    },
  };
}
