import { parseIp } from '../../certs/ip-address';
import type { CertificateFacts } from '../../certs/types';
import { dialHost } from '../../topology/dial-host';
import { isIpAddress } from '../../topology/ip-literal';
import type { Finding } from '../finding';
import { sanCoversHost } from '../../certs/san-covers-host';
import { hostCheckOf, PLAN_VERIFICATION_MODE } from '../verification-mode';
import type { LegCheck } from './leg-check';

/**
 * Every host the client dials must be covered by the server certificate, as the
 * verification mode the plan uses matches it (verification-mode.ts): in `full`, the
 * default, elastic-agent-libs' verifyHostname, which takes the Common Name when the
 * certificate has no DNS SANs. Covered only that way, the connection works, with a
 * warning: `strict`, browsers and curl refuse it (tls-errors.md X3–X6).
 */
export const sanCoversDials: LegCheck = (e) => {
  const p = e.server.presented;
  const covers = hostCheckOf(PLAN_VERIFICATION_MODE);
  if (!p || !e.leg.hostnameChecked || !covers) return [];
  const names = coveredNames(p.leaf);
  return e.leg.dials.flatMap((dial): Finding[] => {
    const host = dialHost(dial);
    // Not answered yet: the plan's validation asks for it. Answered and unreadable: no
    // client can dial it, and no name can be checked, so the connection cannot pass.
    if (!host) return dial.trim() === '' ? [] : [{ code: 'dial-unreadable', severity: 'error', leg: e.leg.id, roles: [p.role], params: { dial } }];
    const ip = isIpAddress(host);
    if (covers(p.leaf, host).covered) {
      if (sanCoversHost(p.leaf, host).covered) return [];
      const params = { file: p.file, host, cn: p.leaf.subjectCommonName ?? '', mode: PLAN_VERIFICATION_MODE, sanExtension: p.leaf.hasSanExtension };
      return [{ code: 'host-by-common-name', severity: 'warning', leg: e.leg.id, roles: [p.role], params }];
    }
    // What x509.HostnameError prints, which libs returns: the DNS SANs for a name, the IP SANs for an address.
    const valid = (ip ? p.leaf.sans.ip : p.leaf.sans.dns.filter((d) => d !== '')).join(', ');
    return [{ code: 'san-missing', severity: 'error', leg: e.leg.id, roles: [p.role], params: { file: p.file, host, covers: names, ip, valid } }];
  });
};

/** The names a certificate covers in `full` mode, for people: DNS SANs (or else the Common Name) and IP SANs. */
function coveredNames(cert: CertificateFacts): string {
  const dns = cert.sans.dns.filter((d) => d !== '');
  const cn = cert.subjectCommonName ?? '';
  const byName = dns.length > 0 ? dns : cn !== '' && parseIp(cn) === null ? [cn] : [];
  const byIp = cn !== '' && parseIp(cn) !== null && dns.length === 0 ? [...cert.sans.ip, cn] : cert.sans.ip;
  return [...byName, ...byIp].join(', ');
}
