import type { PublicKeyFacts, SubjectAltNames } from '../../domain/certs/types';
import { shelfUi } from '#words/ui-certificates';

const DAY = 86_400_000;

export type Validity =
  | { readonly state: 'valid'; readonly days: number }
  | { readonly state: 'expired'; readonly days: number }
  | { readonly state: 'not-yet-valid'; readonly days: number };

/** Where a certificate stands at `now`: whole days left, since it expired, or until it starts. */
export function validityAt(notBefore: string, notAfter: string, now: Date): Validity {
  const t = now.getTime();
  const from = Date.parse(notBefore);
  const until = Date.parse(notAfter);
  if (t < from) return { state: 'not-yet-valid', days: Math.ceil((from - t) / DAY) };
  if (t > until) return { state: 'expired', days: Math.floor((t - until) / DAY) };
  return { state: 'valid', days: Math.floor((until - t) / DAY) };
}

/** "824 days left", "expired 3 days ago", "starts in 30 days". */
export function validityText(v: Validity): string {
  const words = shelfUi.validity;
  if (v.state === 'valid') return words.valid(v.days);
  return v.state === 'expired' ? words.expired(v.days) : words.notYet(v.days);
}

/** "2029-02-25 14:03 UTC" from ISO 8601. */
export function utcDateTime(iso: string): string {
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
}

/** The fingerprint as `openssl x509 -fingerprint -sha256` prints it: upper case, colons. */
export function withColons(hex: string): string {
  return (hex.toUpperCase().match(/../g) ?? []).join(':');
}

/** "RSA 2048", "EC P-256", "Ed25519". */
export function publicKeyText(key: {
  readonly algorithm: PublicKeyFacts['algorithm'] | 'unknown';
  readonly bits: number | null;
  readonly curve: string | null;
}): string {
  if (key.algorithm === 'RSA') return key.bits === null ? 'RSA' : `RSA ${key.bits}`;
  if (key.algorithm === 'EC') return key.curve ? `EC ${key.curve}` : 'EC';
  return key.algorithm;
}

export interface SanEntry {
  readonly kind: 'DNS' | 'IPv4' | 'IPv6' | 'email' | 'URI';
  readonly value: string;
  readonly wildcard: boolean;
}

/** Every subject alternative name, typed: DNS (wildcards marked), IPv4, IPv6, email, URI. */
export function sanEntries(sans: SubjectAltNames): SanEntry[] {
  return [
    ...sans.dns.map((value) => ({ kind: 'DNS' as const, value, wildcard: value.startsWith('*.') })),
    ...sans.ip.map((value) => ({ kind: value.includes(':') ? ('IPv6' as const) : ('IPv4' as const), value, wildcard: false })),
    ...sans.email.map((value) => ({ kind: 'email' as const, value, wildcard: false })),
    ...sans.uri.map((value) => ({ kind: 'URI' as const, value, wildcard: false })),
  ];
}
