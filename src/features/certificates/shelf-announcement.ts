import { shelfUi } from '#words/ui-certificates';
import { isReading, type ShelfState } from '../../state/shelf/shelf-store';
import { verdictTally } from './verdict-order';

const words = shelfUi;

/**
 * One sentence for the polite live region: how many files, how many with problems, and
 * the connections' verdicts. Empty when there are no files, so nothing is announced.
 */
export function shelfAnnouncement(state: ShelfState): string {
  const { entries, evaluation } = state;
  if (entries.length === 0) return '';
  const reading = entries.filter(isReading).length;
  if (reading > 0) return words.announce.reading(reading);
  const problems = entries.filter((e) => e.trouble !== null || (e.decoded?.problems.length ?? 0) > 0).length;
  const files = words.announce.files(entries.length, problems);
  if (!evaluation) return files;
  const tally = verdictTally(evaluation.result.legs).map((t) => words.announce.counts[t.verdict](t.count));
  return tally.length === 0 ? files : `${files} ${words.announce.legs(tally.join(', '))}`;
}
