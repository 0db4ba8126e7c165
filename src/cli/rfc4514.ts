/**
 * A distinguished name as the engine prints it (OpenSSL's RFC 2253 form, every byte of a
 * non-ASCII character escaped as `\XX`) → RFC 4514 with UTF-8: those characters as
 * themselves, as `openssl x509 -nameopt RFC2253 -nameopt -esc_msb` prints them. The
 * escapes RFC 4514 requires (`,+"\<>;`, a leading `#` or space, a trailing space) are the
 * same in both forms and stay. Control and format characters (C0, C1, bidi overrides,
 * zero-width, line and paragraph separators) stay escaped, so that a name cannot move a
 * terminal's cursor or reorder the text around it; so do bytes that are not UTF-8.
 */
export function rfc4514(name: string): string {
  let out = '';
  let i = 0;
  while (i < name.length) {
    if (name[i] !== '\\') {
      out += name[i];
      i += 1;
    } else if (isHexPair(name, i + 1)) {
      const bytes: number[] = [];
      while (name[i] === '\\' && isHexPair(name, i + 1)) {
        bytes.push(parseInt(name.slice(i + 1, i + 3), 16));
        i += 3;
      }
      out += decodeEscapedRun(bytes);
    } else {
      // `\,` `\+` `\\` …: an escaped character, kept as it is.
      out += name.slice(i, i + 2);
      i += 2;
    }
  }
  return out;
}

const HEX_PAIR = /^[0-9A-Fa-f]{2}$/;
const isHexPair = (s: string, at: number) => HEX_PAIR.test(s.slice(at, at + 2));
const escape = (bytes: Iterable<number>) => [...bytes].map((b) => `\\${b.toString(16).toUpperCase().padStart(2, '0')}`).join('');
const KEEP_ESCAPED = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/u;

function decodeEscapedRun(bytes: readonly number[]): string {
  let out = '';
  let high: number[] = [];
  const flush = () => {
    if (high.length === 0) return;
    let text: string | null = null;
    try {
      text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(new Uint8Array(high));
    } catch {
      text = null;
    }
    out += text === null ? escape(high) : [...text].map((ch) => (KEEP_ESCAPED.test(ch) ? escape(new TextEncoder().encode(ch)) : ch)).join('');
    high = [];
  };
  for (const b of bytes) {
    if (b >= 0x80) high.push(b);
    else {
      flush();
      // ASCII is escaped only when it is a control character: it stays so.
      out += escape([b]);
    }
  }
  flush();
  return out;
}
