import { dialHost } from '../topology/dial-host';
import { isIpAddress } from '../topology/ip-literal';

/**
 * The names an agent certificate must carry for a Fleet Server that checks client SANs
 * against the SNI (gate fleet-server-checks-client-san): each DNS name agents dial (Go
 * sends it as SNI; an IP sends none, so nothing is checked: crypto/tls hostnameInSNI),
 * and `localhost` for the Fleet Server host's own agent on :8221 when it presents one.
 */
export function clientSanNames(dials: readonly string[], selfPresents: boolean): string[] {
  const names = dials.map(dialHost).filter((h): h is string => h !== null && !isIpAddress(h));
  return [...new Set([...names, ...(selfPresents ? ['localhost'] : [])])];
}
