import { PLATFORMS, type Platform } from '../domain/catalog/platforms';
import { artifactFileName, buildArtifacts, type Artifact } from '../domain/generate/build-artifacts';
import { renderArtifact } from '../domain/generate/render-artifact';
import { buildRunbook } from '../domain/generate/runbook';
import { validatePlan } from '../domain/questions/validate';
import { buildTopology } from '../domain/topology/build-topology';
import { describeNote } from '#words/artifact-notes';
import { describeFinding } from '#words/findings';
import { describeIssue } from '../i18n/words';
import { wireParams } from './check-report';
import type { Io } from './io';
import { runbookText } from '#words/runbook';
import { planFindings, reportIssues } from './plan-report';
import { readPlan } from './read-plan';
import { cliWords } from '#words/cli';

/** `fleet-tls render PLAN.json [--platform P]... [--json]`: the runbook, numbered, and what to watch for. */
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
        io.err(`${cliWords.args.platform(PLATFORMS.join(', '))}\n`);
        return 2;
      }
      platforms.push(value as Platform);
    } else if (a.startsWith('-')) {
      io.err(`${cliWords.args.unknownOption(a)}\n${usage}\n`);
      return 2;
    } else if (file === undefined) file = a;
    else {
      io.err(`${cliWords.args.onlyOnePlanFile}\n`);
      return 2;
    }
  }
  if (!file) {
    io.err(`${cliWords.args.renderNeedsPlan}\n${usage}\n`);
    return 2;
  }
  const plan = readPlan(file, io);
  if (!plan) return 2;
  const issues = validatePlan(plan);
  // A plan with problems gets no script at all, in words or in JSON (plan values are data).
  if (issues.length > 0) {
    if (json) {
      const payload = {
        ready: false,
        issues: issues.map((i) => ({ path: i.path.join('.'), code: i.code, params: i.params ?? {}, message: describeIssue(i) })),
        findings: [],
        steps: [],
      };
      io.out(JSON.stringify(payload, null, 2) + '\n');
    } else reportIssues(plan, io);
    return 1;
  }
  const topology = buildTopology(plan);
  const wanted = (a: Artifact) => platforms.length === 0 || !('platform' in a) || platforms.includes(a.platform);
  const steps = buildRunbook(plan, topology, buildArtifacts(plan, topology).filter(wanted));
  const findings = planFindings(plan);
  if (json) {
    const payload = {
      ready: true,
      issues: [],
      findings: findings.map((f) => ({ ...f, ...(f.params ? { params: wireParams(f.params) } : {}), message: describeFinding(f) })),
      steps: steps.map((step) => ({
        number: step.number,
        id: step.id,
        title: describeNote({ code: `step-${step.id}` }),
        artifacts: step.artifacts.map((a) => ({
          id: a.id,
          kind: a.kind,
          platform: 'platform' in a ? a.platform : null,
          fileName: artifactFileName(a),
          text: renderArtifact(a, describeNote, { form: 'file' }),
        })),
      })),
    };
    io.out(JSON.stringify(payload, null, 2) + '\n');
    return 0;
  }
  io.out(runbookText(plan, steps, findings));
  return 0;
}
