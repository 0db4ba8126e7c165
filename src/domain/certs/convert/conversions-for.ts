import type { DecodedFile } from '../types';
import type { ConversionCode } from './types';

/**
 * The conversions that apply to a file the inspection read, in the order a UI offers them.
 * A file that needs a password is offered what it would be with it: `convert` then asks.
 *
 * - PKCS#12 → PEM (certificate, key, CA chain), unless the archive is malformed;
 * - DER → PEM, for one certificate or one plain key;
 * - PKCS#1 / SEC1 → PKCS#8, for a PEM file's one key (Logstash reads PKCS#8 only:
 *   https://www.elastic.co/docs/reference/fleet/secure-logstash-connections,
 *   elastic/elasticsearch#29787, logstash-plugins/logstash-output-http#125);
 * - decrypt, for one encrypted key; encrypt, for one key (an encrypted one is re-encrypted
 *   as PBES2 AES-256, which Elastic Agent opens where PBES1 is refused);
 * - split, for a PEM file of two items or more.
 */
export function conversionsFor(decoded: DecodedFile): ConversionCode[] {
  const keys = decoded.items.filter((i) => i.kind === 'private-key');
  const certs = decoded.items.filter((i) => i.kind === 'certificate');
  const [key] = keys.length === 1 ? keys : [];
  const out: ConversionCode[] = [];
  switch (decoded.container) {
    case 'pkcs12':
      if (!decoded.problems.some((p) => p.code === 'pkcs12-malformed')) out.push('pkcs12-to-pem');
      break;
    case 'der':
      if (certs.length === 1 || (key && !key.encrypted)) out.push('der-to-pem');
      if (key?.encrypted) out.push('decrypt-key');
      if (key) out.push('encrypt-key');
      break;
    case 'pem':
      if (key && (key.format === 'pkcs1' || key.format === 'sec1')) out.push('to-pkcs8');
      if (key?.encrypted) out.push('decrypt-key');
      if (key) out.push('encrypt-key');
      if (decoded.items.length >= 2) out.push('split-bundle');
      break;
    case 'unknown':
      break;
  }
  return out;
}
