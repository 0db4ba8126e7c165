import { openPlan } from '../domain/plan/open-plan';
import type { Plan } from '../domain/plan/schema';
import { openPlanErrorMessage } from '../i18n/en-domain';
import type { Io } from './io';

/** Reads and opens a plan file, or says why not (on stderr) and returns null. */
export function readPlan(file: string, io: Io): Plan | null {
  let text: string;
  try {
    text = io.readFile(file);
  } catch (e) {
    io.err(`Cannot read ${file}: ${(e as Error).message}\n`);
    return null;
  }
  const opened = openPlan(text);
  if (!opened.ok) {
    io.err(`${file}: ${openPlanErrorMessage(opened.error)}\n`);
    return null;
  }
  return opened.plan;
}
