import type { Plan } from '../../plan/schema';
import { findLeg } from '../../topology/build-topology';
import type { Topology } from '../../topology/leg';
import type { ArtifactNote } from '../artifact-note';

/** Where the proxy's certificate, key and client CA files go on its host, for nginx and HAProxy alike. */
export const PROXY_DIR = '/etc/fleet-tls';
/** The names the lab writes the proxy's certificate and key under, in its proxy/ folder (lab/lab-spec.ts: `${server}.crt`, `${server}.key`). */
export const PROXY_CERT = 'proxy.crt';
export const PROXY_KEY = 'proxy.key';

export type Upstream = 'fleet' | 'es';

/** An address clients dial on the proxy: what it presents, asks of clients, and passes on to. */
export interface ProxyFront {
  readonly host: string;
  readonly port: number;
  readonly upstream: Upstream;
  /** The Elastic Cloud endpoint: SNI, Host header and the name its certificate is checked against. */
  readonly cloudHost: string;
  readonly cloudPort: number;
  /** nginx's ssl_verify_client: `on` only when every connection arriving here requires a client certificate. */
  readonly verify: 'on' | 'optional' | null;
  /** The file that verifies client certificates: it must hold the CA of each client certificate arriving here. */
  readonly clientCa: string;
  readonly notes: readonly ArtifactNote[];
}

export interface ProxyFronts {
  readonly fronts: readonly ProxyFront[];
  /** What the proxy reads from PROXY_DIR. */
  readonly files: readonly string[];
  /** The CA the clients trust for the proxy (proxyCa): it must sign PROXY_CERT. */
  readonly serverCa: string;
}

/** host and port of an https URL (443 when none is written), or null when it does not parse. */
function address(url = ''): { host: string; port: number } | null {
  const u = URL.canParse(url) ? new URL(url) : null;
  return u?.hostname ? { host: u.hostname, port: Number(u.port || 443) } : null;
}

/**
 * The user's proxy in front of Elastic Cloud, read from the legs: one front per upstream
 * leg (proxy-fleet-upstream, proxy-es-upstream), at the address the legs to the proxy that
 * it serves dial (agent-fleet; fleet-es and agent-output, which dial the same URL).
 * Null when no leg goes through a proxy.
 */
export function buildProxyFronts(plan: Plan, topology: Topology): ProxyFronts | null {
  const fronts = (['fleet', 'es'] as const).flatMap((upstream): ProxyFront[] => {
    const legs = topology.legs.filter((l) => l.server === 'proxy' && (l.id === 'agent-fleet') === (upstream === 'fleet'));
    const at = address(legs[0]?.dials[0]);
    const cloud = address(findLeg(topology, `proxy-${upstream}-upstream`)?.dials[0]);
    if (!at || !cloud) return [];
    const mutual = legs.flatMap((l) => (l.mutual ? [l.mutual] : []));
    // Only the agents' certificates have a CA role here (agentCa); Fleet Server's for Elasticsearch has none.
    const clientCa = plan.certs.files[mutual.find((m) => m.clientCa)?.clientCa ?? 'agentCa'];
    return [
      {
        ...at,
        upstream,
        cloudHost: cloud.host,
        cloudPort: cloud.port,
        verify: mutual.length === 0 ? null : mutual.length === legs.length && mutual.every((m) => m.clientAuth === 'required') ? 'on' : 'optional',
        clientCa,
        notes: [
          // A connection without a client certificate cannot get through a front that requires one.
          ...(mutual.length > 0 && mutual.length < legs.length ? [{ code: 'proxy-optional' } as const] : []),
          ...mutual.flatMap((m) => (m.clientCa ? [] : [{ code: 'proxy-ca-also', params: { ca: clientCa, file: plan.certs.files[m.clientCert] } } as const])),
        ],
      },
    ];
  });
  return fronts.length === 0
    ? null
    : { fronts, files: [...new Set([PROXY_CERT, PROXY_KEY, ...fronts.flatMap((f) => (f.verify ? [f.clientCa] : []))])], serverCa: plan.certs.files.proxyCa };
}
