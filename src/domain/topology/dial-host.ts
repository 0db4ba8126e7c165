/**
 * The host name a client checks the certificate against, from what it dials: a URL,
 * or Logstash's host:port. IPv6 brackets are removed. Null when unreadable.
 */
export function dialHost(dial: string): string | null {
  const text = dial.trim();
  if (text === '') return null;
  if (text.includes('://')) {
    try {
      const host = new URL(text).hostname;
      return host.replace(/^\[(.*)\]$/, '$1') || null;
    } catch {
      return null;
    }
  }
  const m = /^(\[[^\]]+\]|[^:]+)(?::\d+)?$/.exec(text);
  return m?.[1]?.replace(/^\[(.*)\]$/, '$1') ?? null;
}
