// The benchmark's coarse guard and its history line, apart from the browser driving so
// that test/bench-guard.test.ts can hold them.

/** Rows `[label, { median }, targetMs]` whose median is over `factor` times the target. */
export function guardFailures(rows, factor) {
  return rows.filter(([, stats, target]) => stats.median > factor * target).map(([label, stats, target]) => ({ label, median: stats.median, target }));
}

/** One line of bench/history.jsonl: the day, the commit, the machine, the medians rounded to ms. */
export function historyLine({ date, commit, chromium, cores, runs, summary }) {
  const medians = Object.fromEntries(
    Object.entries(summary).map(([kind, s]) => [kind, { resultsMs: Math.round(s.resultsMs.median), longestTaskMs: Math.round(s.longestTaskMs.median) }]),
  );
  return JSON.stringify({ date: date.toISOString().slice(0, 10), commit, chromium, cores, runs, medians });
}
