import type { OpenPlanError } from '../../domain/plan/open-plan';
import { PLAN_VERSION } from '../../domain/plan/plan-version';
import { answersUnchanged, openPlanErrorText } from '#words/ui-plan-file';

/** Why a plan file could not be opened, in words, naming the file. */
export function openPlanMessage(fileName: string, error: OpenPlanError): string {
  return `${openPlanErrorText(fileName, error, PLAN_VERSION)} ${answersUnchanged}`;
}
