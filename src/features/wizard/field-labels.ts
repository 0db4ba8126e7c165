import { CERT_ROLES, type CertRole } from '../../domain/catalog/roles';
import { ui } from '../../i18n/en-ui';

const LABELS: Readonly<Record<string, string>> = {
  model: ui.model.legend,
  tls: ui.tls.legend,
  clientAuth: ui.tls.clientAuth.legend,
  mutualFleetServerEs: ui.tls.mutualFleetServerEs.label,
  mutualOutput: ui.tls.mutualOutput.label,
  'proxy.frontsElasticsearch': ui.model.frontsEs.legend,
  title: ui.hosts.title.label,
  'fleetServer.urls': ui.hosts.fleetUrls.label,
  'fleetServer.port': ui.hosts.port.label,
  'fleetServer.policyId': ui.hosts.policyId.label,
  'fleetServer.platform': ui.hosts.fsPlatform.label,
  'fleetServer.serviceTokenSource': ui.hosts.serviceToken.legend,
  'fleetServer.serviceTokenPath': ui.hosts.serviceToken.pathLabel,
  'elasticsearch.hosts': ui.hosts.esHosts.label,
  'elasticsearch.trust': ui.hosts.esTrust.legend,
  'elasticsearch.fingerprint': ui.hosts.fingerprint.label,
  'output.kind': ui.hosts.outputKind.legend,
  'output.logstashHosts': ui.hosts.logstashHosts.label,
  'proxy.fleetUrl': ui.hosts.proxyFleetUrl.label,
  'proxy.esUrl': ui.hosts.proxyEsUrl.label,
  agentVersion: ui.hosts.version.label,
  kibanaVersion: ui.hosts.kibanaVersion.label,
  'agents.platforms': ui.hosts.platforms.legend,
  defend: ui.hosts.defend.label,
  'secrets.enrollmentToken': ui.hosts.enrollmentToken.label,
  'secrets.serviceToken': ui.hosts.serviceToken.valueLabel,
  'certs.fleetServerDir': ui.certs.fleetServerDir.label,
  'certs.agentDirPosix': ui.certs.agentDirPosix.label,
  'certs.agentDirWindows': ui.certs.agentDirWindows.label,
  'certs.outputCa.pem': ui.certs.yaml.caPem,
  'certs.outputCert.pem': ui.certs.yaml.certPem,
};

const isRole = (name: string): name is CertRole => (CERT_ROLES as readonly string[]).includes(name);

/** The label a field carries in the wizard, for the "things to fix" list. */
export function fieldLabel(name: string): string {
  const role = name.startsWith('certs.files.') ? name.slice('certs.files.'.length) : '';
  if (isRole(role)) return ui.roles[role].label;
  return LABELS[name] ?? name;
}
