import { toBase64 } from './bytes';

/** A PEM block in the canonical form OpenSSL writes: 64 base64 characters a line, LF. */
export function pemText(label: string, der: Uint8Array): string {
  return pemFromBase64(label, toBase64(der));
}

/** The same, from the DER already in base64. */
function pemFromBase64(label: string, base64: string): string {
  let body = '';
  for (let i = 0; i < base64.length; i += 64) body += `${base64.slice(i, i + 64)}\n`;
  return `-----BEGIN ${label}-----\n${body}-----END ${label}-----\n`;
}

/** A certificate's PEM, from its facts (which carry the DER only, to keep them small). */
export function certificatePem(cert: { readonly der: string }): string {
  return pemFromBase64('CERTIFICATE', cert.der);
}
