import type { FileProblem, FileProblemParams } from '../../domain/certs/types';
import type { WorkLimit } from '../../domain/certs/work-budget';
import type { FindingParams } from '../../domain/checks/finding';
import type { Coded } from '../../domain/coded';
import type { InspectRole } from '../../domain/inspect/shelf';
import type { LegId, NodeId } from '../../domain/topology/leg';
import { say, type CodedCatalogue } from '../contract';
import { count, plural } from './locale';

// The words of findings, file problems and connections: loaded with the output panel,
// the certificate panel and the CLI, not with the first screen (ADR 3).

/** The output's server, by the output-server-trusts-agent-ca `server` parameter. */
const SERVER: Readonly<Partial<Record<NodeId, string>>> = {
  elasticsearch: 'Elasticsearch (xpack.security.http.ssl.certificate_authorities)',
  logstash: 'the Logstash elastic_agent input (ssl_certificate_authorities)',
  proxy: 'your proxy',
};

/** What the wizard noticed: what, where, and what to do. */
export const FINDING_MESSAGES: CodedCatalogue<FindingParams> = {
  'insecure-covers-only-fleet': () =>
    '--insecure only skips the check of Fleet Server’s certificate when agents enroll and check in. Fleet Server → Elasticsearch and the agents’ output are still verified: they need the Elasticsearch CA (or its fingerprint), and an expired certificate still fails. Use this for a lab only.',
  'lab-url-is-hostname': (p) =>
    `Without a certificate, elastic-agent enroll generates a self-signed one for the Fleet Server host’s own name and enrolls that host through https://<its host name>:${p.port}. Agents skip the check with --insecure, so any name or IP address that reaches the Fleet Server host works in the Fleet Server host URL and in their --url.`,
  'token-placeholder': (p) =>
    p.token === 'enrollment'
      ? 'The agent commands show <ENROLLMENT_TOKEN>: paste the enrollment token from Fleet → Enrollment tokens, or replace it before running them. Tokens are never saved.'
      : 'The Fleet Server command shows <FLEET_SERVER_SERVICE_TOKEN>: generate one in Fleet → Add Fleet Server, or use a token file.',
  'yaml-paths-mixed-os': (p) =>
    p.key
      ? `The Output’s Advanced YAML names ${p.path} and other files by path, its key among them, and one output serves every agent of a policy: those paths cannot exist on Linux and Windows hosts at once. A key cannot go inline, so give the Windows agents their own agent policy with an output of their own whose YAML names their paths.`
      : `The Output’s Advanced YAML names ${p.path}, and one output serves every agent of a policy: that path does not exist on Windows hosts. Paste the certificate inline in the YAML instead, or give the Windows agents their own agent policy and output.`,
  'defend-needs-rsa': (p) =>
    `Elastic Defend before 9.1 (the fleet runs ${p.version}) accepts only RSA certificates for the Fleet Server and output connections; with an EC key its policy reports “Invalid or unsupported PEM”. Use RSA certificates, or upgrade to 9.1.`,
  'fleet-es-key-unencrypted': () =>
    'Fleet Server’s client key for Elasticsearch cannot have a passphrase: there is no --fleet-server-es-cert-key-passphrase flag. Keep that key unencrypted and readable by root only.',
  'client-auth-optional': () =>
    'Client auth “optional” checks a certificate only when an agent sends one: agents without a certificate still connect. Choose “required” to keep them out.',
  'fingerprint-ca-in-chain': () =>
    'A CA trusted fingerprint only works when that CA certificate is in the chain Elasticsearch presents. If Elasticsearch sends only its own certificate, use the CA file instead.',
  'output-server-trusts-agent-ca': (p) =>
    `Agents present client certificates to the output: ${SERVER[p.server] ?? p.server} must trust the CA that signed them (the agent CA).`,
  'per-host-client-certs': () =>
    'The output policy gives every agent the same certificate path. For one certificate per host, keep that path and place each host’s own file at it.',
  'fleet-server-checks-client-san': (p) =>
    `Fleet Server ${p.version} checks each agent’s client certificate against the name the agent dialled (fixed in 8.16.2): agent certificates must carry ${p.names} as DNS names in their Subject Alternative Names, or agents are refused with “remote error: tls: bad certificate”. Reissue them with those names, or upgrade Fleet Server and the agents to 8.16.2 or later.`,
  'fleet-server-policy-own-output': (p) =>
    p.reason === 'logstash'
      ? 'Kibana refuses a Logstash output for the Fleet Server policy (“Logstash output cannot be used with Fleet Server integration”): keep an Elasticsearch output for it, as the Kibana steps show, and add Logstash as a new output for the agents.'
      : 'The Fleet Server host runs another operating system than the agents whose paths the Output’s YAML carries, and its policy uses that output too: its integrations could not read those files, and Fleet Server falls back to its install settings (“Failed Elasticsearch output configuration test, using bootstrap values”). Give the Fleet Server policy an Elasticsearch output of its own, as the Kibana steps show.',
  'fleet-server-policy-output-files': (p) =>
    `The Fleet Server policy uses the default output too, so the Fleet Server host reads ${p.paths}, the Output’s paths: copy those files there as well (the Fleet Server script does), or give the Fleet Server policy an output of its own. Otherwise its integrations cannot ship and Fleet Server falls back to its install settings.`,
  'es-client-auth': (p) =>
    `Elasticsearch checks these client certificates only once xpack.security.http.ssl.client_authentication is ${p.mode} (the runbook’s Elasticsearch step); by default (none) they are never used. ${
      p.mode === 'required'
        ? 'With required, every client of the HTTP port must send one: Kibana (elasticsearch.ssl.certificate and key), Logstash’s elasticsearch output, Fleet Server’s own connection, scripts and curl.'
        : 'With optional, a certificate is checked when one is sent, and clients without one keep authenticating as before.'
    } Add the CAs that signed them to xpack.security.http.ssl.certificate_authorities.`,
  'es-client-auth-only-output': () =>
    'Elasticsearch requires client certificates (client_authentication: required), and agents present one, but Fleet Server does not: Fleet Server’s connection is refused (“tls: certificate required”). Choose optional, or turn on mutual TLS between Fleet Server and Elasticsearch too.',
  'es-client-auth-only-fleet-server': () =>
    'Elasticsearch requires client certificates (client_authentication: required), and Fleet Server presents one, but the agents’ output does not: every agent’s output is refused (“tls: certificate required”). Choose optional, or turn on mutual TLS between agents and their output too.',
  'defend-encrypted-output-key': () =>
    'Elastic Defend with an encrypted output key: Elastic Agent decrypts keys for Defend only in its Fleet Server settings, and passes output keys as they are. Inferred from elastic-agent’s source, not tested: Defend’s own output connection may fail to read this key. Keep the output key unencrypted where Defend runs, or test it first.',
  'fleet-url-port': (p) =>
    `Agents dial ${p.url} (port ${p.port}), and Fleet Server listens on ${p.listen}. That works only through a load balancer or port forward that maps ${p.port} to ${p.listen}; otherwise use :${p.listen} in the URL.`,
  'fleet-url-path': (p) =>
    `${p.url} has a path (${p.path}). Agents then call ${p.path}/api/fleet/…, which Fleet Server itself does not serve: this works only through a proxy that removes the path.`,
  'file-missing': (p) => `Add ${roleName(p.role)} to check this connection.`,
  'file-unusable': (p) => fileUnusable(p),
  'file-not-opened': (p) =>
    `${p.file}, given as ${roleName(p.role)}, is not opened yet: ${NOT_OPENED_WHY[p.problem] ?? 'see its card'}. Open it there to check this connection.`,
  'cert-order-wrong': (p) =>
    `${p.file} starts with ${p.first}, a CA certificate; ${p.meant} comes after it. Go presents the first certificate of a file as the ${p.side === 'client' ? 'client' : 'server'}’s own and checks the key against it, so this file fails to load (“tls: private key does not match public key”) or presents the CA. Put ${p.meant} first, then its intermediate CAs, e.g. cat server.crt intermediate.crt > bundle.crt, and use bundle.crt.`,
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
  'chain-search-limit': (p) =>
    `Building a chain from ${p.file} to the CAs in ${p.caFile} takes more than ${p.checks} signature checks: many CA certificates there share one name (a loop of cross-signed CAs, or a large bundle of same-named ones). Go gives up: “x509: signature check attempts limit reached while verifying certificate chain”. Keep only the CA certificates this chain needs in ${p.caFile} and ${p.file}.`,
  'chain-weak-signature': (p) =>
    `A certificate on the path from ${p.file} is signed with SHA-1 or MD5, which Go refuses: “x509: cannot verify signature: insecure algorithm”. Reissue it with SHA-256.`,
  'dial-unreadable': (p) =>
    `“${p.dial}” is not an address a client can dial, so no certificate can be checked against it. Write it like https://fleet.example.com:8220 (or host:5044 for Logstash).`,
  'san-missing': (p) =>
    `${p.file} does not cover ${p.host} (it covers: ${p.covers || 'nothing'}). Clients will log “x509: ${goHostnameError(p)}”. Reissue it with that name, e.g. elasticsearch-certutil cert --pem --ca-cert ca.crt --ca-key ca.key --name server ${p.ip ? '--ip' : '--dns'} ${p.host}, or use a URL with a name it covers.`,
  'host-by-common-name': (p) =>
    `${p.file} has no DNS name among its Subject Alternative Names: it covers ${p.host} only by its Common Name (${p.cn}). Elastic Agent and Fleet Server accept that with verification_mode: ${p.mode} (the default), where elastic-agent-libs falls back to the Common Name. verification_mode: strict, browsers, curl and other clients refuse it (“x509: ${
      p.sanExtension
        ? `certificate is not valid for any names, but wanted to match ${p.host}`
        : 'certificate relies on legacy Common Name field, use SANs instead'
    }”). Reissue it with --dns ${p.host}.`,
  'client-san-missing': (p) =>
    `Fleet Server ${p.version} checks the agents’ client certificates against the name they dial (fixed in 8.16.2), and ${p.file} does not cover ${p.host} (it covers: ${p.covers || 'nothing'}). Fleet Server refuses it: the agent logs “remote error: tls: bad certificate”. Add ${p.host} as a DNS name to the agents’ certificates, or upgrade Fleet Server and the agents to 8.16.2.`,
  'eku-missing': (p) =>
    `${p.file} is not allowed for ${p.purpose === 'serverAuth' ? 'servers (serverAuth)' : 'clients (clientAuth)'}; it lists ${p.has}. Expect “x509: certificate specifies an incompatible key usage”. Reissue it with extendedKeyUsage = ${p.purpose}, or with both serverAuth and clientAuth.`,
  'cert-expired': (p) => `${p.subject} in ${p.file} expired on ${p.notAfter.slice(0, 10)}: “x509: certificate has expired or is not yet valid”. Renew it.`,
  'cert-not-yet-valid': (p) =>
    `${p.subject} in ${p.file} is valid only from ${p.notBefore.slice(0, 19).replace('T', ' ')} UTC. Check the clocks of the hosts (NTP) or wait.`,
  'cert-expiring': (p) =>
    `${p.subject} in ${p.file} expires in ${plural(p.days, { one: '1 day', other: `${count(p.days)} days` })} (${p.notAfter.slice(0, 10)}). Plan its renewal.`,
  'key-mismatch': (p) => `${p.keyFile} is not the key of ${p.file}: “tls: private key does not match public key”. Use the key made with that certificate.`,
  'key-locked': (p) => `${p.keyFile} is encrypted: enter its passphrase on the file to check that it matches its certificate.`,
  'key-encrypted-toggle-off': (p) =>
    `${p.keyFile} is encrypted. Turn on “key is encrypted” for it, so that the commands write its passphrase file and pass ${p.flag}; without it: “no passphrase available”.`,
  'key-encrypted-no-passphrase-flag': (p) =>
    `${p.keyFile} is encrypted, but Fleet Server’s client key for Elasticsearch cannot have a passphrase. Decrypt it: openssl pkey -in ${p.keyFile} -out fleet-server-es.key.`,
  'defend-non-rsa': (p) =>
    `${p.subject} in ${p.file} uses ${p.algorithm}. Elastic Defend before 9.1 accepts only RSA here and drops the key silently. Use an RSA certificate, or upgrade to 9.1.`,
  'cert-expired-unused': (p) =>
    `${p.file} also holds ${plural(p.count, { one: '1 expired certificate', other: `${count(p.count)} expired certificates` })} this connection does not use (${p.subjects}). Go and OpenSSL ignore what they do not use, so this changes nothing here; remove ${plural(p.count, { one: 'it', other: 'them' })} when you tidy the file.`,
  'weak-rsa-key': (p) => `${p.subject} in ${p.file} has a ${p.bits}-bit RSA key; use 2048 bits or more.`,
  'ca-not-ca': (p) =>
    `${p.subject} in ${p.file} is not a CA certificate (no basicConstraints CA:TRUE), so it cannot be trusted as an issuer: “x509: certificate is not authorized to sign other certificates”. Use the CA certificate that issued it.`,
  'fingerprint-no-file': () => 'None of the files here has this fingerprint. Drop the Elasticsearch CA certificate to check it.',
  'fingerprint-not-ca': (p) =>
    `The fingerprint is that of ${p.subject} in ${p.file}, which is not a CA. ca_trusted_fingerprint trusts only CA certificates; use the CA’s fingerprint.`,
  'fingerprint-ca-not-presented': (p) =>
    `The CA with this fingerprint is not in ${p.file}, the chain the server sends, so the fingerprint will not match (“does not match the fingerprint of any Certificate Authority present in the server's certificate chain”). Append the CA to the server’s certificate file, or use the CA file instead.`,
};

/** The roles, named for people (a role not named here is shown as it is). */
const ROLE_NAMES: Readonly<Partial<Record<InspectRole, string>>> = {
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
export const FILE_PROBLEM_MESSAGES: CodedCatalogue<FileProblemParams> = {
  empty: () => 'The file is empty.',
  'too-large': (p) =>
    `The file is ${Math.ceil(p.size / 1048576)} MB; certificate files are far smaller (the limit is ${Math.round(p.maxBytes / 1048576)} MB). Is it the right file?`,
  'not-recognised': () => 'This is not a certificate or a key: no PEM block, DER certificate or PKCS#12 archive was found.',
  'pem-truncated': () => 'A PEM block starts but never ends (no -----END line): the file was cut short. Copy it again.',
  'pem-bad-base64': () => 'A PEM block’s base64 text is damaged. Copy the file again, without changes.',
  'pem-unsupported-block': (p) => `The PEM block “${p.label}” is not a certificate or a private key; it was skipped.`,
  'certificate-malformed': () => 'A certificate in this file cannot be read: its DER structure is damaged.',
  'key-malformed': () => 'A private key in this file cannot be read: its structure is damaged.',
  'password-needed': () => 'This file is encrypted: enter its password or passphrase to open it.',
  'password-wrong': () => 'That password does not open this file. Try again (passwords are case-sensitive).',
  'pkcs12-malformed': () => 'This looks like a PKCS#12 (.p12/.pfx) archive but cannot be read.',
  'pkcs12-legacy-unsupported': (p) => `This PKCS#12 archive uses legacy encryption (RC2) that browsers cannot open. Convert it on your host: ${p.command}`,
  'legacy-pem-cipher-unsupported': (p) =>
    `This key is encrypted with ${p.cipher}, which browsers cannot open. Re-encrypt it as PKCS#8 (also what Logstash needs): ${p.command}`,
  'encrypted-key-cipher-unsupported': (p) => `This encrypted key uses a cipher browsers cannot open. Re-encrypt it: ${p.command}`,
  'dsa-key-unsupported': () => 'DSA keys are not supported by Elastic Agent or Go’s TLS. Use RSA or ECDSA.',
  'key-algorithm-unsupported': () => 'This key’s algorithm is not supported by Elastic Agent’s TLS. Use RSA or ECDSA.',
  'work-limit-exceeded': (p) =>
    `${WORK_LIMIT_WORDS[p.limit](p.needed, p.allowed)} It was not opened: a file made by a usual tool needs far less. Is it damaged, or is it the right file?`,
  'encrypted-key-agent-unsupported': (p) =>
    `Elastic Agent cannot open this encrypted key (${p.scheme}): it reads only PBES2 with PBKDF2 (HMAC-SHA1 or HMAC-SHA256) or scrypt. Re-encrypt it: ${p.command}`,
};

/** The file's work limits (src/domain/certs/work-budget.ts), each named with its numbers. */
const WORK_LIMIT_WORDS: Readonly<Record<WorkLimit, (needed: number, allowed: number) => string>> = {
  'pbkdf2-iterations': (n, a) => `Opening this file would take ${count(n)} PBKDF2 iterations; the limit for one file is ${count(a)}.`,
  'pkcs12-kdf-iterations': (n, a) =>
    `Opening this file would take ${count(n)} iterations of the PKCS#12 key derivation (its MAC or its encryption); the limit for one file is ${count(a)}.`,
  'scrypt-memory-bytes': (n, a) =>
    `This key’s scrypt parameters ask for ${count(Math.ceil(n / 1048576))} MiB of memory; the limit is ${count(Math.floor(a / 1048576))} MiB.`,
  'scrypt-work': (n, a) => `Opening this file would take scrypt work of ${count(n)} (N × r × p); the limit for one file is ${count(a)}.`,
};

/** A file problem in English words. */
export function describeFileProblem(problem: FileProblem): string {
  return say(FILE_PROBLEM_MESSAGES, problem);
}

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

const roleName = (role: InspectRole) => ROLE_NAMES[role] ?? role;

/** What Go's x509.HostnameError prints, which elastic-agent-libs' host check returns. */
function goHostnameError(p: FindingParams['san-missing']): string {
  if (p.valid) return `certificate is valid for ${p.valid}, not ${p.host}`;
  return p.ip
    ? `cannot validate certificate for ${p.host} because it doesn't contain any IP SANs`
    : `certificate is not valid for any names, but wanted to match ${p.host}`;
}

/** A file-unusable or file-not-opened finding's `problem`: a file problem, or ''. */
type UnusableProblem = FindingParams['file-unusable']['problem'];

/** Why a file yields nothing, from its first problem. */
const EMPTY_WHY: Readonly<Partial<Record<UnusableProblem, string>>> = {
  empty: 'it is empty',
  'not-recognised': 'it is not a certificate or a key',
  'pem-truncated': 'it was cut short',
  'pem-bad-base64': 'its base64 text is damaged',
  'pem-unsupported-block': 'it holds another kind of PEM block',
  'certificate-malformed': 'its certificate is damaged',
  'key-malformed': 'its key is damaged',
};

/** Why the agent cannot load a key, by the key file's problem (inspect/file-usability.ts AGENT_UNUSABLE_KEY_PROBLEMS). */
const KEY_WHY: Readonly<Partial<Record<UnusableProblem, (file: string) => string>>> = {
  'encrypted-key-agent-unsupported': (file) =>
    `its encryption is not one elastic-agent-libs reads (PKCS#8 with PBES2 only, keyed by PBKDF2 with HMAC-SHA1 or HMAC-SHA256, or by scrypt; PBES1 gives “pkcs8: only PBES2 supported”). Re-encrypt it: openssl pkcs8 -topk8 -v2 aes-256-cbc -in ${file} -out converted.key`,
  'dsa-key-unsupported': () => 'it is a DSA key, which Go’s TLS does not load. Use an RSA or ECDSA key',
  'key-algorithm-unsupported': () => 'its algorithm is not one Go’s TLS loads (RSA, ECDSA, Ed25519)',
  'key-malformed': () => 'it is damaged. Copy it again',
};

/** Why a file is not opened yet, by its problem (inspect/file-usability.ts NOT_OPENED_PROBLEMS). */
const NOT_OPENED_WHY: Readonly<Partial<Record<UnusableProblem, string>>> = {
  'password-needed': 'it needs its password or passphrase',
  'password-wrong': 'the password given does not open it',
  'pkcs12-legacy-unsupported': 'its legacy encryption cannot be opened in a browser; convert it as its card shows',
  'legacy-pem-cipher-unsupported': 'its cipher cannot be opened in a browser; re-encrypt it as its card shows',
  'encrypted-key-cipher-unsupported': 'its cipher cannot be opened in a browser; re-encrypt it as its card shows',
  'too-large': 'it is too large to read here',
};

const SERVER_ROLE_NAMES: ReadonlySet<InspectRole> = new Set<InspectRole>(['esServerCert', 'logstashServerCert', 'proxyServerCert']);

/** A file given for a role that cannot serve it: what it holds, and what the process loading it says. */
function fileUnusable(p: FindingParams['file-unusable']): string {
  const given = `${p.file}, given as ${roleName(p.role)},`;
  const why = EMPTY_WHY[p.problem];
  const because = why ? ` (${why})` : '';
  if (p.reason === 'agent-cannot-open') {
    return `${given} holds a key Elastic Agent and Fleet Server cannot load: ${KEY_WHY[p.problem]?.(p.file) ?? 'see its card'}. This connection fails until it is replaced.`;
  }
  if (p.kind === 'key') {
    const error =
      p.holds === 'certificate' ? 'tls: found a certificate rather than a key in the PEM for the private key' : 'tls: failed to find any PEM data in key input';
    return `${given} holds no private key${p.holds === 'certificate' ? ', only a certificate' : because}. Loading it fails (“${error}”), so this connection fails. Use the key file made with the certificate.`;
  }
  const holds = p.holds === 'key' ? ', only a private key' : because;
  if (SERVER_ROLE_NAMES.has(p.role)) {
    return `${given} holds no certificate${holds}: that server cannot present it, so this connection fails. Use the certificate file that server is configured with.`;
  }
  if (p.kind === 'ca') {
    return `${given} holds no certificate${holds}. Elastic Agent and Fleet Server refuse it (“file is not a certificate adding ${p.file} to the list of known CAs”), so this connection fails. Use the CA certificate file (PEM).`;
  }
  const error =
    p.holds === 'key'
      ? 'tls: failed to find certificate PEM data in certificate input, but did find a private key; PEM inputs may have been switched'
      : 'tls: failed to find any PEM data in certificate input';
  return `${given} holds no certificate${holds}. Loading it fails (“${error}”), so this connection fails. Use the certificate file (PEM).`;
}

export function describeFinding(finding: Coded<FindingParams>): string {
  return say(FINDING_MESSAGES, finding);
}
