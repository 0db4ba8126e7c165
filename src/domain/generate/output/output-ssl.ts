import type { Plan } from '../../plan/schema';
import { findLeg, type Topology } from '../../topology/build-topology';
import { outputPathOs, rolePath } from '../../topology/paths';

/** The `ssl.*` keys an Output's Advanced YAML may carry (elastic-agent-libs tlscommon, elastic-agent-cli.md §5.1). */
export interface OutputSsl {
  certificate_authorities?: string[];
  certificate?: string;
  key?: string;
  key_passphrase_path?: string;
}

export function pem(text: string): string {
  const t = text.replace(/\r\n/g, '\n').trim();
  return `${t}\n`;
}

/**
 * The Output's Advanced YAML as an object, from the agent-output leg: a nested `ssl:`
 * map (Kibana merges it key by key; a dotted `ssl.x:` key would not be merged, §1.5 of
 * kibana-fleet-and-pain-points.md). Null when the output needs nothing in YAML.
 *
 * A Logstash output takes its certificates in the form's SSL fields, which older Kibana
 * required and let replace the YAML's `ssl` (audit row 2): its YAML carries only what the
 * form has no field for, the key's passphrase file.
 */
export function buildOutputYaml(plan: Plan, topology: Topology): { ssl: OutputSsl } | null {
  const leg = findLeg(topology, 'agent-output');
  if (!leg) return null;
  const os = outputPathOs(plan);
  const path = (role: Parameters<typeof rolePath>[1]) => rolePath(plan, role, 'agent', os);
  if (leg.server === 'logstash') return leg.mutual?.passphrase ? { ssl: { key_passphrase_path: path(leg.mutual.passphrase) } } : null;
  const ssl: OutputSsl = {};
  if (leg.trust.kind === 'ca') {
    const ca = plan.certs.outputCa;
    ssl.certificate_authorities = [ca.kind === 'inline' ? pem(ca.pem) : path(leg.trust.role)];
  }
  if (leg.mutual) {
    const cert = plan.certs.outputCert;
    ssl.certificate = cert.kind === 'inline' ? pem(cert.pem) : path(leg.mutual.clientCert);
    ssl.key = path(leg.mutual.clientKey);
    if (leg.mutual.passphrase) ssl.key_passphrase_path = path(leg.mutual.passphrase);
  }
  return Object.keys(ssl).length > 0 ? { ssl } : null;
}
