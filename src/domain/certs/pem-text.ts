import { toBase64 } from './bytes';

/** A PEM block in the canonical form OpenSSL writes: 64 base64 characters a line, LF. */
export function pemText(label: string, der: Uint8Array): string {
  const lines = toBase64(der).match(/.{1,64}/g) ?? [];
  return `-----BEGIN ${label}-----\n${lines.join('\n')}${lines.length ? '\n' : ''}-----END ${label}-----\n`;
}
