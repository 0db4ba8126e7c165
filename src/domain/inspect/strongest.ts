/** The one candidate, or nothing when the evidence is not clear. */
export function only<T>(items: readonly T[]): T | undefined {
  return items.length === 1 ? items[0] : undefined;
}

/**
 * The candidates with the strongest evidence, given as booleans from the strongest kind
 * to the weakest: the first kind that tells them apart decides, so weaker evidence only
 * breaks ties of stronger. Several when they are equally good.
 */
export function strongest<T>(items: readonly T[], evidence: (item: T) => readonly boolean[]): T[] {
  let best: T[] = [];
  let bestEvidence: readonly boolean[] = [];
  for (const item of items) {
    const e = evidence(item);
    const differ = e.findIndex((has, i) => has !== bestEvidence[i]);
    if (best.length === 0 || (differ >= 0 && e[differ])) {
      best = [item];
      bestEvidence = e;
    } else if (differ < 0) best.push(item);
  }
  return best;
}
