import type { FillIn } from '../domain/inspect/plan-fill-ins';
import { shelfUi } from '#words/ui-certificates';

/** A fill-in in words: what it puts into the plan, from which file. */
export function fillInText(fill: FillIn): string {
  const words = shelfUi.fillIns;
  return fill.kind === 'fingerprint' ? words.fingerprint(fill.file) : words[fill.which](fill.file);
}
