import { PLAN_LIMITS } from '../domain/plan/limits';
import { openPlan } from '../domain/plan/open-plan';
import { PLAN_VERSION } from '../domain/plan/plan-version';
import type { Plan } from '../domain/plan/schema';
import { openPlanErrorText, openPlanNotices } from '../i18n/en-ui-plan-file';
import type { Io } from './io';

/** Reads and opens a plan file, or says why not (on stderr) and returns null. */
export function readPlan(file: string, io: Io): Plan | null {
  let text: string;
  try {
    // A plan is a few KB: a larger file is refused before it is parsed.
    const bytes = io.fileSize(file);
    if (bytes > PLAN_LIMITS.fileBytes) {
      io.err(`${openPlanErrorText(file, { code: 'too-large', bytes, maxBytes: PLAN_LIMITS.fileBytes }, PLAN_VERSION)}\n`);
      return null;
    }
    text = io.readFile(file);
  } catch (e) {
    io.err(`Cannot read ${file}: ${(e as Error).message}\n`);
    return null;
  }
  const opened = openPlan(text);
  if (!opened.ok) {
    io.err(`${openPlanErrorText(file, opened.error, PLAN_VERSION)}\n`);
    return null;
  }
  for (const notice of opened.notices) io.err(`${file}: ${openPlanNotices[notice]}\n`);
  return opened.plan;
}
