/** Key paths of a catalogue module's exports: objects are walked, strings and functions are leaves. */
export function keyPaths(value: unknown, prefix = ''): string[] {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return [prefix];
  return Object.keys(value)
    .sort()
    .flatMap((k) => keyPaths((value as Record<string, unknown>)[k], prefix === '' ? k : `${prefix}.${k}`));
}

/** What one language has that the other lacks, key path by key path. */
export function parity(english: unknown, other: unknown): { missing: string[]; extra: string[] } {
  const en = new Set(keyPaths(english));
  const ot = new Set(keyPaths(other));
  return { missing: [...en].filter((k) => !ot.has(k)), extra: [...ot].filter((k) => !en.has(k)) };
}
