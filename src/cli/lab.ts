import { randomPassphrase } from '../domain/certs/write/encrypt-pkcs8';
import { makeLab } from '../domain/certs/write/make-lab';
import type { LabKeyType } from '../domain/certs/write/sign';
import { labSpec } from '../domain/lab/lab-spec';
import { labTree } from '../domain/lab/lab-tree';
import { validatePlan } from '../domain/questions/validate';
import { cliWords } from '#words/cli';
import { labWords } from '#words/lab';
import type { FileToWrite, Io } from './io';
import { PASSWORD_FILE_MAX_BYTES } from './passwords';
import { reportIssues } from './plan-report';
import { daysOption, keyOption } from './key-options';
import { readPlan } from './read-plan';
import { readRefusal } from './read-refusal';

const w = cliWords.lab;

/** 24 base64url characters (144 random bits): a passphrase only the lab's passphrase files hold. */
/**
 * The passphrase of `--passphrase-file`: UTF-8, less one trailing LF or CRLF (`echo secret > FILE`
 * works); refused when empty or holding any other control character, since Elastic Agent reads
 * its passphrase files whole (elastic-agent-libs transport/tlscommon/tls.go L50-55). Never printed.
 */
function readPassphrase(path: string, io: Io): { ok: true; passphrase: string } | { ok: false; message: string } {
  const read = io.readFile(path, PASSWORD_FILE_MAX_BYTES);
  const refused = readRefusal(path, read);
  if (refused !== null || read.kind !== 'ok') return { ok: false, message: w.passphraseUnreadable(refused ?? path) };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(read.bytes);
  } catch {
    return { ok: false, message: w.passphraseNotUtf8(path) };
  }
  const passphrase = text.replace(/\r?\n$/, '');
  if (passphrase === '') return { ok: false, message: w.passphraseEmpty(path) };
  // C0 controls and DEL, and the C1 controls.
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f-\u009f]/.test(passphrase)) return { ok: false, message: w.passphraseControl(path) };
  return { ok: true, passphrase };
}

/** `fleet-tls lab PLAN.json --out DIR [--cas one|per-service] [--key p256|…] [--days N] [--passphrase-file FILE] [--agent-host NAME]...`: a lab PKI for the plan. */
export async function lab(args: readonly string[], io: Io, usage: string): Promise<number> {
  let file: string | undefined;
  let outDir: string | undefined;
  let cas: 'one' | 'per-service' = 'one';
  let keyType: LabKeyType = { kind: 'EC', curve: 'P-256' };
  let days = 365;
  let passphraseFile: string | undefined;
  const agentHosts: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i] ?? '';
    const value = () => args[++i];
    if (a === '--out') outDir = value();
    else if (a === '--cas') {
      const v = value();
      if (v !== 'one' && v !== 'per-service') return (io.err(`${w.cas}\n`), 2);
      cas = v;
    } else if (a === '--key') {
      const key = keyOption(value());
      if (!key.ok) return (io.err(`${key.error}\n`), 2);
      keyType = key.value;
    } else if (a === '--days') {
      const read = daysOption(value());
      if (!read.ok) return (io.err(`${read.error}\n`), 2);
      days = read.value;
    } else if (a === '--passphrase-file' || a === '--agent-host') {
      const v = value();
      if (v === undefined) return (io.err(`${cliWords.args.needsValue(a)}\n`), 2);
      if (a === '--agent-host') agentHosts.push(v);
      else if (passphraseFile !== undefined) return (io.err(`${cliWords.args.onlyOne(a)}\n`), 2);
      else passphraseFile = v;
    } else if (a.startsWith('-')) return (io.err(`${cliWords.args.unknownOption(a)}\n${usage}\n`), 2);
    else if (file === undefined) file = a;
    else return (io.err(`${cliWords.args.onlyOnePlanFile}\n`), 2);
  }
  if (!file || !outDir) return (io.err(`${w.needs}\n${usage}\n`), 2);
  let passphrase: string | undefined;
  if (passphraseFile !== undefined) {
    const read = readPassphrase(passphraseFile, io);
    if (!read.ok) return (io.err(`${read.message}\n`), 2);
    passphrase = read.passphrase;
  }
  const plan = readPlan(file, io);
  if (!plan) return 2;
  if (validatePlan(plan).length > 0) return (reportIssues(plan, io), 1);
  const spec = labSpec(plan, { cas, keyType, ...(agentHosts.length > 0 ? { agentHosts } : {}) });
  if (spec.problems.length > 0) return (io.err(spec.problems.map((p) => `--agent-host: ${labWords.problem(p)}\n`).join('')), 2);
  if (spec.leaves.length === 0) return (io.err(`${w.nothing}\n`), 1);
  const encrypts = spec.leaves.some((l) => l.keyPassphrase);
  const made = await makeLab(spec, { now: io.now(), validityDays: days, passphrase: encrypts ? (passphrase ?? randomPassphrase()) : undefined });
  const tree = labTree(plan, spec, made);
  const files: FileToWrite[] = [
    ...tree.files.map((f) => ({ path: f.path, content: f.content, secret: f.secret })),
    { path: 'README.txt', content: labWords.readme(tree.readme), secret: false },
  ];
  const written = io.writeNewTree(outDir, files);
  if (written.kind === 'not-empty') return (io.err(`${w.notEmpty(outDir)}\n`), 2);
  if (written.kind === 'error') return (io.err(`${w.writeError(outDir, written.message)}\n`), 2);
  io.out(`${w.wrote(files.length, outDir)}\n`);
  if (encrypts && passphrase === undefined) io.out(`${w.passphraseMade}\n`);
  return 0;
}
