import { PLATFORMS, type Platform } from '../domain/catalog/platforms';
import { artifactFileName, buildArtifacts, type Artifact } from '../domain/generate/build-artifacts';
import { renderArtifact } from '../domain/generate/render-artifact';
import { validatePlan } from '../domain/plan/validate';
import { describeNote } from '../i18n/en-artifact-notes';
import { describeIssue } from '../i18n/words';
import { readPlan } from './read-plan';
import type { Io } from './io';

/** `fleet-tls render PLAN.json [--platform P]... [--json]` */
export function render(args: readonly string[], io: Io, usage: string): number {
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
      io.err(`Unknown option ${a}.\n${usage}\n`);
      return 2;
    } else if (file === undefined) file = a;
    else {
      io.err(`Only one plan file, please.\n`);
      return 2;
    }
  }
  if (!file) {
    io.err(`render needs a plan file.\n${usage}\n`);
    return 2;
  }
  const plan = readPlan(file, io);
  if (!plan) return 2;
  const issues = validatePlan(plan);
  const wanted = (a: Artifact) => platforms.length === 0 || !('platform' in a) || platforms.includes(a.platform);
  const artifacts = buildArtifacts(plan).filter(wanted);
  // The file form, as Download saves it; a plan with problems gets scripts that refuse to run.
  const fileForm = { form: 'file', ...(issues.length > 0 ? { refusal: describeNote({ code: 'plan-not-ready', params: { count: issues.length } }) } : {}) } as const;
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
            text: renderArtifact(a, describeNote, fileForm),
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
  for (const a of artifacts) io.out(`===== ${artifactFileName(a)} =====\n${renderArtifact(a, describeNote, fileForm)}\n`);
  return 0;
}
