import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ES module of the scripts folder, without types
import { guardFailures, historyLine } from '../scripts/bench-guard.mjs';

const stats = (median: number) => ({ median, min: median, max: median });

describe('the benchmark guard', () => {
  it('fails only the measures over the factor times their target', () => {
    const rows = [
      ['drop → results', stats(899), 150],
      ['drop → results, cold', stats(901), 150],
      ['longest task', stats(300), 50],
    ];
    expect(guardFailures(rows, 6)).toEqual([{ label: 'drop → results, cold', median: 901, target: 150 }]);
  });

  it('records the medians, rounded, with the commit and the machine', () => {
    const summary = { cold: { resultsMs: stats(354.4), longestTaskMs: stats(0) }, warm: { resultsMs: stats(117.6), longestTaskMs: stats(12.5) } };
    const line = historyLine({ date: new Date('2026-11-29T10:00:00Z'), commit: 'abc1234', chromium: '156', cores: 2, runs: 5, summary });
    expect(JSON.parse(line)).toEqual({
      date: '2026-11-29',
      commit: 'abc1234',
      chromium: '156',
      cores: 2,
      runs: 5,
      medians: { cold: { resultsMs: 354, longestTaskMs: 0 }, warm: { resultsMs: 118, longestTaskMs: 13 } },
    });
  });
});
