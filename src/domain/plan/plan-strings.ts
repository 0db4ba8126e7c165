/**
 * Characters no plan value may hold: C0 controls (line feed, carriage return, escape …),
 * DEL, the C1 controls (NEL among them), the Unicode line and paragraph separators, and
 * the bidirectional overrides that make text read differently from what it is. A line
 * break inside a value would end a comment or a command in the generated scripts
 * (PowerShell ends a `#` comment at a carriage return too), so values never carry one.
 * Pasted PEM is the one exception: its lines are broken by design (LF, CR LF, tab).
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point.
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/u;
// eslint-disable-next-line no-control-regex -- as above, line breaks and tab allowed.
const CONTROL_EXCEPT_LINES = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/u;

/** The first forbidden character of a value, as U+XXXX, or null. */
export function controlCharacterIn(text: string, multiline = false): string | null {
  const m = (multiline ? CONTROL_EXCEPT_LINES : CONTROL).exec(text);
  return m ? `U+${m[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}` : null;
}

/** Plan paths whose value is PEM text, where line breaks belong. */
export function isPemPath(path: readonly (string | number)[]): boolean {
  return path.length === 3 && path[0] === 'certs' && (path[1] === 'outputCa' || path[1] === 'outputCert') && path[2] === 'pem';
}

/** Calls `visit` for every string in a plan-shaped value, with its path. */
export function forEachString(value: unknown, visit: (path: (string | number)[], text: string) => void, path: (string | number)[] = []): void {
  if (typeof value === 'string') visit(path, value);
  else if (Array.isArray(value)) value.forEach((v, i) => forEachString(v, visit, [...path, i]));
  else if (typeof value === 'object' && value !== null) {
    for (const [k, v] of Object.entries(value)) forEachString(v, visit, [...path, k]);
  }
}

/** Every path of the plan whose string holds a forbidden character, with that character. */
export function controlCharacters(value: unknown): { path: (string | number)[]; char: string }[] {
  const found: { path: (string | number)[]; char: string }[] = [];
  forEachString(value, (path, text) => {
    const char = controlCharacterIn(text, isPemPath(path));
    if (char) found.push({ path, char });
  });
  return found;
}
