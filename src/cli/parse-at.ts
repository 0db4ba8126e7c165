/**
 * `--at TIME`: an ISO 8601 date (`2026-03-01`, midnight UTC) or date and time with its
 * offset (`2026-03-01T12:00:00Z`, `2026-03-01T14:00+02:00`, fractions of a second
 * allowed). A time without an offset is refused: the verdict would depend on the
 * machine's time zone, and a check that is meant to be reproducible must not.
 */
const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[Tt](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?([Zz]|[+-](\d{2}):(\d{2})))?$/;

const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

export function parseAt(text: string): Date | null {
  const m = ISO.exec(text);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12 || day < 1 || day > daysIn(year, month)) return null;
  if (m[4] !== undefined) {
    const [hour, minute, second] = [Number(m[4]), Number(m[5]), Number(m[6] ?? 0)];
    if (hour > 23 || minute > 59 || second > 59) return null;
    if (m[9] !== undefined && (Number(m[9]) > 23 || Number(m[10]) > 59)) return null;
  }
  // Date.parse reads ECMAScript's date time string format the same everywhere: exactly
  // three fraction digits (more are cut, fewer padded), an upper-case T and Z.
  const normalised = text.replace(/\.(\d+)/, (_m, digits: string) => `.${digits.padEnd(3, '0').slice(0, 3)}`).toUpperCase();
  const ms = Date.parse(normalised);
  return Number.isNaN(ms) ? null : new Date(ms);
}
