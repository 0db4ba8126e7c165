/**
 * `ssl.ca_trusted_fingerprint` / `--fleet-server-es-ca-trusted-fingerprint`: hex SHA-256
 * of the CA certificate's DER, no colons (elastic-agent-cli.md §5.1). Pasted OpenSSL forms
 * (colons, spaces, upper case) are normalised; base64 (the `--ca-sha256` pin form) and
 * wrong lengths are refused with the reason.
 */
export type FingerprintResult =
  | { ok: true; hex: string }
  | { ok: false; code: 'fingerprint-empty' | 'fingerprint-base64' | 'fingerprint-not-hex' }
  | { ok: false; code: 'fingerprint-length'; length: number };

export function normalizeFingerprint(input: string): FingerprintResult {
  const raw = input.trim().replace(/^sha-?256\s*fingerprint\s*=\s*/i, '');
  if (raw === '') return { ok: false, code: 'fingerprint-empty' };
  const hex = raw.replace(/[:\s-]/g, '').toLowerCase();
  if (/^[0-9a-f]+$/.test(hex)) {
    return hex.length === 64 ? { ok: true, hex } : { ok: false, code: 'fingerprint-length', length: hex.length };
  }
  if (/^[A-Za-z0-9+/]{43}=$/.test(raw) || /^[A-Za-z0-9+/]+={0,2}$/.test(raw)) return { ok: false, code: 'fingerprint-base64' };
  return { ok: false, code: 'fingerprint-not-hex' };
}
