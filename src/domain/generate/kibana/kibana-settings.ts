import { gateOpen } from '../../catalog/gates';
import {
  AGENT_POLICY_LABELS,
  CLIENT_AUTH_OPTIONS,
  CLOUD_FLEET_SERVER_HOST_LABELS,
  FLEET_SERVER_HOST_LABELS,
  FLEET_SERVER_HOST_SSL_LABELS_9_1,
  FLEET_SERVER_HOST_SSL_LABELS_9_3,
  OUTPUT_LABELS,
  type FleetServerHostSslField,
} from '../../catalog/kibana-labels';
import { MODEL_FACTS } from '../../catalog/models';
import { platformFacts } from '../../catalog/platforms';
import type { CertRole } from '../../catalog/roles';
import { normalizeFingerprint } from '../../plan/fingerprint';
import { planVersions } from '../../plan/plan-versions';
import type { Plan } from '../../plan/schema';
import { findLeg, type Topology } from '../../topology/build-topology';
import { fleetServerPolicyOutput } from '../../topology/fleet-server-policy-output';
import type { Leg } from '../../topology/leg';
import { outputPathOs, rolePath } from '../../topology/paths';
import type { ArtifactNote } from '../artifact-note';
import { PLACEHOLDER } from '../commands/flag';
import { buildOutputYaml, pem, type OutputSsl } from '../output/output-ssl';

/**
 * What to enter in Kibana, in the order an admin works (audit "an ordered runbook"):
 * the Fleet Server host, the outputs, the Fleet Server policy and its service token, the
 * agents' enrollment token. Labels are Kibana's own for the plan's Kibana release
 * (catalog/kibana-labels.ts); every row says what it really does where that is not
 * what its label suggests (audit rows 1, 2, 7, 8, 9, 16).
 */
export type KibanaValue =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'list'; readonly items: readonly string[] }
  | { readonly kind: 'yaml'; readonly yaml: { ssl: OutputSsl } }
  /** A switch or a choice as Kibana shows it ("On", "Logstash", "None"). */
  | { readonly kind: 'option'; readonly option: string }
  | { readonly kind: 'switch'; readonly on: boolean }
  /** PEM text, pasted into the field. */
  | { readonly kind: 'pem'; readonly pem: string }
  /** A name the wizard suggests, in the admin's language. */
  | { readonly kind: 'name'; readonly name: 'fleet-server-host' | 'logstash' | 'es-for-fleet-server' }
  | { readonly kind: 'empty' };

export interface KibanaRow {
  /** Kibana's English label, verbatim for the plan's Kibana release. */
  readonly label: string;
  readonly value: KibanaValue;
  /** What the field really does, where that matters. */
  readonly note?: ArtifactNote;
}

export type KibanaSectionId =
  | 'fleet-server-host'
  | 'fleet-server-host-cloud'
  | 'fleet-server-host-ssl'
  | 'es-output-for-fleet-server'
  | 'agents-output'
  | 'fleet-server-policy'
  | 'enrollment-token';

export interface KibanaSection {
  readonly id: KibanaSectionId;
  /** Where in Kibana. */
  readonly where: ArtifactNote;
  readonly notes: readonly ArtifactNote[];
  readonly rows: readonly KibanaRow[];
}

const empty = { kind: 'empty' } as const;

export function buildKibanaSettings(plan: Plan, topology: Topology): KibanaSection[] {
  const versions = planVersions(plan);
  const agentFleet = findLeg(topology, 'agent-fleet');
  const fleetEs = findLeg(topology, 'fleet-es');
  const output = findLeg(topology, 'agent-output');
  const selfManaged = MODEL_FACTS[plan.model].selfManagedFleetServer;
  const policyOutput = fleetServerPolicyOutput(plan, topology);
  const sections: KibanaSection[] = [];

  if (plan.model === 'cloud-fleet') {
    sections.push({
      id: 'fleet-server-host-cloud',
      where: { code: 'kibana-where-fleet-server-host-cloud' },
      notes: [],
      rows: [{ label: CLOUD_FLEET_SERVER_HOST_LABELS.hostUrls, value: { kind: 'list', items: plan.fleetServer.urls } }],
    });
  } else if (agentFleet) {
    const sslOptions = selfManaged && gateOpen('kibana-fleet-server-host-ssl', versions) === false;
    sections.push({
      id: 'fleet-server-host',
      where: { code: 'kibana-where-fleet-server-host' },
      notes: sslOptions ? [{ code: 'kibana-no-ssl-options', params: { version: plan.kibanaVersion } }] : [],
      rows: [
        {
          label: FLEET_SERVER_HOST_LABELS.name,
          value: plan.title.trim() ? { kind: 'text', text: plan.title.trim() } : { kind: 'name', name: 'fleet-server-host' },
        },
        { label: FLEET_SERVER_HOST_LABELS.url, value: { kind: 'list', items: agentFleet.dials } },
        { label: FLEET_SERVER_HOST_LABELS.makeDefault, value: { kind: 'switch', on: true } },
      ],
    });
    if (selfManaged && fleetEs && gateOpen('kibana-fleet-server-host-ssl', versions) !== false) {
      sections.push(fleetServerHostSsl(plan, agentFleet, fleetEs, gateOpen('kibana-fleet-server-host-agent-ssl', versions) !== false));
    }
  }

  // With Logstash, the default Elasticsearch output keeps serving the Fleet Server policy:
  // set it up first, then add Logstash as the agents' default (audit row 1).
  if (policyOutput.kind === 'own' && policyOutput.reason === 'logstash' && fleetEs) sections.push(esOutputForFleetServer(plan, fleetEs, 'logstash'));
  if (output) sections.push(plan.output.kind === 'logstash' ? logstashOutput(plan, output) : agentsEsOutput(plan, topology, output));
  if (policyOutput.kind === 'own' && policyOutput.reason === 'other-os' && fleetEs) sections.push(esOutputForFleetServer(plan, fleetEs, 'other-os'));

  if (selfManaged) {
    const own = policyOutput.kind === 'own';
    sections.push({
      id: 'fleet-server-policy',
      where: { code: 'kibana-where-fleet-server-policy' },
      notes: [
        { code: 'kibana-fleet-server-policy', params: { policyId: plan.fleetServer.policyId } },
        plan.fleetServer.serviceTokenSource === 'file'
          ? { code: 'kibana-service-token-file', params: { path: plan.fleetServer.serviceTokenPath } }
          : { code: 'kibana-service-token' },
      ],
      rows: own
        ? [
            { label: AGENT_POLICY_LABELS.outputForIntegrations, value: { kind: 'name', name: 'es-for-fleet-server' } },
            { label: AGENT_POLICY_LABELS.outputForMonitoring, value: { kind: 'name', name: 'es-for-fleet-server' } },
          ]
        : [],
    });
  }
  sections.push({ id: 'enrollment-token', where: { code: 'kibana-where-enrollment-token' }, notes: [{ code: 'kibana-enrollment-token' }], rows: [] });
  return sections;
}

/**
 * The Fleet Server host's "Authentication" section (Kibana 9.1+). Kibana writes its
 * Fleet Server rows into the fleet-server input's top-level `ssl`, which fleet-server
 * does not read (it reads inputs[].server.ssl), and the agent merges its install flags
 * over the policy input: those rows never replace the flags (audit row 8, code reading:
 * kibana full_agent_policy.ts generateSSLConfigForFleetServerInput; fleet-server
 * internal/pkg/config/input.go; elastic-agent fleet_server_bootstrap.go). The
 * Elasticsearch rows become Fleet Server's own output (fleetserver-output-<id>). The
 * "Elastic Agent > …" rows (9.3+) become every agent's fleet.ssl, which replaces the
 * agent's whole client certificate settings on its first policy: the key passphrase is
 * dropped and Windows agents get POSIX paths, and the agent rejects the policy change
 * (audit row 9: elastic-agent handler_action_policy_change.go).
 */
function fleetServerHostSsl(plan: Plan, agentFleet: Leg, fleetEs: Leg, newLabels: boolean): KibanaSection {
  const labels = newLabels ? FLEET_SERVER_HOST_SSL_LABELS_9_3 : FLEET_SERVER_HOST_SSL_LABELS_9_1;
  const fsOs = platformFacts(plan.fleetServer.platform).os;
  const onFleetServer = (role: CertRole) => rolePath(plan, role, 'fleet-server', fsOs);
  const row = (field: FleetServerHostSslField, note: ArtifactNote, value: KibanaValue = empty): KibanaRow[] => {
    const label = labels[field];
    return label ? [{ label, value, note }] : [];
  };
  const notRead = (flag: string, misnamed: 'certificate' | 'key' | '' = ''): ArtifactNote => ({ code: 'kibana-row-not-read', params: { flag, misnamed } });
  const esRow = (role: CertRole | null, flag: string): ArtifactNote =>
    role ? { code: 'kibana-row-es', params: { flag, path: onFleetServer(role) } } : { code: 'kibana-row-es-unused' };
  const agentBreaks: ArtifactNote = { code: 'kibana-row-agent-breaks' };
  return {
    id: 'fleet-server-host-ssl',
    where: { code: 'kibana-where-fleet-server-host-ssl' },
    notes: [{ code: 'kibana-ssl-leave-empty' }],
    rows: [
      ...row('certificate_authorities', notRead('--certificate-authorities')),
      ...row('certificate', notRead('--fleet-server-cert', newLabels ? '' : 'certificate')),
      ...row('key', notRead('--fleet-server-cert-key', newLabels ? '' : 'key')),
      ...row('es_certificate_authorities', esRow(fleetEs.trust.kind === 'ca' ? fleetEs.trust.role : null, '--fleet-server-es-ca')),
      ...row('es_certificate', esRow(fleetEs.mutual?.clientCert ?? null, '--fleet-server-es-cert')),
      ...row('es_key', esRow(fleetEs.mutual?.clientKey ?? null, '--fleet-server-es-cert-key')),
      ...row('agent_certificate_authorities', agentBreaks),
      ...row('agent_certificate', agentBreaks),
      ...row('agent_key', agentBreaks),
      ...row('client_auth', notRead(agentFleet.mutual ? '--fleet-server-client-auth' : ''), { kind: 'option', option: CLIENT_AUTH_OPTIONS.none }),
    ],
  };
}

function fingerprintRow(leg: Leg): KibanaRow[] {
  if (leg.trust.kind !== 'fingerprint') return [];
  const fp = normalizeFingerprint(leg.trust.fingerprint);
  return [{ label: OUTPUT_LABELS.fingerprint, value: { kind: 'text', text: fp.ok ? fp.hex : PLACEHOLDER.fingerprint } }];
}

/** The Advanced YAML row of the agents' output, or why it stays empty. */
function yamlRow(plan: Plan, topology: Topology, leg: Leg): KibanaRow {
  const yaml = buildOutputYaml(plan, topology);
  if (yaml) return { label: OUTPUT_LABELS.advancedYaml, value: { kind: 'yaml', yaml } };
  return {
    label: OUTPUT_LABELS.advancedYaml,
    value: empty,
    note: { code: leg.trust.kind === 'fingerprint' ? 'kibana-yaml-none-fingerprint' : 'kibana-yaml-none-public' },
  };
}

/** The agents' Elasticsearch output: the default one, edited. */
function agentsEsOutput(plan: Plan, topology: Topology, leg: Leg): KibanaSection {
  const versions = planVersions(plan);
  const form = gateOpen('kibana-es-output-ssl-form', versions) !== false;
  const leaks = gateOpen('kibana-es-output-ssl-leaks-to-fleet', versions) === true;
  return {
    id: 'agents-output',
    where: { code: 'kibana-where-default-output' },
    notes: [],
    rows: [
      { label: OUTPUT_LABELS.type, value: { kind: 'option', option: OUTPUT_LABELS.types.elasticsearch } },
      { label: OUTPUT_LABELS.hosts, value: { kind: 'list', items: leg.dials } },
      ...fingerprintRow(leg),
      ...(form ? [{ label: OUTPUT_LABELS.authentication, value: empty, note: { code: 'kibana-es-authentication-empty', params: { leaks } } } as const] : []),
      yamlRow(plan, topology, leg),
    ],
  };
}

/**
 * The agents' Logstash output: a new output made the default for integrations. Kibana
 * refuses to turn the default output into Logstash while a Fleet Server policy uses it,
 * and pins Fleet Server policies to the Elasticsearch output when a Logstash output
 * becomes the default (output.ts validateOutputNotUsedInPolicy,
 * updateAgentPoliciesDataOutputId; audit row 1). The form's SSL fields are where Kibana
 * wants the certificates: before the May 2025 fix its `ssl` replaced the YAML's (row 2).
 */
function logstashOutput(plan: Plan, leg: Leg): KibanaSection {
  const versions = planVersions(plan);
  const sslSwitch = gateOpen('kibana-logstash-ssl-switch', versions) !== false;
  const merged = gateOpen('kibana-yaml-ssl-merged', versions) !== false;
  const os = outputPathOs(plan);
  const path = (role: CertRole) => rolePath(plan, role, 'agent', os);
  const ca: KibanaValue =
    leg.trust.kind !== 'ca'
      ? empty
      : plan.certs.outputCa.kind === 'inline'
        ? { kind: 'pem', pem: pem(plan.certs.outputCa.pem) }
        : { kind: 'text', text: path(leg.trust.role) };
  const mutual = leg.mutual;
  const clientNote: ArtifactNote | undefined = mutual ? undefined : { code: sslSwitch ? 'kibana-logstash-client-one-way' : 'kibana-logstash-client-required' };
  const cert: KibanaValue = !mutual
    ? empty
    : plan.certs.outputCert.kind === 'inline'
      ? { kind: 'pem', pem: pem(plan.certs.outputCert.pem) }
      : { kind: 'text', text: path(mutual.clientCert) };
  const passphrase = mutual?.passphrase ? path(mutual.passphrase) : null;
  const notes: ArtifactNote[] = [{ code: 'kibana-logstash-new-output' }, { code: 'kibana-logstash-encryption-key' }];
  if (passphrase && !merged) notes.push({ code: 'kibana-logstash-yaml-replaced', params: { version: plan.kibanaVersion } });
  return {
    id: 'agents-output',
    where: { code: 'kibana-where-add-output' },
    notes,
    rows: [
      { label: OUTPUT_LABELS.name, value: { kind: 'name', name: 'logstash' } },
      { label: OUTPUT_LABELS.type, value: { kind: 'option', option: OUTPUT_LABELS.types.logstash } },
      { label: OUTPUT_LABELS.logstashHosts, value: { kind: 'list', items: leg.dials } },
      ...(sslSwitch ? [{ label: OUTPUT_LABELS.enableSsl, value: { kind: 'switch', on: true } } as const] : []),
      { label: sslSwitch ? OUTPUT_LABELS.serverCas : OUTPUT_LABELS.serverCasBefore91, value: ca },
      { label: OUTPUT_LABELS.clientCert, value: cert, ...(clientNote ? { note: clientNote } : {}) },
      { label: OUTPUT_LABELS.clientKey, value: mutual ? { kind: 'text', text: path(mutual.clientKey) } : empty, ...(clientNote ? { note: clientNote } : {}) },
      {
        label: OUTPUT_LABELS.advancedYaml,
        value: passphrase ? { kind: 'yaml', yaml: { ssl: { key_passphrase_path: passphrase } } } : empty,
        ...(passphrase ? { note: { code: 'kibana-logstash-yaml-passphrase' } } : {}),
      },
      { label: OUTPUT_LABELS.defaultForIntegrations, value: { kind: 'switch', on: true } },
    ],
  };
}

/**
 * An Elasticsearch output for the Fleet Server policy, with the Fleet Server host's own
 * paths: for a Logstash plan, the default Elasticsearch output (it keeps serving that
 * policy); for agents on another OS, an output of its own (audit rows 1 and 6).
 */
function esOutputForFleetServer(plan: Plan, fleetEs: Leg, reason: 'logstash' | 'other-os'): KibanaSection {
  const fsOs = platformFacts(plan.fleetServer.platform).os;
  const path = (role: CertRole) => rolePath(plan, role, 'fleet-server', fsOs);
  const ssl: OutputSsl = {};
  if (fleetEs.trust.kind === 'ca') ssl.certificate_authorities = [path(fleetEs.trust.role)];
  if (fleetEs.mutual) {
    ssl.certificate = path(fleetEs.mutual.clientCert);
    ssl.key = path(fleetEs.mutual.clientKey);
  }
  const yaml: KibanaRow =
    Object.keys(ssl).length > 0
      ? { label: OUTPUT_LABELS.advancedYaml, value: { kind: 'yaml', yaml: { ssl } } }
      : {
          label: OUTPUT_LABELS.advancedYaml,
          value: empty,
          note: { code: fleetEs.trust.kind === 'fingerprint' ? 'kibana-yaml-none-fingerprint' : 'kibana-yaml-none-public' },
        };
  return {
    id: 'es-output-for-fleet-server',
    where: { code: reason === 'logstash' ? 'kibana-where-es-output-before-logstash' : 'kibana-where-add-output' },
    notes: [{ code: reason === 'logstash' ? 'kibana-es-output-for-fleet-server-logstash' : 'kibana-es-output-for-fleet-server-other-os' }],
    rows: [
      { label: OUTPUT_LABELS.name, value: { kind: 'name', name: 'es-for-fleet-server' } },
      { label: OUTPUT_LABELS.type, value: { kind: 'option', option: OUTPUT_LABELS.types.elasticsearch } },
      { label: OUTPUT_LABELS.hosts, value: { kind: 'list', items: fleetEs.dials } },
      ...fingerprintRow(fleetEs),
      yaml,
      ...(reason === 'other-os' ? [{ label: OUTPUT_LABELS.defaultForIntegrations, value: { kind: 'switch', on: false } } as const] : []),
    ],
  };
}
