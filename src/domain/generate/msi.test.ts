import { describe, expect, it } from 'vitest';
import { examplePlans } from '../../../test/example-plans';
import { hostilePlans } from '../../../test/hostile-plans';
import { statements, stringExpression, tokenize } from '../../../test/powershell-tokens';
import { cmdBatchLine, goArgv, msiexecArgs, verbatimArgument } from '../../../test/windows-command-line';
import { describeNote } from '#words/artifact-notes';
import type { Plan } from '../plan/schema';
import { buildArtifacts, type Artifact } from './build-artifacts';
import { renderArtifact } from './render-artifact';
import type { ScriptForm } from './render-options';
import { argvOf, type ScriptStep } from './script';
import { installArgs } from './shell/msi-args';

type Msi = Extract<Artifact, { kind: 'agent-msi' | 'fleet-server-msi' }>;

/** What elastic-agent gets from the zip form of the same install: `install` and its flags. */
function zipArgv(artifacts: readonly Artifact[], msi: Msi): string[] {
  const zip = artifacts.find((a) => a.kind === msi.kind.replace('msi', 'install') && 'platform' in a && a.platform === msi.platform);
  const command =
    zip && 'script' in zip ? zip.script.find((s): s is Extract<ScriptStep, { kind: 'command' }> => s.kind === 'command' && s.multiline === true) : undefined;
  if (!command) throw new Error(`no zip install for ${msi.id}`);
  return argvOf(command).slice(1);
}

/** msiexec's arguments → what elastic-agent gets: the custom action runs `install -f ` + INSTALLARGS. */
function agentArgv(args: readonly string[], msi: string): string[] {
  expect(args.slice(0, 5)).toEqual(['/i', msi, '/qn', '/L*V', `${msi}.log`]);
  expect(args).toHaveLength(6);
  expect(args[5]?.startsWith('INSTALLARGS=')).toBe(true);
  return goArgv(`install -f ${args[5]!.slice('INSTALLARGS='.length)}`);
}

/** The PowerShell form: the msiexec line read as PowerShell reads it after --%, with the $env: values set before it. */
function readPowerShell(text: string, msi: string): string[] {
  const lines = text.split('\n');
  const at = lines.findIndex((l) => l.startsWith('msiexec.exe --% '));
  expect(lines.filter((l) => l.includes('msiexec.exe --%'))).toHaveLength(1);
  // Everything else is code the PowerShell tokenizer reads, printable ASCII outside comments.
  const rest = tokenize(lines.filter((_, i) => i !== at).join('\n'));
  for (const t of rest) if (t.kind !== 'comment' && t.kind !== 'newline') expect(t.raw).toMatch(/^[\x20-\x7e]*$/);
  const env: Record<string, string> = {};
  for (const s of statements(rest)) {
    if (s[0]?.raw.startsWith('$env:') && s[1]?.raw === '=') env[s[0].raw.slice(5)] = stringExpression(s.slice(2));
  }
  for (const name of Object.keys(env)) expect(lines.slice(at + 1)).toContain(`Remove-Item Env:${name}`);
  const { text: argument, after } = verbatimArgument(lines[at]!.slice('msiexec.exe --% '.length), env);
  // Nothing after --% reaches PowerShell but the pipe that makes it wait for msiexec.
  expect(after).toBe('| Out-Null');
  expect(lines[at + 1 + Object.keys(env).length]).toBe(
    "if ($LASTEXITCODE -ne 0) { throw ('msiexec.exe failed with exit code ' + $LASTEXITCODE + '. The script stops here.') }",
  );
  return agentArgv(msiexecArgs(argument), msi);
}

/** The cmd form: the batch file as cmd reads it, or null when it refuses before msiexec. */
function readCmd(text: string, msi: string): string[] | null {
  const lines = text.trimEnd().split('\n');
  for (const l of lines) expect(l).toMatch(/^[\x20-\x7e]*$/);
  expect(lines.slice(0, 1)).toEqual(['@echo off']);
  expect(lines.at(-1)).toBe('exit /b %errorlevel%');
  const setlocal = lines.indexOf('setlocal DisableDelayedExpansion');
  for (const [i, l] of lines.entries()) {
    if (l.startsWith('rem')) {
      // A comment: cmd still expands % in it, and a ^ at its end would join the next line.
      expect(() => cmdBatchLine(l.replace(/"[^"]*"/g, (q) => q.replace(/[&|<>^]/g, '')))).not.toThrow();
      expect(l.endsWith('^')).toBe(false);
    } else if (l.startsWith('echo ')) expect(cmdBatchLine(l)).not.toMatch(/["()]/);
    else if (!['@echo off', 'setlocal DisableDelayedExpansion', 'exit /b 1', 'exit /b %errorlevel%'].includes(l)) {
      expect(l.startsWith('msiexec.exe ')).toBe(true);
      expect(setlocal).toBeGreaterThan(-1);
      expect(setlocal).toBeLessThan(i);
    }
  }
  const line = lines.find((l) => l.startsWith('msiexec.exe '));
  if (!line) return null;
  return agentArgv(msiexecArgs(cmdBatchLine(line).slice('msiexec.exe '.length)), msi);
}

/** Hostile values without anything a Command Prompt file cannot carry: printable ASCII only. */
function asciiOnly(plan: Plan): Plan {
  return JSON.parse(JSON.stringify(plan).replace(/[^\x20-\x7e]/gu, '?')) as Plan;
}

const plans = [
  ...examplePlans(),
  ...hostilePlans(),
  ...hostilePlans()
    .filter((p) => !p.name.includes('control'))
    .map((p) => ({ name: `${p.name}, ASCII`, plan: asciiOnly(p.plan) })),
  // cmd expands %NAME% in a batch file and PowerShell after --%: neither may here.
  ...examplePlans()
    .filter((p) => p.name === 'on-prem-mutual')
    .map((p) => ({ name: 'percent signs', plan: { ...p.plan, certs: { ...p.plan.certs, agentDirWindows: 'C:\\%USERNAME%\\%%\\%' } } })),
];
const cases = plans.flatMap(({ name, plan }) => {
  const artifacts = buildArtifacts(plan);
  return artifacts.flatMap((a) =>
    a.kind === 'agent-msi' || a.kind === 'fleet-server-msi'
      ? (['file', 'paste'] as const).map(
          (form) => [`${name}: ${a.id}, ${form}`, { artifacts, msi: a, form, pkg: `elastic-agent-${plan.agentVersion}-windows-x86_64.msi` }] as const,
        )
      : [],
  );
});

describe('the MSI forms give elastic-agent exactly the arguments of the zip install, read as Windows reads them', () => {
  it.each(cases)('%s', (_name, { artifacts, msi, form, pkg }: { artifacts: Artifact[]; msi: Msi; form: ScriptForm; pkg: string }) => {
    const text = renderArtifact(msi, describeNote, { form });
    const expected = ['install', '-f', ...zipArgv(artifacts, msi).slice(1)];
    const argv = msi.shell === 'cmd' ? readCmd(text, pkg) : readPowerShell(text, pkg);
    if (argv === null) expect(text).toContain(describeNote({ code: 'msi-cmd-refused' }));
    else expect(argv).toEqual(expected);
  });

  it('covers both shells for agents and Fleet Server, hostile values run in both, and cmd refuses non-ASCII', () => {
    const kinds = new Set(cases.map(([, c]) => `${c.msi.kind} ${c.msi.shell}`));
    expect(kinds).toEqual(new Set(['agent-msi cmd', 'agent-msi powershell', 'fleet-server-msi cmd', 'fleet-server-msi powershell']));
    const cmdTexts = cases.filter(([, c]) => c.msi.shell === 'cmd').map(([, c]) => renderArtifact(c.msi, describeNote, { form: 'file' }));
    expect(cmdTexts.some((t) => t.includes(describeNote({ code: 'msi-cmd-refused' })))).toBe(true);
    // cmd ran values holding %, &, ^ and quotes: the hostile ones made ASCII.
    expect(cmdTexts.some((t) => t.split('\n').some((l) => l.startsWith('msiexec.exe ') && ['%%', '&', '^', '|', '""', '!'].every((c) => l.includes(c))))).toBe(
      true,
    );
    const psTexts = cases.filter(([, c]) => c.msi.shell === 'powershell').map(([, c]) => renderArtifact(c.msi, describeNote, { form: 'file' }));
    expect(psTexts.some((t) => t.includes('INSTALLARGS="%FLEET_TLS_INSTALLARGS%"'))).toBe(true);
    expect(psTexts.some((t) => /INSTALLARGS="--url=/.test(t))).toBe(true);
  });
});

describe('INSTALLARGS quoting', () => {
  it.each([
    ['a plain flag stays bare', ['--url=https://f:8220'], '--url=https://f:8220'],
    ['a space: the whole argument in quotes', ['--certificate-authorities=C:\\My certs\\ca.crt'], '"--certificate-authorities=C:\\My certs\\ca.crt"'],
    ['a quote is \\"', ['--fleet-server-policy=a"b'], '"--fleet-server-policy=a\\"b"'],
    ['backslashes before a quote are doubled', ['x\\"y'], '"x\\\\\\"y"'],
    ['a trailing backslash in quotes is doubled, or it would escape the closing quote', ['C:\\a b\\'], '"C:\\a b\\\\"'],
    ['an empty value is ""', [''], '""'],
    ['backslashes elsewhere stay single', ['\\\\server\\share\\ca.crt'], '\\\\server\\share\\ca.crt'],
  ])('%s', (_title, argv, expected) => {
    expect(installArgs(argv)).toBe(expected);
    expect(goArgv(installArgs(argv))).toEqual(argv);
  });
});

describe('the MSI first shipped in 8.13 and is supported from 8.14 (gates.ts agent-msi)', () => {
  const base = examplePlans().find((e) => e.name === 'on-prem-one-way')!.plan;
  it.each([
    ['8.13.4', []],
    [
      '8.14.0',
      [
        'fleet-server-msi:windows-x86_64:powershell',
        'fleet-server-msi:windows-x86_64:cmd',
        'agent-msi:windows-x86_64:powershell',
        'agent-msi:windows-x86_64:cmd',
      ],
    ],
  ] as const)('%s', (version, ids) => {
    const plan: Plan = {
      ...base,
      agentVersion: version,
      fleetServer: { ...base.fleetServer, platform: 'windows-x86_64' },
      agents: { ...base.agents, platforms: ['linux-x86_64', 'windows-x86_64'] },
    };
    expect(buildArtifacts(plan).flatMap((a) => (a.kind.endsWith('-msi') ? [a.id] : []))).toEqual(ids);
  });
});
