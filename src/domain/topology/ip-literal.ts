/** True for an IPv4 or IPv6 literal (brackets already removed): Go sends no SNI for these. */
export function isIpAddress(host: string): boolean {
  return /^\d{1,3}(\.\d{1,3}){3}$/.test(host) || host.includes(':');
}
