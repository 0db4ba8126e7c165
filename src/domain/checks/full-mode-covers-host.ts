import { parseIp } from '../certs/ip-address';
import type { CertificateFacts } from '../certs/types';
import { sanCoversHost, type SanCoverage } from '../certs/san-covers-host';

/**
 * elastic-agent-libs' own host check, used by `verification_mode: full` (transport/
 * tlscommon/tls_config.go verifyHostname, unchanged from v0.3.12 to v0.42.1): like Go's,
 * except that a certificate with no DNS SANs is matched by its Common Name, and an IP
 * host also matches a Common Name holding that IP.
 */
export function fullModeCoversHost(cert: CertificateFacts, host: string): SanCoverage {
  const cn = cert.subjectCommonName ?? '';
  const dns = cert.sans.dns.filter((d) => d !== '');
  const cnIsIp = cn !== '' && parseIp(cn) !== null;
  return sanCoversHost(
    {
      ...cert,
      hasSanExtension: true,
      sans: {
        ...cert.sans,
        dns: dns.length > 0 ? dns : cn !== '' ? [cn] : [],
        ip: cnIsIp ? [...cert.sans.ip, cn] : cert.sans.ip,
      },
    },
    host,
  );
}
