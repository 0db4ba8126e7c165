import type { FindingCode } from '../domain/checks/finding';
import type { ArtifactNoteCode } from '../domain/generate/artifact-note';
import type { OpenPlanError } from '../domain/plan/open-plan';
import type { PlanIssueCode } from '../domain/plan/plan-issue';

type Params = Readonly<Record<string, string | number>>;
type Message = (p: Params) => string;

const FEATURE: Record<string, string> = {
  mutual: 'Mutual TLS flags (--elastic-agent-cert, --fleet-server-client-auth, …)',
  'fleet-server-es-cert': 'A client certificate for Fleet Server → Elasticsearch (--fleet-server-es-cert)',
  'agent-key-passphrase': 'An encrypted agent key (--elastic-agent-cert-key-passphrase)',
  'fleet-server-key-passphrase': 'An encrypted Fleet Server key (--fleet-server-cert-key-passphrase)',
  'service-token-path': 'A service token file (--fleet-server-service-token-path)',
};

const MODEL: Record<string, string> = {
  'on-prem': 'on-premises',
  'cloud-fleet': 'Fleet Server on Elastic Cloud',
  'cloud-fleet-proxy': 'Elastic Cloud behind your proxy',
  'on-prem-fleet-cloud-es': 'on-premises Fleet Server with Elastic Cloud Hosted Elasticsearch',
};

/** Why a plan is not ready: what is wrong and how to fix it. */
export const PLAN_ISSUE_MESSAGES: Record<PlanIssueCode, Message> = {
  required: () => 'Required.',
  'url-invalid': (p) => `“${p.value}” is not a URL. Write it like https://fleet.example.com:8220.`,
  'url-not-https': (p) => `“${p.value}” must start with https:// — this connection is meant to use TLS.`,
  'url-duplicate': (p) => `${p.value} is listed twice; remove one.`,
  'urls-empty': () => 'Add at least one.',
  'logstash-host-invalid': (p) =>
    `“${p.value}” is not host:port. Logstash hosts have no scheme, e.g. logstash.example.com:5044.`,
  'port-invalid': () => 'A port is a whole number from 1 to 65535 (Fleet Server listens on 8220 by default).',
  'version-invalid': (p) => `“${p.value}” is not a version; write it like 9.2.1.`,
  'version-too-old': (p) =>
    `${FEATURE[String(p.feature)] ?? String(p.feature)} needs Elastic Agent ${p.needed} or later. Upgrade the fleet to ${p.needed}, or change that choice.`,
  'mutual-not-supported-on-cloud': () =>
    'Elastic Cloud ends TLS at its shared boundary, so it cannot check your agents’ certificates: mutual TLS is not supported with Fleet Server on Elastic Cloud. Put your own proxy in front of it to use mutual TLS.',
  'lab-not-for-model': (p) =>
    `The lab mode relies on the self-signed certificate a self-managed Fleet Server makes; it does not apply to ${MODEL[String(p.model)] ?? String(p.model)}.`,
  'path-whitespace': (p) =>
    `“${p.value}” contains a space. Kibana refuses such paths and agents become unhealthy with them; pick a path without spaces.`,
  'path-not-absolute-posix': (p) => `“${p.value}” is not an absolute path; it must start with / (the CLI refuses relative paths).`,
  'path-not-absolute-windows': (p) =>
    `“${p.value}” is not an absolute Windows path; use a drive path like C:\\ProgramData\\ElasticAgentCerts or a UNC path.`,
  'path-comma': (p) => `“${p.value}” contains a comma; --certificate-authorities splits on commas, so the path would break.`,
  'file-name-invalid': (p) => `“${p.value}” is not a plain file name; leave out slashes, commas and the characters : * ? " < > |.`,
  'pem-not-certificate': () => 'Paste a PEM certificate: text from -----BEGIN CERTIFICATE----- to -----END CERTIFICATE-----.',
  'token-whitespace': () => 'Tokens contain no spaces or line breaks; copy it again from Kibana.',
  'platforms-empty': () => 'Choose at least one platform.',
  'fingerprint-empty': () => 'Enter the CA’s SHA-256 fingerprint, or choose the CA file instead.',
  'fingerprint-base64': () =>
    'This looks like base64 (the --ca-sha256 pin form). Fleet wants the hex SHA-256 of the CA certificate: openssl x509 -in ca.crt -noout -fingerprint -sha256.',
  'fingerprint-not-hex': () => 'A fingerprint is 64 hexadecimal characters (0–9, a–f); colons and spaces are removed for you.',
  'fingerprint-length': (p) =>
    `This has ${p.length} hex characters; a SHA-256 fingerprint has 64${Number(p.length) === 40 ? ' (40 is a SHA-1 fingerprint: use -sha256)' : ''}.`,
  'policy-id-invalid': (p) => `“${p.value}” is not a policy id; ids have no spaces. Copy it from Fleet → Agent policies.`,
};

/** Comments inside generated scripts and YAML. Flags, keys and commands stay verbatim. */
export const ARTIFACT_NOTE_MESSAGES: Record<ArtifactNoteCode, Message> = {
  'place-files': (p) => `Copy these files to ${p.dir} before you run the commands: ${p.files}`,
  'write-passphrase': (p) => `Write the passphrase of the key to ${p.path}, with no trailing newline.`,
  'write-service-token': (p) => `Write the Fleet Server service token to ${p.path}, with no trailing newline.`,
  download: (p) => `Download ${p.artifact}.`,
  unpack: () => 'Unpack it.',
  'install-package': () => 'Install the package.',
  'start-service-first': () => 'Enable and start the service first, then enroll (the reverse order fails on the daemon restart).',
  'install-fleet-server': () => 'Install Elastic Agent with Fleet Server.',
  'install-agent': () => 'Install Elastic Agent and enroll it in Fleet.',
  'enroll-fleet-server': () => 'Enroll the agent with Fleet Server.',
  'enroll-agent': () => 'Enroll the agent in Fleet.',
  'insecure-lab': () => 'Lab only: --insecure skips the check of the Fleet Server certificate, nothing else.',
  'replace-placeholder': () => 'Replace the <PLACEHOLDERS> with the values from Kibana.',
  'run-elevated-powershell': () => 'Run in PowerShell as Administrator (not PowerShell ISE).',
  'kibana-fleet-server-hosts': () => 'Fleet → Settings → Fleet Server hosts → Add Fleet Server (or Edit)',
  'kibana-fleet-server-hosts-cloud': () => 'Fleet → Settings → Fleet Server hosts: Elastic Cloud manages this entry; keep it as is',
  'kibana-fleet-server-hosts-ssl': () =>
    'Same Fleet Server host → Authentication (Kibana 9.1 and later; optional: the install flags already set these at enrollment, and policy values override them later)',
  'kibana-outputs': () => 'Fleet → Settings → Outputs → Edit the default output',
  'kibana-advanced-yaml-none': () => 'leave empty',
  'output-yaml-none': () => 'This output needs no Advanced YAML: its certificate is signed by a public CA.',
};

/** Why a plan file could not be opened. */
export function openPlanErrorMessage(error: OpenPlanError): string {
  switch (error.code) {
    case 'not-json':
      return 'This file is not a plan: it is not JSON. Open a plan downloaded from Fleet TLS Wizard.';
    case 'not-a-plan':
      return 'This JSON file is not a Fleet TLS Wizard plan (it has no plan version).';
    case 'newer-version':
      return `This plan was saved by a newer Fleet TLS Wizard (plan version ${error.version}). Use a newer release to open it.`;
    case 'unsupported-version':
      return `Plan version ${error.version} is too old to open here.`;
    case 'invalid-fields':
      return `This plan has fields this wizard cannot read: ${error.fields.slice(0, 5).join(', ')}${error.fields.length > 5 ? ', …' : ''}.`;
  }
}

const SERVER: Record<string, string> = {
  elasticsearch: 'Elasticsearch (xpack.security.http.ssl.certificate_authorities)',
  logstash: 'the Logstash elastic_agent input (ssl_certificate_authorities)',
  proxy: 'your proxy',
};

/** What the wizard noticed: what, where, and what to do. */
export const FINDING_MESSAGES: Record<FindingCode, Message> = {
  'insecure-covers-only-fleet': () =>
    '--insecure only skips the check of Fleet Server’s certificate when agents enroll and check in. Fleet Server → Elasticsearch and the agents’ output are still verified: they need the Elasticsearch CA (or its fingerprint), and an expired certificate still fails. Use this for a lab only.',
  'lab-url-is-hostname': (p) =>
    `Without a certificate, Fleet Server’s self-signed one is made for its host name, and enrollment rewrites the URL to https://<host name>:${p.port}. Use that host name in the Fleet Server host URL and in the agents’ --url.`,
  'token-placeholder': (p) =>
    p.token === 'enrollment'
      ? 'The agent commands show <ENROLLMENT_TOKEN>: paste the enrollment token from Fleet → Enrollment tokens, or replace it before running them. Tokens are never saved.'
      : 'The Fleet Server command shows <FLEET_SERVER_SERVICE_TOKEN>: generate one in Fleet → Add Fleet Server, or use a token file.',
  'yaml-paths-mixed-os': (p) =>
    `The Output’s Advanced YAML names ${p.path}, and one output policy serves every agent: that path does not exist on Windows hosts. Paste the certificates inline in the YAML instead, or give Windows agents their own policy and output.`,
  'defend-needs-rsa': (p) =>
    `Elastic Defend before 9.1 (the fleet runs ${p.version}) accepts only RSA certificates for the Fleet Server and output connections; it silently drops EC keys. Use RSA certificates, or upgrade to 9.1.`,
  'fleet-es-key-unencrypted': () =>
    'Fleet Server’s client key for Elasticsearch cannot have a passphrase: there is no --fleet-server-es-cert-key-passphrase flag. Keep that key unencrypted and readable by root only.',
  'client-auth-optional': () =>
    'Client auth “optional” checks a certificate only when an agent sends one: agents without a certificate still connect. Choose “required” to keep them out.',
  'fingerprint-ca-in-chain': () =>
    'A CA trusted fingerprint only works when that CA certificate is in the chain Elasticsearch presents. If Elasticsearch sends only its own certificate, use the CA file instead.',
  'output-server-trusts-agent-ca': (p) =>
    `Agents present client certificates to the output: ${SERVER[String(p.server)] ?? String(p.server)} must trust the CA that signed them (the agent CA).`,
  'per-host-client-certs': () =>
    'The output policy gives every agent the same certificate path. For one certificate per host, keep that path and place each host’s own file at it.',
};
