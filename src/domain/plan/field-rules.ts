import type { OsFamily } from '../catalog/platforms';
import type { PlanIssueCode, IssueParams } from './plan-issue';

/** One field's verdict: null when fine. */
export type FieldVerdict = { code: PlanIssueCode; params?: IssueParams } | null;

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

/** A directory or file path the CLI requires to be absolute on the target OS (elastic-agent-cli.md §2). */
export function checkAbsolutePath(text: string, os: OsFamily): FieldVerdict {
  if (text === '') return { code: 'required' };
  // Kibana refuses whitespace in SSL paths and agents fail on it (kibana#265694, #266365).
  if (/\s/.test(text)) return { code: 'path-whitespace', params: { value: text } };
  // --certificate-authorities is split on commas (elastic-agent-cli.md §1.2).
  if (text.includes(',')) return { code: 'path-comma', params: { value: text } };
  if (os === 'posix' && !text.startsWith('/')) return { code: 'path-not-absolute-posix', params: { value: text } };
  if (os === 'windows' && !/^([A-Za-z]:[\\/]|\\\\[^\\]+\\[^\\]+)/.test(text)) {
    return { code: 'path-not-absolute-windows', params: { value: text } };
  }
  // Windows forbids these in names; a `"` would also be mangled by Windows PowerShell 5.1
  // on its way to elastic-agent.exe.
  if (os === 'windows' && /[<>"|?*]/.test(text.slice(2))) return { code: 'path-invalid-windows', params: { value: text } };
  return null;
}

export function checkFileName(text: string): FieldVerdict {
  if (text === '') return { code: 'required' };
  if (/\s/.test(text)) return { code: 'path-whitespace', params: { value: text } };
  if (/[\\/,:*?"<>|]/.test(text) || text === '.' || text === '..') return { code: 'file-name-invalid', params: { value: text } };
  return null;
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
