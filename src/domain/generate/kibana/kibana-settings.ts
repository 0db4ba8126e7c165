import type { CertRole } from '../../catalog/roles';
import { normalizeFingerprint } from '../../plan/fingerprint';
import type { Plan } from '../../plan/schema';
import { findLeg, type Topology } from '../../topology/build-topology';
import { outputPathOs, rolePath } from '../../topology/paths';
import { buildOutputYaml } from '../output/output-ssl';
import { platformFacts } from '../../catalog/platforms';

/**
 * What to enter in Kibana → Fleet → Settings, under Kibana's own field labels
 * (kibana-fleet-and-pain-points.md §1.4; fleet-api-and-terraform.md §2.3).
 */
export type KibanaSectionId = 'fleet-server-hosts' | 'fleet-server-hosts-ssl' | 'outputs' | 'fleet-server-hosts-cloud';

export interface KibanaRow {
  /** Kibana's English label, verbatim. */
  readonly label: string;
  /** Text, a list, or a YAML document to paste into a YAML box. */
  readonly value: string | readonly string[] | { readonly yaml: unknown };
}

export interface KibanaSection {
  readonly id: KibanaSectionId;
  readonly rows: readonly KibanaRow[];
}

const CLIENT_AUTH_LABEL = { none: 'None', required: 'Required', optional: 'Optional' } as const;

export function buildKibanaSettings(plan: Plan, topology: Topology): KibanaSection[] {
  const sections: KibanaSection[] = [];
  const agentFleet = findLeg(topology, 'agent-fleet');
  const fleetEs = findLeg(topology, 'fleet-es');
  const output = findLeg(topology, 'agent-output');

  if (plan.model === 'cloud-fleet') {
    sections.push({ id: 'fleet-server-hosts-cloud', rows: [{ label: 'Host URLs', value: plan.fleetServer.urls }] });
  } else if (agentFleet) {
    sections.push({
      id: 'fleet-server-hosts',
      rows: [
        { label: 'Name', value: plan.title.trim() || 'Fleet Server' },
        { label: 'URL', value: agentFleet.dials },
        { label: 'Make this Fleet Server the default one', value: 'On' },
      ],
    });
  }

  // The Authentication accordion (Kibana 9.1+) mirrors the install flags in the policy.
  if (agentFleet?.presented.kind === 'cert' && fleetEs) {
    const fsOs = platformFacts(plan.fleetServer.platform).os;
    const onFs = (role: CertRole) => rolePath(plan, role, 'fleet-server', fsOs);
    const onAgents = (role: CertRole) => rolePath(plan, role, 'agent', outputPathOs(plan));
    const rows: KibanaRow[] = [];
    if (agentFleet.mutual?.clientCa) rows.push({ label: 'Fleet Server > Elastic Agents certificate authorities', value: [onFs(agentFleet.mutual.clientCa)] });
    rows.push({ label: 'Fleet Server > SSL server certificate', value: onFs(agentFleet.presented.cert) });
    rows.push({ label: 'Fleet Server > SSL server private key', value: onFs(agentFleet.presented.key) });
    if (fleetEs.trust.kind === 'ca') rows.push({ label: 'Fleet Server > Elasticsearch certificate authorities', value: [onFs(fleetEs.trust.role)] });
    if (fleetEs.mutual) {
      rows.push({ label: 'Fleet Server > SSL client certificate for Elasticsearch', value: onFs(fleetEs.mutual.clientCert) });
      rows.push({ label: 'Fleet Server > SSL private key for Elasticsearch', value: onFs(fleetEs.mutual.clientKey) });
    }
    if (agentFleet.trust.kind === 'ca') rows.push({ label: 'Elastic Agent > Fleet Server certificate authorities', value: [onAgents(agentFleet.trust.role)] });
    if (agentFleet.mutual) {
      rows.push({ label: 'Elastic Agent > SSL client certificate for Fleet Server', value: onAgents(agentFleet.mutual.clientCert) });
      rows.push({ label: 'Elastic Agent > SSL private key for Fleet Server', value: onAgents(agentFleet.mutual.clientKey) });
    }
    rows.push({ label: 'Client auth', value: CLIENT_AUTH_LABEL[agentFleet.mutual?.clientAuth ?? 'none'] });
    sections.push({ id: 'fleet-server-hosts-ssl', rows });
  }

  if (output) {
    const rows: KibanaRow[] = [
      { label: 'Type', value: plan.output.kind === 'logstash' ? 'Logstash' : 'Elasticsearch' },
      { label: 'Hosts', value: output.dials },
    ];
    if (output.trust.kind === 'fingerprint') {
      const fp = normalizeFingerprint(output.trust.fingerprint);
      rows.push({ label: 'Elasticsearch CA trusted fingerprint', value: fp.ok ? fp.hex : '<CA_TRUSTED_FINGERPRINT>' });
    }
    const yaml = buildOutputYaml(plan, topology);
    rows.push({ label: 'Advanced YAML configuration', value: yaml ? { yaml } : '' });
    sections.push({ id: 'outputs', rows });
  }
  return sections;
}
