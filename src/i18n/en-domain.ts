import type { FileProblemCode } from '../domain/certs/types';
import type { FindingCode } from '../domain/checks/finding';
import type { LegId } from '../domain/topology/leg';
import type { PlanIssueCode } from '../domain/plan/plan-issue';

type Params = Readonly<Record<string, string | number>>;
type Message = (p: Params) => string;

const FEATURE: Record<string, string> = {
  'mutual-flags': 'Mutual TLS flags (--elastic-agent-cert, --fleet-server-client-auth, --fleet-server-es-cert, …)',
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
  'version-invalid': (p) => `“${p.value}” is not a release; write it like 9.2.1.`,
  'version-whitespace': (p) => `“${p.value}” has spaces around it; write just the release, like ${String(p.value).trim()}.`,
  'version-incomplete': (p) =>
    `${p.value} is not a release: downloads exist only for full x.y.z releases. Write the patch release too, e.g. ${p.value}.0 or the latest ${p.value}.x.`,
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
  'path-character': (p) =>
    `“${p.value}” contains “${p.char}”. Certificate folders and file names may hold letters, digits and . _ - + @ = only: shells and PowerShell give the others a meaning.`,
  'url-shape-differs': (p) =>
    `${p.value} differs from the first URL in its protocol or path; Kibana refuses Fleet Server host URLs that do.`,
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
    `This has ${p.length} hex characters; a SHA-256 fingerprint has 64${Number(p.length) === 40 ? ' (40 is a SHA-1 fingerprint: use -sha256)' : ''}.`,
  'policy-id-invalid': (p) => `“${p.value}” is not a policy id; ids have no spaces. Copy it from Fleet → Agent policies.`,
};

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
    'The output policy gives every agent the same certificate path. For one certificate per host, keep that path and place each host’s own file at it.',  'file-missing': (p) => `Add ${ROLE_NAMES[String(p.role)] ?? String(p.role)} to check this connection.`,
  'chain-unknown-authority': (p) =>
    `${p.file} (issued by ${p.issuer}) is not signed by a CA in ${p.caFile}. The ${p.side === 'client' ? 'server' : 'client'} will refuse it: “x509: certificate signed by unknown authority”. ${
      p.betterCaFile ? `${p.betterCaFile} signs it: use that file as the CA.` : 'Use the CA that issued it, or reissue the certificate from this CA.'
    }`,
  'chain-missing-intermediate': (p) =>
    `${p.file} does not include the intermediate CA in ${p.intermediateFile}; Go clients do not fetch missing intermediates (“x509: certificate signed by unknown authority”). Append it: cat ${p.file} ${p.intermediateFile} > bundle.crt, and use bundle.crt.`,
  'chain-bad-signature': (p) =>
    `A CA named like the issuer of ${p.file} is in ${p.caFile}, but its key did not sign it: the CA was probably regenerated. Expect “x509: certificate signed by unknown authority (possibly because of …)”. Use the CA file that really signed it.`,
  'chain-issuer-not-ca': (p) =>
    `A certificate on the path from ${p.file} is not a CA (basicConstraints CA:TRUE missing): “x509: certificate is not authorized to sign other certificates”. Order the bundle leaf → intermediate → root and use CA certificates as issuers.`,
  'chain-incompatible-usage': (p) =>
    `A CA above ${p.file} restricts its extended key usage and does not allow ${p.purpose}: “x509: certificate specifies an incompatible key usage”. Issue it from a CA without that restriction.`,
  'chain-weak-signature': (p) =>
    `A certificate on the path from ${p.file} is signed with SHA-1 or MD5, which Go refuses: “x509: cannot verify signature: insecure algorithm”. Reissue it with SHA-256.`,
  'san-missing': (p) =>
    `${p.file} does not cover ${p.host} (it covers: ${p.covers || 'nothing'}). Clients will log “x509: ${
      Number(p.ip) ? `cannot validate certificate for ${p.host} because it doesn't contain any IP SANs` : `certificate is valid for ${p.covers}, not ${p.host}`
    }”. Reissue it with that name, e.g. elasticsearch-certutil cert --pem --ca-cert ca.crt --ca-key ca.key --name server ${Number(p.ip) ? '--ip' : '--dns'} ${p.host}, or use a URL with a name it covers.`,
  'san-absent': (p) =>
    `${p.file} has no Subject Alternative Name, only a Common Name (${p.cn || 'empty'}). Go’s TLS ignores the Common Name: “x509: certificate relies on legacy Common Name field, use SANs instead”. Reissue it with --dns/--ip names.`,
  'eku-missing': (p) =>
    `${p.file} is not allowed for ${p.purpose === 'serverAuth' ? 'servers (serverAuth)' : 'clients (clientAuth)'}; it lists ${p.has}. Expect “x509: certificate specifies an incompatible key usage”. Reissue it with extendedKeyUsage = ${p.purpose}, or with both serverAuth and clientAuth.`,
  'cert-expired': (p) => `${p.subject} in ${p.file} expired on ${String(p.notAfter).slice(0, 10)}: “x509: certificate has expired or is not yet valid”. Renew it.`,
  'cert-not-yet-valid': (p) =>
    `${p.subject} in ${p.file} is valid only from ${String(p.notBefore).slice(0, 19).replace('T', ' ')} UTC. Check the clocks of the hosts (NTP) or wait.`,
  'cert-expiring': (p) => `${p.subject} in ${p.file} expires in ${p.days} day${Number(p.days) === 1 ? '' : 's'} (${String(p.notAfter).slice(0, 10)}). Plan its renewal.`,
  'key-mismatch': (p) => `${p.keyFile} is not the key of ${p.file}: “tls: private key does not match public key”. Use the key made with that certificate.`,
  'key-locked': (p) => `${p.keyFile} is encrypted: enter its passphrase on the file to check that it matches its certificate.`,
  'key-encrypted-toggle-off': (p) =>
    `${p.keyFile} is encrypted. Turn on “key is encrypted” for it, so that the commands write its passphrase file and pass ${p.flag}; without it: “no passphrase available”.`,
  'key-encrypted-no-passphrase-flag': (p) =>
    `${p.keyFile} is encrypted, but Fleet Server’s client key for Elasticsearch cannot have a passphrase. Decrypt it: openssl pkey -in ${p.keyFile} -out fleet-server-es.key.`,
  'defend-non-rsa': (p) =>
    `${p.subject} in ${p.file} uses ${p.algorithm}. Elastic Defend before 9.1 accepts only RSA here and drops the key silently. Use an RSA certificate, or upgrade to 9.1.`,
  'weak-rsa-key': (p) => `${p.subject} in ${p.file} has a ${p.bits}-bit RSA key; use 2048 bits or more.`,
  'ca-not-ca': (p) =>
    `${p.subject} in ${p.file} is not a CA certificate (no basicConstraints CA:TRUE), so it cannot be trusted as an issuer: “x509: certificate is not authorized to sign other certificates”. Use the CA certificate that issued it.`,
  'fingerprint-no-file': () => 'None of the files here has this fingerprint. Drop the Elasticsearch CA certificate to check it.',
  'fingerprint-not-ca': (p) =>
    `The fingerprint is that of ${p.subject} in ${p.file}, which is not a CA. ca_trusted_fingerprint trusts only CA certificates; use the CA’s fingerprint.`,
  'fingerprint-ca-not-presented': (p) =>
    `The CA with this fingerprint is not in ${p.file}, the chain the server sends, so the fingerprint will not match (“does not match the fingerprint of any Certificate Authority present in the server's certificate chain”). Append the CA to the server’s certificate file, or use the CA file instead.`,
};

const ROLE_NAMES: Record<string, string> = {
  fleetServerCa: 'the CA that signed the Fleet Server certificate',
  fleetServerCert: 'the Fleet Server certificate',
  fleetServerKey: 'the Fleet Server key',
  agentCa: 'the CA that signed the agents’ client certificates',
  agentCert: 'the agents’ client certificate',
  agentKey: 'the agents’ client key',
  esCa: 'the Elasticsearch CA',
  fleetServerEsCert: 'Fleet Server’s client certificate for Elasticsearch',
  fleetServerEsKey: 'Fleet Server’s client key for Elasticsearch',
  logstashCa: 'the Logstash CA',
  outputCert: 'the agents’ client certificate for the output',
  outputKey: 'the agents’ client key for the output',
  proxyCa: 'the CA that signed your proxy’s certificate',
  esServerCert: 'Elasticsearch’s HTTP certificate',
  logstashServerCert: 'Logstash’s certificate',
  proxyServerCert: 'your proxy’s certificate',
};

/** What was wrong with a file, and what to do about it. */
export const FILE_PROBLEM_MESSAGES: Record<FileProblemCode, Message> = {
  empty: () => 'The file is empty.',
  'too-large': (p) => `The file is ${Math.ceil(Number(p.size) / 1048576)} MB; certificate files are far smaller (the limit is ${Math.round(Number(p.maxBytes) / 1048576)} MB). Is it the right file?`,
  'not-recognised': () => 'This is not a certificate or a key: no PEM block, DER certificate or PKCS#12 archive was found.',
  'pem-truncated': () => 'A PEM block starts but never ends (no -----END line): the file was cut short. Copy it again.',
  'pem-bad-base64': () => 'A PEM block’s base64 text is damaged. Copy the file again, without changes.',
  'pem-unsupported-block': (p) => `The PEM block “${p.label ?? '?'}” is not a certificate or a private key; it was skipped.`,
  'certificate-malformed': () => 'A certificate in this file cannot be read: its DER structure is damaged.',
  'key-malformed': () => 'A private key in this file cannot be read: its structure is damaged.',
  'password-needed': () => 'This file is encrypted: enter its password or passphrase to open it.',
  'password-wrong': () => 'That password does not open this file. Try again (passwords are case-sensitive).',
  'pkcs12-malformed': () => 'This looks like a PKCS#12 (.p12/.pfx) archive but cannot be read.',
  'pkcs12-legacy-unsupported': (p) =>
    `This PKCS#12 archive uses legacy encryption (RC2/3DES) that browsers cannot open. Convert it on your host: ${p.command ?? 'openssl pkcs12 -legacy -in FILE -out converted.pem -nodes'}`,
  'legacy-pem-cipher-unsupported': (p) =>
    `This key is encrypted with ${p.cipher ?? 'a legacy cipher'}, which browsers cannot open. Re-encrypt it as PKCS#8 (also what Logstash needs): ${p.command ?? ''}`,
  'encrypted-key-cipher-unsupported': (p) => `This encrypted key uses a cipher browsers cannot open. Re-encrypt it: ${p.command ?? 'openssl pkcs8 -topk8 -v2 aes-256-cbc -in FILE -out converted.key'}`,
  'dsa-key-unsupported': () => 'DSA keys are not supported by Elastic Agent or Go’s TLS. Use RSA or ECDSA.',
  'key-algorithm-unsupported': () => 'This key’s algorithm is not supported by Elastic Agent’s TLS. Use RSA or ECDSA.',
};

/** The connections, named for people. */
export const LEG_NAMES: Record<LegId, string> = {
  'agent-fleet': 'Agents → Fleet Server',
  'fleet-self': 'Fleet Server host’s own agent → localhost:8221',
  'fleet-es': 'Fleet Server → Elasticsearch',
  'agent-output': 'Agents → output',
  'proxy-fleet-upstream': 'Your proxy → Fleet Server on Elastic Cloud',
  'proxy-es-upstream': 'Your proxy → Elasticsearch on Elastic Cloud',
};

export const ROLE_LABELS: Readonly<Record<string, string>> = ROLE_NAMES;
