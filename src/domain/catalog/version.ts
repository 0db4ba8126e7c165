/** An Elastic Stack version, e.g. 9.2.1. Pre-release suffixes are not accepted. */
export type Version = readonly [major: number, minor: number, patch: number];

const VERSION = /^(\d{1,2})\.(\d{1,2})(?:\.(\d{1,3}))?$/;

export function parseVersion(text: string): Version | null {
  const m = VERSION.exec(text.trim());
  if (!m) return null;
  return [Number(m[1]), Number(m[2]), Number(m[3] ?? 0)];
}

export function compareVersions(a: Version, b: Version): number {
  return a[0] - b[0] || a[1] - b[1] || a[2] - b[2];
}

/** True when `version` is at least `since` (both as text, `since` always valid). */
export function atLeast(version: Version, since: string): boolean {
  const s = parseVersion(since);
  if (!s) throw new Error(`bad catalogue version ${since}`);
  return compareVersions(version, s) >= 0;
}

export function formatVersion(v: Version): string {
  return `${v[0]}.${v[1]}.${v[2]}`;
}
