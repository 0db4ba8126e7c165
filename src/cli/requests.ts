import type { LabKeyType } from '../domain/certs/write/sign';
import { serializeYaml } from '../domain/generate/serialize-yaml';
import { quotePosix } from '../domain/generate/shell/posix-quote';
import { certRequests, type CertRequest } from '../domain/lab/cert-requests';
import { certutilPlan } from '../domain/lab/requests-certutil';
import { commandLine, opensslConfig, opensslRequestScript, opensslSigningCommand, requestFileNames } from '../domain/lab/requests-openssl';
import { validatePlan } from '../domain/questions/validate';
import { cliWords } from '#words/cli';
import { requestsWords as w, type ReadmeRequest } from '#words/requests';
import type { FileToWrite, Io } from './io';
import { reportIssues } from './plan-report';
import { daysOption, keyOption } from './key-options';
import { readPlan } from './read-plan';

const keyName = (k: LabKeyType) => (k.kind === 'EC' ? `EC ${k.curve}` : `RSA ${k.bits}`);
const line = (argv: readonly string[]) => commandLine(argv, quotePosix);

/** The CA files the PKI's signing command names: the first the issuer must be in, and its key beside it. */
function signingCa(r: CertRequest, days: number) {
  const cert = r.issuerFiles[0] ?? 'ca.crt';
  return { cert, key: `${cert.replace(/\.(crt|pem|cer)$/i, '')}.key`, days };
}

/** What `requests` writes: a config per certificate, requests.sh, instances.yml and README.txt. */
export function requestsTree(requests: readonly CertRequest[], days: number): FileToWrite[] {
  const certutil = certutilPlan(requests, days);
  const readme: ReadmeRequest[] = requests.map((r, i) => ({
    id: r.id,
    purpose: r.purpose,
    commonName: r.commonName,
    dns: r.dns,
    ips: r.ips,
    eku: r.eku,
    keyUsage: r.keyUsage,
    key: keyName(r.keyType),
    keyReasons: r.keyReasons,
    places: r.hosts.map((host) => ({
      host,
      cert: host === 'fleet-server' || host === 'agent' ? (r.cert.pathsOn[host] ?? []) : [],
      key: host === 'fleet-server' || host === 'agent' ? (r.key.pathsOn[host] ?? []) : [],
    })),
    issuerFiles: r.issuerFiles,
    issuerTrustedOn: r.issuerTrustedOn,
    chain: r.chain,
    files: requestFileNames(r),
    sign: line(opensslSigningCommand(r, signingCa(r, days))),
    certutil: { folder: certutil.requests[i]?.instance.filename ?? r.id, notes: certutil.requests[i]?.notes ?? [] },
  }));
  return [
    ...requests.map((r) => ({ path: requestFileNames(r).config, content: opensslConfig(r), secret: false })),
    { path: 'requests.sh', content: opensslRequestScript(requests, quotePosix), secret: false },
    { path: 'instances.yml', content: serializeYaml(certutil.instances), secret: false },
    {
      path: 'README.txt',
      content: w.readme({
        requests: readme,
        certutilCsr: certutil.csrCommands.map(line),
        certutilCert: certutil.certCommands.map(line),
        certutilCaFiles: [...new Set(requests.flatMap((r) => r.issuerFiles))],
        certutilPkcs8: certutil.pkcs8Commands.map(line),
      }),
      secret: false,
    },
  ];
}

/** `fleet-tls requests PLAN.json --out DIR [--key p256|…] [--days N]`: what to ask a PKI for. */
export function requests(args: readonly string[], io: Io, usage: string): number {
  let file: string | undefined;
  let outDir: string | undefined;
  let keyType: LabKeyType = { kind: 'EC', curve: 'P-256' };
  let days = 365;
  for (let i = 0; i < args.length; i++) {
    const a = args[i] ?? '';
    const value = () => args[++i];
    if (a === '--out') outDir = value();
    else if (a === '--key') {
      const key = keyOption(value());
      if (!key.ok) return (io.err(`${key.error}\n`), 2);
      keyType = key.value;
    } else if (a === '--days') {
      const read = daysOption(value());
      if (!read.ok) return (io.err(`${read.error}\n`), 2);
      days = read.value;
    } else if (a.startsWith('-')) return (io.err(`${cliWords.args.unknownOption(a)}\n${usage}\n`), 2);
    else if (file === undefined) file = a;
    else return (io.err(`${cliWords.args.onlyOnePlanFile}\n`), 2);
  }
  if (!file || !outDir) return (io.err(`${w.needs}\n${usage}\n`), 2);
  const plan = readPlan(file, io);
  if (!plan) return 2;
  if (validatePlan(plan).length > 0) return (reportIssues(plan, io), 1);
  // The PKI's CA layout is its own: each request names the plan's CA files from the legs, whatever labSpec's `cas`.
  const list = certRequests(plan, { cas: 'per-service', keyType });
  if (list.length === 0) return (io.err(`${w.nothing}\n`), 1);
  const tree = requestsTree(list, days);
  const written = io.writeNewTree(outDir, tree);
  if (written.kind === 'not-empty') return (io.err(`${w.notEmpty(outDir)}\n`), 2);
  if (written.kind === 'error') return (io.err(`${w.writeError(outDir, written.message)}\n`), 2);
  io.out(`${w.wrote(tree.length, outDir)}\n`);
  if (Object.values(plan.certs.encrypted).some(Boolean)) io.err(`${w.unencrypted}\n`);
  return 0;
}
