import { describe, expect, it } from 'vitest';
import { examplePlans } from '../../../test/example-plans';
import { hostilePlans } from '../../../test/hostile-plans';
import { commandArguments, shape, statements, stringExpression, tokenize, type Placed } from '../../../test/powershell-tokens';
import { describeNote } from '#words/artifact-notes';
import { buildArtifacts } from './build-artifacts';
import { renderArtifact } from './render-artifact';
import { renderPowerShell } from './render-powershell';
import type { ScriptForm } from './render-options';
import { argvOf, type Script } from './script';

// Line breaks and the characters that act like them, C0 and C1 controls, DEL.
// eslint-disable-next-line no-control-regex -- control characters are what this looks for
const LINE_BREAK_LIKE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;

describe('renderPowerShell', () => {
  it('writes one flag per line with backtick continuations and no sudo, and checks the exit code of a native program', () => {
    const text = renderPowerShell(
      [
        {
          kind: 'command',
          argv: ['.\\elastic-agent.exe', 'install', { flag: '--url', value: 'https://f:8220' }, { flag: '--insecure', value: 'x y' }, '--non-interactive'],
          elevated: true,
          multiline: true,
        },
      ],
      describeNote,
      { form: 'paste' },
    );
    expect(text).toBe(
      [
        '& {',
        "$ErrorActionPreference = 'Stop'",
        ".\\elastic-agent.exe install `\n  --url=https://f:8220 `\n  '--insecure=x y' `\n  --non-interactive",
        "if ($LASTEXITCODE -ne 0) { throw ('.\\elastic-agent.exe failed with exit code ' + $LASTEXITCODE + '. The script stops here.') }",
        '}',
        '',
      ].join('\n'),
    );
  });

  it('a passphrase file is written from a secure prompt, without a newline; an empty answer throws; the variable is removed', () => {
    const script: Script = [
      { kind: 'write-secret-file', path: 'C:\\certs\\agent.key.pass', prompt: { code: 'prompt-passphrase', params: { key: "Agent's key" } } },
    ];
    expect(renderPowerShell(script, describeNote, { form: 'paste' })).toBe(
      [
        '& {',
        "$ErrorActionPreference = 'Stop'",
        "$secret = Read-Host -AsSecureString 'Passphrase for Agent''s key'",
        "if ($secret.Length -eq 0) { throw 'Nothing was typed, so the script stops here and writes no file.' }",
        "[System.IO.File]::WriteAllText('C:\\certs\\agent.key.pass', [System.Net.NetworkCredential]::new('', $secret).Password)",
        'Remove-Variable secret',
        '}',
        '',
      ].join('\n'),
    );
  });

  it('the file form says how to run a downloaded script (Mark-of-the-Web, execution policy), then stops on errors', () => {
    const text = renderPowerShell([], describeNote, { form: 'file', fileName: 'agent-windows-x86_64.ps1' });
    expect(text).toBe(
      [
        '# Run this file in Windows PowerShell opened as Administrator, not in PowerShell ISE, from the folder that holds it.',
        '# Windows blocks a downloaded script, so unblock it first, then run it with the execution policy bypassed for this run only:',
        '#   Unblock-File .\\agent-windows-x86_64.ps1',
        '#   powershell -ExecutionPolicy Bypass -File .\\agent-windows-x86_64.ps1',
        "$ErrorActionPreference = 'Stop'",
        '',
      ].join('\n'),
    );
  });

  it('a comment quotes its values and keeps them on its line: a carriage return would end the comment', () => {
    const note = { code: 'write-passphrase', params: { file: 'key.pass', path: "C:\\it's\r& calc.exe" } } as const;
    expect(
      renderPowerShell([{ kind: 'comment', note }], describeNote, { form: 'file' })
        .split('\n')
        .at(-2),
    ).toBe("# Write the passphrase of the key to 'C:\\it''s\uFFFD& calc.exe', with no trailing newline.");
  });

  it('a refusal is thrown first: the paste block leaves, the window stays', () => {
    const text = renderPowerShell([{ kind: 'statement', text: "$ProgressPreference = 'SilentlyContinue'" }], describeNote, {
      form: 'paste',
      refusal: "Not ready: it's\r\nbroken",
    });
    expect(text.split('\n').slice(0, 3)).toEqual([
      '& {',
      "$ErrorActionPreference = 'Stop'",
      "throw ('Not ready: it''s' + [char]0xFFFD + [char]0xFFFD + 'broken')",
    ]);
  });
});

describe('the test tokenizer reads what PowerShell reads', () => {
  it.each([
    ['a # comment ends at \\r as well as \\n', '# note\r$x = 1', ['comment:# note', 'newline:\r', 'variable:$x', 'word:=', 'word:1']],
    ['’ closes a single-quoted string, doubled it is a quote', "'a’’b' 'c’ d", ["single-quoted:'a’’b'", "single-quoted:'c’", 'word:d']],
    ['a backtick before a line end continues the line', 'a `\n  b', ['word:a', 'continuation:`\n', 'word:b']],
    ['<# … #> is a comment across lines', '<# x\ny #>z', ['comment:<# x\ny #>', 'word:z']],
  ])('%s', (_title, text, expected) => {
    expect(tokenize(text).map((t) => `${t.kind}:${t.raw}`)).toEqual(expected);
  });

  it('an unclosed string is an error', () => {
    expect(() => tokenize("'it’s'")).toThrow(/unclosed/);
  });
});

/** The statements a script should consist of, by shape, with the argv of each command. */
function expectedStatements(script: Script, form: ScriptForm, refusal: boolean): { shape: string; argv?: string[] }[] {
  const out: { shape: string; argv?: string[] }[] = [];
  if (form === 'paste') out.push({ shape: '& {' });
  out.push({ shape: '$ErrorActionPreference = S' });
  if (refusal) out.push({ shape: 'throw S' });
  for (const step of script) {
    switch (step.kind) {
      case 'comment':
        break;
      case 'command':
        if (step.env) throw new Error('no environment assignments on Windows');
        out.push({ shape: 'command', argv: argvOf(step) });
        if (/\.exe$/.test(argvOf(step)[0] ?? '')) out.push({ shape: 'if ( $LASTEXITCODE -ne 0 ) { throw ( S + $LASTEXITCODE + S ) }' });
        break;
      case 'statement':
        out.push({ shape: shape(tokenize(step.text)) });
        break;
      case 'write-secret-file':
        out.push({ shape: '$secret = Read-Host -AsSecureString S' });
        out.push({ shape: 'if ( $secret .Length -eq 0 ) { throw S }' });
        out.push({ shape: '[ System.IO.File ] ::WriteAllText ( S , [ System.Net.NetworkCredential ] ::new ( S , $secret ) .Password )', argv: [step.path] });
        out.push({ shape: 'Remove-Variable secret' });
        break;
      case 'msi':
        throw new Error('the MSI forms are read by msi.test.ts');
    }
  }
  if (form === 'paste') out.push({ shape: '}' });
  return out;
}

/** What a statement is, by shape, and what it passes: a command's argv, or the path WriteAllText writes. */
function actualStatement(statement: readonly Placed[]): { shape: string; argv?: string[] } {
  const s = shape(statement);
  if (s.startsWith('[ System.IO.File ] ::WriteAllText')) {
    const open = statement.findIndex((t) => t.raw === '(');
    const comma = statement.findIndex(
      (t, k) =>
        k > open &&
        t.raw === ',' &&
        statement.slice(open + 1, k).filter((x) => x.raw === '(').length === statement.slice(open + 1, k).filter((x) => x.raw === ')').length,
    );
    return { shape: s, argv: [stringExpression(statement.slice(open + 1, comma))] };
  }
  // A command starts with a word; `if`, `throw` and the fixed Remove-Variable are compared by shape.
  const [first] = statement;
  if (first?.kind === 'word' && !['if', 'throw', 'Remove-Variable'].includes(first.raw)) return { shape: 'command', argv: commandArguments(statement) };
  return { shape: s };
}

describe('every generated .ps1 (examples and hostile values), read by a PowerShell tokenizer', () => {
  const scripts = [...examplePlans(), ...hostilePlans()].flatMap(({ name, plan }) =>
    // The MSI forms' --% line is read by msi.test.ts.
    buildArtifacts(plan).flatMap((a) =>
      'shell' in a && a.shell === 'powershell' && a.kind !== 'agent-msi' && a.kind !== 'fleet-server-msi' ? [{ name: `${name} ${a.id}`, artifact: a }] : [],
    ),
  );
  const cases = scripts.flatMap((s) =>
    (['file', 'paste'] as const).flatMap((form) =>
      [false, true].map((refusal) => [`${s.name}, ${form}${refusal ? ', refused' : ''}`, s, form, refusal] as const),
    ),
  );

  it('covers the Fleet Server and agent scripts, with prompts and hostile values', () => {
    expect(new Set(scripts.map((s) => s.artifact.kind))).toEqual(new Set(['fleet-server-install', 'agent-install', 'connection-checks']));
    expect(scripts.some((s) => 'script' in s.artifact && s.artifact.script.some((x) => x.kind === 'write-secret-file'))).toBe(true);
  });

  it.each(cases)('%s', (_name, { artifact }, form, refusal) => {
    if (!('script' in artifact)) throw new Error('not a script');
    const text = renderArtifact(artifact, describeNote, {
      form,
      ...(refusal ? { refusal: describeNote({ code: 'plan-not-ready', params: { count: 2 } }) } : {}),
    });
    // Tokenizing throws on an unclosed string or block comment.
    const tokens = tokenize(text);
    for (const t of tokens) {
      if (t.kind === 'comment' || t.kind === 'single-quoted' || t.kind === 'double-quoted')
        expect(t.raw, `${t.kind} ${JSON.stringify(t.raw)}`).not.toMatch(LINE_BREAK_LIKE);
      // Code is printable ASCII, so that any code page reads it the same (powershell-quote.ts).
      if (t.kind !== 'comment' && t.kind !== 'newline' && t.kind !== 'continuation') expect(t.raw, t.raw).toMatch(/^[\x20-\x7e]*$/);
      if (t.kind === 'single-quoted') expect(t.raw.startsWith("'") && t.raw.endsWith("'"), t.raw).toBe(true);
      expect(t.kind).not.toBe('double-quoted');
    }
    if (form === 'paste') expect(tokens.some((t) => t.kind === 'comment')).toBe(false);
    expect(statements(tokens).map(actualStatement)).toEqual(expectedStatements(artifact.script, form, refusal));
  });
});
