import type { CertRole } from '../domain/catalog/roles';
import { makeLab } from '../domain/certs/write/make-lab';
import type { LabKeyType } from '../domain/certs/write/sign';
import { labSpec, type LabFile, type LabSpec } from '../domain/lab/lab-spec';
import { validatePlan } from '../domain/questions/validate';
import { buildTopology } from '../domain/topology/build-topology';
import { roleHosts } from '../domain/topology/role-hosts';
import type { Plan } from '../domain/plan/schema';
import { cliWords } from '#words/cli';
import type { FileToWrite, Io } from './io';
import { reportIssues } from './plan-report';
import { readPlan } from './read-plan';

const KEY_TYPES: Readonly<Record<string, LabKeyType>> = {
  p256: { kind: 'EC', curve: 'P-256' },
  p384: { kind: 'EC', curve: 'P-384' },
  rsa2048: { kind: 'RSA', bits: 2048 },
  rsa3072: { kind: 'RSA', bits: 3072 },
  rsa4096: { kind: 'RSA', bits: 4096 },
};
const MAX_DAYS = 825;
const w = cliWords.lab;

/** Where a lab file goes: the folder of each host that holds it (fleet-server, agents), or its server's. */
function foldersOf(file: LabFile, hosts: Record<CertRole, readonly string[]>, server: string | null): string[] {
  const byRole = [...new Set(file.roles.flatMap((r) => hosts[r] ?? []))].map((h) => (h === 'agent' ? 'agents' : h));
  return byRole.length > 0 ? byRole.sort() : [server ?? 'other'];
}

/** The lab's files, by host folder, and the CA keys apart in ca/. */
export function labTree(plan: Plan, spec: LabSpec, files: ReadonlyMap<string, string>, caKeys: ReadonlyMap<string, string>): FileToWrite[] {
  const hosts = roleHosts(plan, buildTopology(plan));
  const out: FileToWrite[] = [];
  const put = (file: LabFile, server: string | null, secret: boolean) => {
    const content = files.get(file.name);
    if (content === undefined) return;
    for (const folder of foldersOf(file, hosts, server)) out.push({ path: `${folder}/${file.name}`, content, secret });
  };
  for (const ca of spec.cas) {
    for (const f of ca.files) put(f, null, false);
    const key = caKeys.get(ca.id);
    if (key !== undefined) out.push({ path: `ca/${ca.id}-ca.key`, content: key, secret: true });
  }
  for (const leaf of spec.leaves) {
    put(leaf.cert, leaf.server, false);
    put(leaf.key, leaf.server, true);
    if (leaf.keyPassphrase) put(leaf.keyPassphrase, leaf.server, true);
  }
  const all = [...spec.cas.flatMap((c) => c.files), ...spec.leaves.flatMap((l) => [l.cert, l.key, ...(l.keyPassphrase ? [l.keyPassphrase] : [])])];
  const readme = w.readme(
    out
      .filter((f) => !f.path.startsWith('ca/'))
      .map((f) => {
        const [folder = '', name = ''] = f.path.split('/');
        const host = folder === 'agents' ? 'agent' : folder === 'fleet-server' ? 'fleet-server' : null;
        const paths = host ? (all.find((x) => x.name === name)?.pathsOn[host] ?? []) : [];
        return { file: f.path, paths };
      }),
  );
  return [...out, { path: 'README.txt', content: readme, secret: false }];
}

/** 24 base64url characters (144 random bits): a passphrase only the lab's passphrase files hold. */
function randomPassphrase(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(18))).toString('base64url');
}

/** `fleet-tls lab PLAN.json --out DIR [--cas one|per-service] [--key p256|…] [--days N]`: a lab PKI for the plan. */
export async function lab(args: readonly string[], io: Io, usage: string): Promise<number> {
  let file: string | undefined;
  let outDir: string | undefined;
  let cas: 'one' | 'per-service' = 'one';
  let keyType: LabKeyType = { kind: 'EC', curve: 'P-256' };
  let days = 365;
  for (let i = 0; i < args.length; i++) {
    const a = args[i] ?? '';
    const value = () => args[++i];
    if (a === '--out') outDir = value();
    else if (a === '--cas') {
      const v = value();
      if (v !== 'one' && v !== 'per-service') return (io.err(`${w.cas}\n`), 2);
      cas = v;
    } else if (a === '--key') {
      const name = value() ?? '';
      const type = Object.hasOwn(KEY_TYPES, name) ? KEY_TYPES[name] : undefined;
      if (!type) return (io.err(`${w.key(Object.keys(KEY_TYPES).join(', '))}\n`), 2);
      keyType = type;
    } else if (a === '--days') {
      const n = Number(value());
      if (!Number.isInteger(n) || n < 1 || n > MAX_DAYS) return (io.err(`${w.days(MAX_DAYS)}\n`), 2);
      days = n;
    } else if (a.startsWith('-')) return (io.err(`${cliWords.args.unknownOption(a)}\n${usage}\n`), 2);
    else if (file === undefined) file = a;
    else return (io.err(`${cliWords.args.onlyOnePlanFile}\n`), 2);
  }
  if (!file || !outDir) return (io.err(`${w.needs}\n${usage}\n`), 2);
  const plan = readPlan(file, io);
  if (!plan) return 2;
  if (validatePlan(plan).length > 0) return (reportIssues(plan, io), 1);
  const spec = labSpec(plan, { cas, keyType });
  if (spec.leaves.length === 0) return (io.err(`${w.nothing}\n`), 1);
  const made = await makeLab(spec, {
    now: io.now(),
    validityDays: days,
    passphrase: spec.leaves.some((l) => l.keyPassphrase) ? randomPassphrase() : undefined,
  });
  const tree = labTree(plan, spec, made.files, new Map(made.cas.map((c) => [c.id, c.keyPem])));
  const written = io.writeNewTree(outDir, tree);
  if (written.kind === 'not-empty') return (io.err(`${w.notEmpty(outDir)}\n`), 2);
  if (written.kind === 'error') return (io.err(`${w.writeError(outDir, written.message)}\n`), 2);
  io.out(`${w.wrote(tree.length, outDir)}\n`);
  return 0;
}
