/**
 * The requests held to labSpec and to reality: for each example plan, instances.yml parses
 * to what certutil reads, and the OpenSSL config and commands, run by bash with the real
 * openssl, make keys and CSRs that ask for exactly the SANs and EKU of the request; a
 * throwaway CA signing them with the PKI's command gives certificates that OpenSSL accepts
 * for their purpose and for every host the plan dials.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { MARKERS, hostilePlans } from '../../../test/hostile-plans';
import { serializeYaml } from '../generate/serialize-yaml';
import { quotePosix } from '../generate/shell/posix-quote';
import type { Plan } from '../plan/schema';
import { buildTopology } from '../topology/build-topology';
import { dialHost } from '../topology/dial-host';
import { isIpAddress } from '../topology/ip-literal';
import { certRequests, type CertRequest } from './cert-requests';
import { labSpec, type LabOptions } from './lab-spec';
import { certutilPlan } from './requests-certutil';
import { commandLine, opensslConfig, opensslRequestScript, opensslSigningCommand, requestFileNames } from './requests-openssl';
import { LAB_PLAN_NAMES, labPlan } from './lab-plans.test-helper';

const NAMES = LAB_PLAN_NAMES;
const EC: LabOptions = { cas: 'per-service', keyType: { kind: 'EC', curve: 'P-256' } };
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** An example plan with its blank hosts filled, as src/domain/lab/lab-reality.test.ts's examplePlan does. */
function examplePlan(name: string, change: (p: Plan) => void = () => {}): Plan {
  const plan = baseExample(name);
  change(plan);
  return plan;
}

const baseExample = labPlan;

const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'fleet-requests-'));
  dirs.push(dir);
  return dir;
};

/** Runs a script with bash in `dir`, bounded in time; stdout, stderr and the exit status. */
function runBash(dir: string, script: string, env: NodeJS.ProcessEnv = process.env) {
  const r = spawnSync('bash', ['-c', script], { cwd: dir, encoding: 'utf8', timeout: 60_000, env });
  return { status: r.status, out: r.stdout, err: r.stderr };
}

/** Splits output printed as `@@ key` header lines followed by that key's output. */
function sections(output: string): Map<string, string> {
  const out = new Map<string, string>();
  let key: string | null = null;
  for (const line of output.split('\n')) {
    if (line.startsWith('@@ ')) out.set((key = line.slice(3)), '');
    else if (key !== null) out.set(key, `${out.get(key) ?? ''}${line}\n`);
  }
  return out;
}

/** stderr without what openssl says when all is well: genpkey's progress dots, req -verify's OK. */
const noise = (err: string) => err.split('\n').filter((l) => l !== '' && !/^[.+*]+$/.test(l) && l !== 'Certificate request self-signature verify OK');

/** IPv6 as the URL parser writes it (OpenSSL prints it uncompressed and upper case). */
const normIp = (ip: string) => (ip.includes(':') ? new URL(`http://[${ip}]`).hostname.slice(1, -1) : ip);
const EKU_NAMES: Record<string, string> = { 'TLS Web Server Authentication': 'serverAuth', 'TLS Web Client Authentication': 'clientAuth' };
const KU_NAMES: Record<string, string> = { 'Digital Signature': 'digitalSignature', 'Key Encipherment': 'keyEncipherment' };

/** What `openssl req|x509 -text` shows of the extensions, in the request's vocabulary. */
function extensionsIn(text: string) {
  const after = (label: string) => new RegExp(`${label}:.*\\n\\s*(.*)`).exec(text)?.[1]?.trim() ?? '';
  const sans = after('X509v3 Subject Alternative Name')
    .split(', ')
    .filter((s) => s !== '');
  return {
    subject: /Subject: (.*)/.exec(text)?.[1]?.trim(),
    dns: sans.filter((s) => s.startsWith('DNS:')).map((s) => s.slice(4)),
    ips: sans.filter((s) => s.startsWith('IP Address:')).map((s) => normIp(s.slice(11))),
    eku: after('X509v3 Extended Key Usage')
      .split(', ')
      .map((e) => EKU_NAMES[e] ?? e),
    keyUsage: after('X509v3 Key Usage')
      .split(', ')
      .map((k) => KU_NAMES[k] ?? k),
    keyUsageCritical: /X509v3 Key Usage: critical/.test(text),
    basicConstraints: after('X509v3 Basic Constraints'),
    publicKey: /Public Key Algorithm: (.*)/.exec(text)?.[1]?.trim(),
    keyDetail: /(?:Public-Key: \((\d+) bit\))/.exec(text)?.[1],
    curve: /NIST CURVE: (.*)/.exec(text)?.[1]?.trim(),
  };
}

function expectedKey(r: CertRequest) {
  return r.keyType.kind === 'EC'
    ? { publicKey: 'id-ecPublicKey', curve: r.keyType.curve, keyDetail: r.keyType.curve === 'P-256' ? '256' : '384' }
    : { publicKey: 'rsaEncryption', curve: undefined, keyDetail: String(r.keyType.bits) };
}

/** Writes each request's config and requests.sh to a temp folder, as `fleet-tls requests` does. */
function writeRequests(requests: readonly CertRequest[]): string {
  const dir = tempDir();
  for (const r of requests) writeFileSync(join(dir, requestFileNames(r).config), opensslConfig(r));
  writeFileSync(join(dir, 'requests.sh'), opensslRequestScript(requests, quotePosix));
  return dir;
}

const CA_SCRIPT = [
  'openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -keyout test-ca.key -out test-ca.crt -days 2 -subj /CN=Throwaway\\ CA \\',
  '  -addext basicConstraints=critical,CA:TRUE -addext keyUsage=critical,keyCertSign,cRLSign 2>/dev/null',
].join('\n');

describe.each(NAMES)('the requests for %s', (name) => {
  const plan = examplePlan(name);
  const requests = certRequests(plan, EC);

  it('are labSpec’s certificates: the same subjects, SANs, EKUs and key types', () => {
    const spec = labSpec(plan, EC);
    const shape = (xs: readonly Pick<CertRequest, 'id' | 'commonName' | 'dns' | 'ips' | 'eku' | 'keyType'>[]) =>
      xs.map((x) => [x.id, x.commonName, x.dns, x.ips, x.eku, x.keyType]);
    expect(shape(requests)).toEqual(shape(spec.leaves));
    // Someone must trust each issuer: a CA file of the plan, or the server's own CA setting.
    for (const r of requests) expect([r.id, r.issuerFiles.length + r.issuerTrustedOn.length > 0]).toEqual([r.id, true]);
  });

  it('instances.yml parses to what certutil reads: name, filename, dns and ip lists', () => {
    const yml = serializeYaml(certutilPlan(requests, 365).instances);
    expect(parse(yml)).toEqual({
      instances: requests.map((r) => ({
        name: r.commonName,
        filename: r.cert.name.replace(/\.crt$/, ''),
        ...(r.dns.length > 0 ? { dns: [...r.dns] } : {}),
        ...(r.ips.length > 0 ? { ip: [...r.ips] } : {}),
      })),
    });
  });

  it.skipIf(requests.length === 0)(
    'the OpenSSL commands make PKCS#8 keys and CSRs asking for exactly the request; signed, they pass OpenSSL for every host',
    () => {
      const dir = writeRequests(requests);
      const made = runBash(dir, 'bash requests.sh');
      expect([made.status, noise(made.err)]).toEqual([0, []]);

      const sign = requests.map((r) => commandLine(opensslSigningCommand(r, { cert: 'test-ca.crt', key: 'test-ca.key', days: 30 }), quotePosix));
      const lines = [CA_SCRIPT, ...sign.map((s) => `${s} 2>&1`)];
      // Every host a client verifies, for the server certificate it checks.
      const dialled = new Map<string, string[]>();
      for (const leg of buildTopology(plan).legs) {
        if (leg.trust.kind !== 'ca' && leg.trust.kind !== 'fingerprint') continue;
        const r = requests.find((x) => x.purpose === leg.server);
        expect(r, `a request for ${leg.server}`).toBeDefined();
        const hosts = leg.dials.map(dialHost).filter((h): h is string => h !== null);
        dialled.set(r!.id, [...new Set([...(dialled.get(r!.id) ?? []), ...hosts])]);
      }
      for (const r of requests) {
        const f = requestFileNames(r);
        lines.push(`echo "@@ key ${r.id}"; head -1 ${quotePosix(f.key)}`);
        lines.push(`echo "@@ csr ${r.id}"; openssl req -in ${quotePosix(f.csr)} -noout -text`);
        lines.push(
          `echo "@@ pair ${r.id}"; cmp <(openssl pkey -in ${quotePosix(f.key)} -pubout) <(openssl x509 -in ${quotePosix(f.cert)} -noout -pubkey) && echo same`,
        );
        lines.push(`echo "@@ cert ${r.id}"; openssl x509 -in ${quotePosix(f.cert)} -noout -text`);
        const purpose = r.eku.includes('serverAuth') ? 'sslserver' : 'sslclient';
        lines.push(`echo "@@ verify ${r.id}"; openssl verify -CAfile test-ca.crt -purpose ${purpose} ${quotePosix(f.cert)} 2>&1`);
        for (const host of dialled.get(r.id) ?? []) {
          const flag = isIpAddress(host) ? '-checkip' : '-checkhost';
          lines.push(`echo "@@ host ${r.id} ${host}"; openssl x509 -in ${quotePosix(f.cert)} -noout ${flag} ${quotePosix(host)}`);
        }
      }
      const run = runBash(dir, lines.join('\n'));
      expect(run.status).toBe(0);
      const out = sections(run.out);
      for (const r of requests) {
        const asked = {
          subject: `CN = ${r.commonName}`,
          dns: r.dns,
          ips: r.ips.map(normIp),
          eku: r.eku,
          keyUsage: r.keyUsage,
          keyUsageCritical: true,
          basicConstraints: 'CA:FALSE',
          ...expectedKey(r),
        };
        expect([r.id, out.get(`key ${r.id}`)]).toEqual([r.id, '-----BEGIN PRIVATE KEY-----\n']);
        expect([r.id, extensionsIn(out.get(`csr ${r.id}`) ?? '')]).toEqual([r.id, asked]);
        // -copy_extensions copyall carried every extension the CSR asked for into the certificate.
        expect([r.id, extensionsIn(out.get(`cert ${r.id}`) ?? '')]).toEqual([r.id, asked]);
        expect([r.id, out.get(`pair ${r.id}`)]).toEqual([r.id, 'same\n']);
        expect([r.id, out.get(`verify ${r.id}`)?.trim()]).toEqual([r.id, `${requestFileNames(r).cert}: OK`]);
        for (const host of dialled.get(r.id) ?? [])
          expect([r.id, host, out.get(`host ${r.id} ${host}`)]).toEqual([r.id, host, expect.stringMatching(/does match certificate/)]);
      }
      expect([...out.keys()].filter((k) => k.startsWith('host ')).length).toBe([...dialled.values()].flat().length);
    },
  );
});

describe('what each request says beyond labSpec', () => {
  it('on-prem-mutual: purposes, hosts, key usage, and the CA files that must hold each issuer', () => {
    const requests = certRequests(examplePlan('on-prem-mutual'), EC);
    expect(requests.map((r) => [r.id, r.purpose, r.hosts, r.keyUsage, r.issuerFiles, r.issuerTrustedOn, r.keyReasons])).toEqual([
      ['fleet-server', 'fleet-server', ['fleet-server'], ['digitalSignature'], ['fleet-ca.crt'], [], []],
      ['elasticsearch', 'elasticsearch', ['elasticsearch'], ['digitalSignature'], ['es-ca.crt'], [], []],
      // The Fleet Server host's own agent presents it too (fleet-self, :8221).
      ['agentCert', 'agent-client', ['fleet-server', 'agent'], ['digitalSignature'], ['agent-ca.crt'], [], []],
      // Elasticsearch checks it against its own CAs, which the plan names no file for.
      ['fleetServerEsCert', 'fleet-server-es-client', ['fleet-server'], ['digitalSignature'], [], ['elasticsearch'], []],
    ]);
    expect(requests.find((r) => r.id === 'fleet-server')?.cert.pathsOn).toEqual({ 'fleet-server': ['/etc/elastic-agent/certs/fleet-server.crt'], agent: [] });
  });

  it('Defend before 9.1 gets RSA on the agents’ connections, with keyEncipherment on RSA servers; Logstash’s key must be PKCS#8', () => {
    const requests = certRequests(examplePlan('on-prem-logstash-mutual'), EC);
    expect(requests.map((r) => [r.id, r.keyType, r.keyUsage, r.keyReasons])).toEqual([
      ['fleet-server', { kind: 'RSA', bits: 2048 }, ['digitalSignature', 'keyEncipherment'], ['defend-needs-rsa']],
      ['elasticsearch', { kind: 'EC', curve: 'P-256' }, ['digitalSignature'], []],
      ['logstash', { kind: 'RSA', bits: 2048 }, ['digitalSignature', 'keyEncipherment'], ['defend-needs-rsa', 'logstash-needs-pkcs8']],
      ['agentCert', { kind: 'RSA', bits: 2048 }, ['digitalSignature'], ['defend-needs-rsa']],
    ]);
  });

  it('a common name longer than X.520 allows (64) falls back to the certificate’s id; the SANs still name the host', () => {
    const long = `${'a'.repeat(60)}.example.com`;
    const [r] = certRequests(
      examplePlan('on-prem-one-way', (p) => (p.fleetServer.urls = [`https://${long}:8220`])),
      EC,
    );
    expect([r?.commonName, r?.dns]).toEqual(['fleet-server', [long, 'localhost']]);
  });
});

describe('certutil', () => {
  it('cannot set EKU or make EC keys, makes PKCS#1 keys: each request it cannot express says so, and Logstash’s key is converted', () => {
    const requests = certRequests(examplePlan('on-prem-logstash-mutual'), EC);
    const plan = certutilPlan(requests, 90);
    expect(plan.requests.map((r) => [r.id, r.notes, r.csr, r.key])).toEqual([
      ['fleet-server', ['certutil-no-eku'], 'fleet-server/fleet-server.csr', 'fleet-server/fleet-server.key'],
      ['elasticsearch', ['certutil-no-eku', 'certutil-rsa-only'], 'elasticsearch/elasticsearch.csr', 'elasticsearch/elasticsearch.key'],
      ['logstash', ['certutil-no-eku', 'certutil-pkcs1-key'], 'logstash/logstash.csr', 'logstash/logstash.key'],
      ['agentCert', ['certutil-no-eku'], 'agent/agent.csr', 'agent/agent.key'],
    ]);
    expect(plan.keySize).toBe(2048);
    expect(plan.csrCommands.map((c) => c.join(' '))).toEqual([
      'bin/elasticsearch-certutil csr --in instances.yml --out csr-bundle.zip --keysize 2048',
      'unzip csr-bundle.zip',
    ]);
    expect(plan.certCommands.map((c) => c.join(' '))).toEqual([
      'bin/elasticsearch-certutil ca --pem --out elastic-stack-ca.zip --days 90 --keysize 2048',
      'unzip elastic-stack-ca.zip',
      'bin/elasticsearch-certutil cert --ca-cert ca/ca.crt --ca-key ca/ca.key --in instances.yml --pem --out certificate-bundle.zip --days 90 --keysize 2048',
      'unzip certificate-bundle.zip',
    ]);
    expect(plan.pkcs8Commands.map((c) => c.join(' '))).toEqual(['openssl pkcs8 -topk8 -nocrypt -in logstash/logstash.key -out logstash.key']);
  });

  it('the PKCS#8 conversion turns a PKCS#1 key, as certutil writes it, into the PKCS#8 Logstash reads', () => {
    const dir = tempDir();
    const plan = certutilPlan(certRequests(examplePlan('on-prem-logstash-mutual'), EC), 90);
    const convert = plan.pkcs8Commands.map((c) => commandLine(c, quotePosix)).join('\n');
    const run = runBash(
      dir,
      `set -e; mkdir logstash; openssl genrsa -traditional -out logstash/logstash.key 2048 2>/dev/null; head -1 logstash/logstash.key\n${convert}\nhead -1 logstash.key`,
    );
    expect([run.status, run.out]).toEqual([0, '-----BEGIN RSA PRIVATE KEY-----\n-----BEGIN PRIVATE KEY-----\n']);
  });

  it('hostile names come back from instances.yml exactly as they went in', () => {
    const [r] = certRequests(examplePlan('on-prem-one-way'), EC);
    const odd = [`a: b # c`, `'quoted' "twice"`, `- [x] {y} & *z !tag`, `$(touch PWNED-subst)`, 'yes', '0x10', 'ça 証明書'];
    const requests = odd.map((name, i) => ({ ...r!, id: `r${i}`, commonName: `n${i}.example.com`, dns: [name], ips: [] }));
    const parsed = parse(serializeYaml(certutilPlan(requests, 1).instances)) as { instances: { dns: string[] }[] };
    expect(parsed.instances.map((x) => x.dns)).toEqual(odd.map((name) => [name]));
  });

  it('a common name certutil would read as a DN, or refuse, is written as an escaped DN', () => {
    const [r] = certRequests(examplePlan('on-prem-one-way'), EC);
    const named = (commonName: string) => certutilPlan([{ ...r!, commonName }], 1).instances.instances[0]?.name;
    expect([named('fleet.example.com'), named('ca'), named('a=b, c')]).toEqual(['fleet.example.com', 'CN=ca', 'CN=a\\=b\\, c']);
  });
});

describe('hostile values', () => {
  it('a hostile common name, DNS name and file names reach the CSR as they are, and nothing runs', () => {
    const [base] = certRequests(examplePlan('on-prem-one-way'), EC);
    const hostile = `it's "$(touch PWNED-subst)" \`touch PWNED-backtick\` #$HOME\\;`;
    expect(hostile.length).toBeLessThanOrEqual(64);
    const request: CertRequest = {
      ...base!,
      commonName: hostile,
      dns: [hostile, 'fleet.example.com'],
      cert: { ...base!.cert, name: `f '$(touch PWNED-dq)' ; x.crt` },
      key: { ...base!.key, name: `k "$(touch PWNED-semicolon)" | x.key` },
    };
    const dir = writeRequests([request]);
    const home = tempDir();
    const made = runBash(dir, 'bash requests.sh', { ...process.env, HOME: home });
    expect([made.status, noise(made.err)]).toEqual([0, []]);
    for (const marker of MARKERS) expect([marker, existsSync(join(dir, marker)) || existsSync(join(home, marker))]).toEqual([marker, false]);
    const f = requestFileNames(request);
    const subject = execFileSync('openssl', ['req', '-in', join(dir, f.csr), '-noout', '-subject', '-nameopt', 'utf8,sep_comma_plus,lname'], {
      encoding: 'utf8',
    });
    expect(subject).toBe(`subject=commonName=${hostile}\n`);
    const text = execFileSync('openssl', ['req', '-in', join(dir, f.csr), '-noout', '-text'], { encoding: 'utf8' });
    expect(text).toContain(`DNS:${hostile}, DNS:fleet.example.com\n`);
    expect(readFileSync(join(dir, f.key), 'utf8')).toMatch(/^-----BEGIN PRIVATE KEY-----\n/);
  });

  it.each(hostilePlans().map((h) => [h.name, h.plan] as const))('%s: requests.sh runs nothing the plan’s values hold', (_name, plan) => {
    const requests = certRequests(plan, EC);
    expect(requests.length).toBeGreaterThan(0);
    const dir = tempDir();
    const home = tempDir();
    // File names with a / cannot be written here: the config is skipped, and the script stops at that request.
    for (const r of requests) if (!requestFileNames(r).config.includes('/')) writeFileSync(join(dir, requestFileNames(r).config), opensslConfig(r));
    writeFileSync(join(dir, 'requests.sh'), opensslRequestScript(requests, quotePosix));
    runBash(dir, 'bash requests.sh', { ...process.env, HOME: home });
    for (const marker of MARKERS) expect([marker, existsSync(join(dir, marker)) || existsSync(join(home, marker))]).toEqual([marker, false]);
  });
});
