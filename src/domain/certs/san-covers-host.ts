import { parseIp, sameIp } from './ip-address';
import type { CertificateFacts } from './types';

export type SanCoverage =
  { covered: true; reason: 'dns-match' | 'wildcard-match' | 'ip-match' } | { covered: false; reason: 'no-san' | 'no-ip-san' | 'mismatch' };

/**
 * Does the certificate cover the host a client dials? Go's crypto/x509 VerifyHostname
 * semantics, since Elastic Agent and Fleet Server are Go programs:
 * - no subjectAltName extension: never (Go ignores the legacy Common Name);
 * - an IP host (`[::1]` brackets allowed) matches IP SANs only, by value
 *   (an IPv4 address equals its IPv4-mapped IPv6 form);
 * - DNS names compare ASCII case-insensitively, a trailing dot on the host is ignored;
 * - `*` only as the whole left-most label of a SAN, matching exactly one label;
 * - a SAN that is not a valid host name pattern matches only itself, exactly.
 */
export function sanCoversHost(cert: CertificateFacts, host: string): SanCoverage {
  if (!cert.hasSanExtension) return { covered: false, reason: 'no-san' };
  const bare = host.length >= 3 && host.startsWith('[') && host.endsWith(']') ? host.slice(1, -1) : host;
  const ip = parseIp(bare);
  if (ip) {
    if (cert.sans.ip.length === 0) return { covered: false, reason: 'no-ip-san' };
    const hit = cert.sans.ip.some((san) => {
      const bytes = parseIp(san);
      return bytes !== null && sameIp(bytes, ip);
    });
    return hit ? { covered: true, reason: 'ip-match' } : { covered: false, reason: 'mismatch' };
  }
  const name = lowerAscii(host);
  const validName = validHostname(name, false);
  for (const san of cert.sans.dns) {
    if (validName && validHostname(san, true)) {
      const m = matchHostnames(lowerAscii(san), name.replace(/\.$/, ''));
      if (m) return { covered: true, reason: m };
    } else if (name !== '' && name !== '.' && lowerAscii(san) === name) {
      return { covered: true, reason: 'dns-match' };
    }
  }
  return { covered: false, reason: 'mismatch' };
}

function matchHostnames(pattern: string, host: string): 'dns-match' | 'wildcard-match' | null {
  const p = pattern.split('.');
  const h = host.split('.');
  if (pattern === '' || host === '' || p.length !== h.length) return null;
  let wildcard = false;
  for (const [i, label] of p.entries()) {
    if (i === 0 && label === '*') wildcard = true;
    else if (label !== h[i]) return null;
  }
  return wildcard ? 'wildcard-match' : 'dns-match';
}

/** Go's validHostname: letters, digits, `-` (not first), `_`; `*` only as a pattern's first label. */
function validHostname(host: string, isPattern: boolean): boolean {
  const h = isPattern ? host : host.replace(/\.$/, '');
  if (h === '' || h === '*') return false;
  return h.split('.').every((label, i) => {
    if (label === '') return false;
    if (isPattern && i === 0 && label === '*') return true;
    return /^[A-Za-z0-9_][A-Za-z0-9_-]*$/.test(label);
  });
}

function lowerAscii(s: string): string {
  return s.replace(/[A-Z]/g, (c) => c.toLowerCase());
}
