import { readFileSync } from 'node:fs';
import { PLATFORMS, type Platform } from '../domain/catalog/platforms';
import { artifactFileName, buildArtifacts, type Artifact } from '../domain/generate/build-artifacts';
import { renderArtifact } from '../domain/generate/render-artifact';
import { openPlan } from '../domain/plan/open-plan';
import { validatePlan } from '../domain/plan/validate';
import { openPlanErrorMessage } from '../i18n/en-domain';
import { describeIssue, describeNote } from '../i18n/words';

const USAGE = `Usage:
  fleet-tls render PLAN.json [--platform PLATFORM]... [--json]
      Print every artifact of a saved plan: Fleet Server and agent install commands,
      Kibana Fleet settings, the Output's Advanced YAML.
      --platform  only the install commands for these platforms (${PLATFORMS.join(', ')})
      --json      machine-readable output
Exit codes: 0 ready, 1 the plan has problems (listed), 2 usage or unreadable file.`;

export interface Io {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  readonly readFile: (path: string) => string;
}

const nodeIo: Io = {
  out: (t) => process.stdout.write(t),
  err: (t) => process.stderr.write(t),
  readFile: (p) => readFileSync(p, 'utf8'),
};

export async function main(argv: readonly string[], io: Io = nodeIo): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    io.out(`${USAGE}\n`);
    return command === undefined ? 2 : 0;
  }
  if (command === 'render') return render(rest, io);
  io.err(`Unknown command “${command}”.\n${USAGE}\n`);
  return 2;
}

function render(args: readonly string[], io: Io): number {
  const platforms: Platform[] = [];
  let json = false;
  let file: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const a = args[i] ?? '';
    if (a === '--json') json = true;
    else if (a === '--platform' || a.startsWith('--platform=')) {
      const value = a.includes('=') ? a.slice(a.indexOf('=') + 1) : args[++i];
      if (!value || !(PLATFORMS as readonly string[]).includes(value)) {
        io.err(`--platform takes one of: ${PLATFORMS.join(', ')}\n`);
        return 2;
      }
      platforms.push(value as Platform);
    } else if (a.startsWith('-')) {
      io.err(`Unknown option ${a}.\n${USAGE}\n`);
      return 2;
    } else if (file === undefined) file = a;
    else {
      io.err(`Only one plan file, please.\n`);
      return 2;
    }
  }
  if (!file) {
    io.err(`render needs a plan file.\n${USAGE}\n`);
    return 2;
  }
  let text: string;
  try {
    text = io.readFile(file);
  } catch (e) {
    io.err(`Cannot read ${file}: ${(e as Error).message}\n`);
    return 2;
  }
  const opened = openPlan(text);
  if (!opened.ok) {
    io.err(`${file}: ${openPlanErrorMessage(opened.error)}\n`);
    return 2;
  }
  const plan = opened.plan;
  const issues = validatePlan(plan);
  const wanted = (a: Artifact) => platforms.length === 0 || !('platform' in a) || platforms.includes(a.platform);
  const artifacts = buildArtifacts(plan).filter(wanted);
  if (json) {
    io.out(
      JSON.stringify(
        {
          ready: issues.length === 0,
          issues: issues.map((i) => ({ path: i.path.join('.'), code: i.code, params: i.params ?? {}, message: describeIssue(i) })),
          artifacts: artifacts.map((a) => ({
            id: a.id,
            kind: a.kind,
            platform: 'platform' in a ? a.platform : null,
            fileName: artifactFileName(a),
            text: renderArtifact(a, describeNote),
          })),
        },
        null,
        2,
      ) + '\n',
    );
    return issues.length === 0 ? 0 : 1;
  }
  if (issues.length > 0) {
    io.err(`The plan is not ready (${issues.length} problem${issues.length === 1 ? '' : 's'}):\n`);
    for (const i of issues) io.err(`  ${i.path.join('.')}: ${describeIssue(i)}\n`);
    return 1;
  }
  for (const a of artifacts) io.out(`===== ${artifactFileName(a)} =====\n${renderArtifact(a, describeNote)}\n`);
  return 0;
}
