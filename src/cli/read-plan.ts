import { PLAN_LIMITS } from '../domain/plan/limits';
import { openPlan } from '../domain/plan/open-plan';
import { PLAN_VERSION } from '../domain/plan/plan-version';
import type { Plan } from '../domain/plan/schema';
import { openPlanErrorText, openPlanNotices } from '#words/ui-plan-file';
import type { Io } from './io';
import { readRefusal } from './read-refusal';

/** Reads and opens a plan file, or says why not (on stderr) and returns null. */
export function readPlan(file: string, io: Io): Plan | null {
  // A plan is a few KB: a larger file, a FIFO or a device is refused before it is read.
  const read = io.readFile(file, PLAN_LIMITS.fileBytes);
  if (read.kind === 'too-large') {
    io.err(`${openPlanErrorText(file, { code: 'too-large', bytes: read.size, maxBytes: PLAN_LIMITS.fileBytes }, PLAN_VERSION)}\n`);
    return null;
  }
  if (read.kind !== 'ok') {
    io.err(`${readRefusal(file, read)}\n`);
    return null;
  }
  const opened = openPlan(new TextDecoder().decode(read.bytes));
  if (!opened.ok) {
    io.err(`${openPlanErrorText(file, opened.error, PLAN_VERSION)}\n`);
    return null;
  }
  for (const notice of opened.notices) io.err(`${file}: ${openPlanNotices[notice]}\n`);
  return opened.plan;
}
