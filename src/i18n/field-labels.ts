import { CERT_ROLES, type CertRole } from '../domain/catalog/roles';
import type { QuestionPath } from '../domain/questions/questions';
import { ui } from '#words/ui';
import { stepsUi } from '#words/ui-steps';

/** Every question's label: a question without one fails the build. */
const LABELS: Readonly<Record<QuestionPath, string>> = {
  model: ui.model.legend,
  tls: ui.tls.legend,
  clientAuth: ui.tls.clientAuth.legend,
  mutualFleetServerEs: ui.tls.mutualFleetServerEs.label,
  mutualOutput: ui.tls.mutualOutput.label,
  'proxy.frontsElasticsearch': ui.model.frontsEs.legend,
  title: stepsUi.hosts.title.label,
  'fleetServer.urls': stepsUi.hosts.fleetUrls.label,
  'fleetServer.port': stepsUi.hosts.port.label,
  'fleetServer.policyId': stepsUi.hosts.policyId.label,
  'fleetServer.platform': stepsUi.hosts.fsPlatform.label,
  'fleetServer.serviceTokenSource': stepsUi.hosts.serviceToken.legend,
  'fleetServer.serviceTokenPath': stepsUi.hosts.serviceToken.pathLabel,
  'elasticsearch.hosts': stepsUi.hosts.esHosts.label,
  'elasticsearch.trust': stepsUi.hosts.esTrust.legend,
  'elasticsearch.fingerprint': stepsUi.hosts.fingerprint.label,
  'elasticsearch.clientAuthentication': stepsUi.hosts.esClientAuth.legend,
  'output.kind': stepsUi.hosts.outputKind.legend,
  'output.logstashHosts': stepsUi.hosts.logstashHosts.label,
  'proxy.fleetUrl': stepsUi.hosts.proxyFleetUrl.label,
  'proxy.esUrl': stepsUi.hosts.proxyEsUrl.label,
  agentVersion: stepsUi.hosts.version.label,
  kibanaVersion: stepsUi.hosts.kibanaVersion.label,
  'agents.platforms': stepsUi.hosts.platforms.legend,
  defend: stepsUi.hosts.defend.label,
  'agents.unprivileged': stepsUi.hosts.unprivileged.label,
  'agents.proxyUrl': stepsUi.hosts.proxyUrl.label,
  'secrets.enrollmentToken': stepsUi.hosts.enrollmentToken.label,
  'secrets.serviceToken': stepsUi.hosts.serviceToken.valueLabel,
  'certs.fleetServerDir': stepsUi.certs.fleetServerDir.label,
  'certs.agentDirPosix': stepsUi.certs.agentDirPosix.label,
  'certs.agentDirWindows': stepsUi.certs.agentDirWindows.label,
  'certs.files': stepsUi.certs.filesLabel,
  'certs.encrypted': stepsUi.certs.encryptedLabel,
  'certs.outputCa.kind': stepsUi.certs.yaml.ca,
  'certs.outputCa.pem': stepsUi.certs.yaml.caPem,
  'certs.outputCert.kind': stepsUi.certs.yaml.cert,
  'certs.outputCert.pem': stepsUi.certs.yaml.certPem,
};

const isRole = (name: string): name is CertRole => (CERT_ROLES as readonly string[]).includes(name);

/** The label a field carries in the wizard, for the "things to fix" list. */
export function fieldLabel(name: string): string {
  const role = name.startsWith('certs.files.') ? name.slice('certs.files.'.length) : '';
  if (isRole(role)) return stepsUi.roles[role].label;
  return (LABELS as Readonly<Record<string, string>>)[name] ?? name;
}
