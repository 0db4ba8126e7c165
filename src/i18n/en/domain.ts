import type { DeploymentModel } from '../../domain/catalog/models';
import type { PlanIssueParams, VersionGatedFeature } from '../../domain/plan/plan-issue';
import type { CodedCatalogue } from '../contract';

const FEATURE: Readonly<Record<VersionGatedFeature, string>> = {
  'mutual-flags': 'Mutual TLS flags (--elastic-agent-cert, --fleet-server-client-auth, --fleet-server-es-cert, …)',
  'agent-key-passphrase': 'An encrypted agent key (--elastic-agent-cert-key-passphrase)',
  'fleet-server-key-passphrase': 'An encrypted Fleet Server key (--fleet-server-cert-key-passphrase)',
  'service-token-path': 'A service token file (--fleet-server-service-token-path)',
  unprivileged: 'An unprivileged install (--unprivileged)',
};

const MODEL: Readonly<Record<DeploymentModel, string>> = {
  'on-prem': 'on-premises',
  'cloud-fleet': 'Fleet Server on Elastic Cloud',
  'cloud-fleet-proxy': 'Elastic Cloud behind your proxy',
  'on-prem-fleet-cloud-es': 'on-premises Fleet Server with Elastic Cloud Hosted Elasticsearch',
};

/** Why a plan is not ready: what is wrong and how to fix it. */
export const PLAN_ISSUE_MESSAGES: CodedCatalogue<PlanIssueParams> = {
  required: () => 'Required.',
  'url-invalid': (p) => `“${p.value}” is not a URL. Write it like https://fleet.example.com:8220.`,
  'url-not-https': (p) => `“${p.value}” must start with https:// — this connection is meant to use TLS.`,
  'url-not-http': (p) => `“${p.value}” must start with http:// or https://.`,
  'url-credentials': () => 'Leave the user and password out: the plan file and the script would carry them.',
  'url-duplicate': (p) => `${p.value} is listed twice; remove one.`,
  'urls-empty': () => 'Add at least one.',
  'logstash-host-invalid': (p) => `“${p.value}” is not host:port. Logstash hosts have no scheme, e.g. logstash.example.com:5044.`,
  'port-invalid': () => 'A port is a whole number from 1 to 65535 (Fleet Server listens on 8220 by default).',
  'version-invalid': (p) => `“${p.value}” is not a release; write it like 9.2.1.`,
  'version-whitespace': (p) => `“${p.value}” has spaces around it; write just the release, like ${p.value.trim()}.`,
  'version-incomplete': (p) =>
    `${p.value} is not a release: downloads exist only for full x.y.z releases. Write the patch release too, e.g. ${p.value}.0 or the latest ${p.value}.x.`,
  'version-too-old': (p) => `${FEATURE[p.feature]} needs Elastic Agent ${p.needed} or later. Upgrade the fleet to ${p.needed}, or change that choice.`,
  'mutual-not-supported-on-cloud': () =>
    'Elastic Cloud ends TLS at its shared boundary, so it cannot check your agents’ certificates: mutual TLS is not supported with Fleet Server on Elastic Cloud. Put your own proxy in front of it to use mutual TLS.',
  'lab-not-for-model': (p) =>
    `The lab mode relies on the self-signed certificate elastic-agent enroll generates for a self-managed Fleet Server; it does not apply to ${MODEL[p.model]}.`,
  'path-whitespace': (p) => `“${p.value}” contains a space. Kibana refuses such paths and agents become unhealthy with them; pick a path without spaces.`,
  'path-not-absolute-posix': (p) => `“${p.value}” is not an absolute path; it must start with / (the CLI refuses relative paths).`,
  'path-not-absolute-windows': (p) => `“${p.value}” is not an absolute Windows path; use a drive path like C:\\ProgramData\\ElasticAgentCerts or a UNC path.`,
  'path-character': (p) =>
    `“${p.value}” contains “${p.char}”. Certificate folders and file names may hold letters, digits and . _ - + @ = only: shells and PowerShell give the others a meaning.`,
  'passphrase-file-shared': (p) =>
    `${p.value} is already the passphrase file of another key. Each key file needs its own passphrase file; give this one another name.`,
  'url-shape-differs': (p) => `${p.value} differs from the first URL in its protocol or path; Kibana refuses Fleet Server host URLs that do.`,
  'control-character': (p) => `This holds a line break or control character (${p.char}); plan values never do. Type it again.`,
  'too-long': (p) => `This is ${p.length} characters long; the most a value here can be is ${p.limit}.`,
  'too-many': (p) => `${p.count} entries; the most this list can hold is ${p.limit}.`,
  'path-comma': (p) => `“${p.value}” contains a comma; --certificate-authorities splits on commas, so the path would break.`,
  'file-name-invalid': (p) => `“${p.value}” is not a plain file name; leave out slashes, commas and the characters : * ? " < > |.`,
  'pem-not-certificate': () => 'Paste a PEM certificate: text from -----BEGIN CERTIFICATE----- to -----END CERTIFICATE-----.',
  'token-whitespace': () => 'Tokens contain no spaces or line breaks; copy it again from Kibana.',
  'token-invalid': (p) => `Tokens are base64 text (letters, digits, + / = - _); “${p.char}” is not part of one. Copy it again from Kibana, without quotes.`,
  'platforms-empty': () => 'Choose at least one platform.',
  'fingerprint-empty': () => 'Enter the CA’s SHA-256 fingerprint, or choose the CA file instead.',
  'fingerprint-base64': () =>
    'This looks like base64 (the --ca-sha256 pin form). Fleet wants the hex SHA-256 of the CA certificate: openssl x509 -in ca.crt -noout -fingerprint -sha256.',
  'fingerprint-not-hex': () => 'A fingerprint is 64 hexadecimal characters (0–9, a–f); colons and spaces are removed for you.',
  'fingerprint-length': (p) =>
    `This has ${p.length} hex characters; a SHA-256 fingerprint has 64${p.length === 40 ? ' (40 is a SHA-1 fingerprint: use -sha256)' : ''}.`,
  'policy-id-invalid': (p) => `“${p.value}” is not a policy id; ids have no spaces. Copy it from Fleet → Agent policies.`,
};
