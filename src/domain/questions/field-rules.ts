import type { OsFamily } from '../catalog/platforms';
import type { CodedIssue } from '../plan/plan-issue';

/** One field's verdict: null when fine. */
export type FieldVerdict = CodedIssue | null;

export function checkHttpsUrl(text: string): FieldVerdict {
  if (text.trim() === '') return { code: 'required' };
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    return { code: 'url-invalid', params: { value: text } };
  }
  if (url.protocol !== 'https:') return { code: 'url-not-https', params: { value: text } };
  if (url.hostname === '') return { code: 'url-invalid', params: { value: text } };
  return null;
}

/**
 * --proxy-url: empty for none, else an http:// or https:// URL with a host. No user or
 * password in it: the plan file and the script would carry them.
 */
export function checkProxyUrl(text: string): FieldVerdict {
  if (text.trim() === '') return null;
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    return { code: 'url-invalid', params: { value: text } };
  }
  if (!/^https?:$/.test(url.protocol)) return { code: 'url-not-http', params: { value: text } };
  if (url.username || url.password) return { code: 'url-credentials' };
  return null;
}

const HOSTNAME = /^(?=.{1,253}$)([A-Za-z0-9_]([A-Za-z0-9_-]{0,61}[A-Za-z0-9])?)(\.[A-Za-z0-9_]([A-Za-z0-9_-]{0,61}[A-Za-z0-9])?)*$/;
const IPV4 = /^(25[0-5]|2[0-4]\d|1?\d?\d)(\.(25[0-5]|2[0-4]\d|1?\d?\d)){3}$/;

/** A Logstash output host: `host:port`, no scheme (Kibana's Logstash output form). */
export function checkLogstashHost(text: string): FieldVerdict {
  const m = /^(\[[0-9A-Fa-f:.]+\]|[^:[\]\s]+):(\d{1,5})$/.exec(text.trim());
  const port = m ? Number(m[2]) : 0;
  const host = m?.[1] ?? '';
  const hostOk = host.startsWith('[') || IPV4.test(host) || HOSTNAME.test(host);
  if (!m || !hostOk || port < 1 || port > 65535) return { code: 'logstash-host-invalid', params: { value: text } };
  return null;
}

/**
 * What a folder or file name may hold besides its separators: letters and digits of any
 * script, and . _ - + @ =. Nothing a shell or PowerShell gives a meaning to ($ ` ; & | <
 * > ( ) { } [ ] * ? ! ~ # % ' " \ and the rest): no admin needs them in a certificate
 * path, and a shared plan file must not be able to smuggle commands into someone's
 * terminal through one (an interactive zsh runs `#` lines; audit, "plan values are data").
 */
const NAME_CHAR = /^[\p{L}\p{N}\p{M}._+@=-]$/u;

function strayCharacter(text: string): string | null {
  for (const ch of text) if (!NAME_CHAR.test(ch)) return ch;
  return null;
}

/** A directory or file path the CLI requires to be absolute on the target OS (elastic-agent-cli.md §2). */
export function checkAbsolutePath(text: string, os: OsFamily): FieldVerdict {
  if (text === '') return { code: 'required' };
  // Kibana refuses whitespace in SSL paths and agents fail on it (kibana#265694, #266365).
  if (/\s/.test(text)) return { code: 'path-whitespace', params: { value: text } };
  // --certificate-authorities is split on commas (elastic-agent-cli.md §1.2).
  if (text.includes(',')) return { code: 'path-comma', params: { value: text } };
  if (os === 'posix' && !text.startsWith('/')) return { code: 'path-not-absolute-posix', params: { value: text } };
  const windowsRoot = /^([A-Za-z]:[\\/]|\\\\(?=[^\\]+\\[^\\]+))/.exec(text);
  if (os === 'windows' && !windowsRoot) return { code: 'path-not-absolute-windows', params: { value: text } };
  const rest = os === 'windows' ? text.slice(windowsRoot![0].length) : text;
  const stray = strayCharacter(rest.replace(os === 'windows' ? /[\\/]/g : /\//g, ''));
  if (stray !== null) return { code: 'path-character', params: { value: text, char: stray } };
  return null;
}

export function checkFileName(text: string): FieldVerdict {
  if (text === '') return { code: 'required' };
  if (/\s/.test(text)) return { code: 'path-whitespace', params: { value: text } };
  if (/[\\/,:]/.test(text) || /^\.+$/.test(text)) return { code: 'file-name-invalid', params: { value: text } };
  const stray = strayCharacter(text);
  if (stray !== null) return { code: 'path-character', params: { value: text, char: stray } };
  return null;
}

/**
 * The URLs agents use for Fleet Server: Kibana's Fleet Server host form refuses a set
 * whose protocol or path differ (kibana-fleet-and-pain-points.md §1.1).
 */
export function checkSameOriginShape(urls: readonly string[]): { index: number; verdict: FieldVerdict }[] {
  const shapes = urls.map((u) => {
    try {
      const url = new URL(u.trim());
      return `${url.protocol}${url.pathname.replace(/\/+$/, '')}`;
    } catch {
      return null;
    }
  });
  const first = shapes.find((s) => s !== null);
  return shapes.flatMap((s, index) =>
    s !== null && s !== first ? [{ index, verdict: { code: 'url-shape-differs', params: { value: urls[index] ?? '' } } as const }] : [],
  );
}

/**
 * Enrollment and service tokens are base64 (standard or URL-safe). Anything else is a
 * paste error (quotes from a JSON answer, say); the token itself is never repeated back.
 */
export function checkToken(text: string): FieldVerdict {
  const token = text.trim();
  if (/\s/.test(token)) return { code: 'token-whitespace' };
  const stray = /[^A-Za-z0-9+/=_-]/.exec(token)?.[0];
  return stray === undefined ? null : { code: 'token-invalid', params: { char: stray } };
}

export function checkCertificatePem(text: string): FieldVerdict {
  return /-----BEGIN CERTIFICATE-----[\s\S]+-----END CERTIFICATE-----/.test(text) ? null : { code: 'pem-not-certificate' };
}

export function checkPolicyId(text: string): FieldVerdict {
  if (text.trim() === '') return { code: 'required' };
  return /^[A-Za-z0-9_.:-]+$/.test(text) ? null : { code: 'policy-id-invalid', params: { value: text } };
}
