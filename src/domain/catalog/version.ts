/** An Elastic Stack release, e.g. 9.2.1. Pre-release suffixes are not accepted. */
export type Version = readonly [major: number, minor: number, patch: number];

// Releases are published only as full x.y.z: artifacts.elastic.co has no "9.2" (audit row 11).
const VERSION = /^(\d{1,2})\.(\d{1,2})\.(\d{1,3})$/;

/** A release written exactly as x.y.z, or null. Nothing is trimmed: the caller says why a text is refused. */
export function parseVersion(text: string): Version | null {
  const m = VERSION.exec(text);
  if (!m) return null;
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

/** Why a text is not a release, for the message: surrounding spaces, a missing patch number, or anything else. */
export function versionProblem(text: string): 'whitespace' | 'incomplete' | 'invalid' | null {
  if (parseVersion(text)) return null;
  if (parseVersion(text.trim())) return 'whitespace';
  if (/^\d{1,2}\.\d{1,2}$/.test(text.trim())) return 'incomplete';
  return 'invalid';
}

export function compareVersions(a: Version, b: Version): number {
  return a[0] - b[0] || a[1] - b[1] || a[2] - b[2];
}

/** True when `version` is at least `since` (`since` always a valid catalogue version). */
export function atLeast(version: Version, since: string): boolean {
  return compareVersions(version, catalogueVersion(since)) >= 0;
}

/** A version written in the catalogue: a typo there is a programming error. */
export function catalogueVersion(text: string): Version {
  const v = parseVersion(text);
  if (!v) throw new Error(`bad catalogue version ${text}`);
  return v;
}
