/**
 * Names of the files a conversion writes: safe on every system the files go to (letters,
 * digits, `.`, `_`, `-`; not starting with `.` or `-`, so neither hidden nor read as an
 * option; no Windows device name), never the input's own name, never two alike.
 */

const MAX_STEM = 64;
/** What a certificate or key file ends in; taken off a name before another is put on. */
const KNOWN_EXTENSIONS = /\.(pem|crt|cer|der|key|p12|pfx|p8|pk8|pkcs1|pkcs8|sec1|pkcs12|txt)$/i;
/** CON, PRN, AUX, NUL, COM1–9, LPT1–9: Windows opens a device, whatever the extension. */
const WINDOWS_DEVICE = /^(con|prn|aux|nul|com\d|lpt\d)$/i;

/** A name's last path segment (`/` or `\`), without the extensions certificate files carry. */
export function stemOf(name: string): string {
  let base = name.split(/[\\/]/).pop() ?? '';
  for (let i = 0; i < 3 && KNOWN_EXTENSIONS.test(base); i++) base = base.replace(KNOWN_EXTENSIONS, '');
  return safeStem(base, 'converted');
}

/** Text (a subject CN, a stem) as a safe file-name stem; `fallback` if nothing is left. */
export function safeStem(text: string, fallback: string): string {
  const cleaned = text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '') // accents off their letters: ü → u
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^[.-]+/, '')
    .replace(/[.-]+$/, '')
    .slice(0, MAX_STEM)
    .replace(/[.-]+$/, '');
  if (cleaned === '') return fallback;
  return WINDOWS_DEVICE.test(cleaned.split('.')[0] ?? '') ? `${fallback}-${cleaned}` : cleaned;
}

/**
 * Gives each wanted name (`stem` + `extension`) one that is taken by nothing before it:
 * not by the input, nor a reserved name (the password file), nor an earlier output;
 * `-2`, `-3`, … go before the extension. Compared without case (Windows, macOS).
 */
export function uniqueNames(wanted: readonly { stem: string; extension: string }[], taken: readonly string[]): string[] {
  const used = new Set(taken.map((t) => (t.split(/[\\/]/).pop() ?? t).toLowerCase()));
  return wanted.map(({ stem, extension }) => {
    let name = `${stem}${extension}`;
    for (let n = 2; used.has(name.toLowerCase()); n++) name = `${stem}-${n}${extension}`;
    used.add(name.toLowerCase());
    return name;
  });
}
