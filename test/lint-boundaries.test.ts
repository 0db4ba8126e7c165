import { describe, expect, it } from 'vitest';
import { ESLint } from 'eslint';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const eslint = new ESLint({ cwd: root });

/** The rules that fire on a snippet linted as if it were the (existing) file `filePath`: typed rules need the file in a tsconfig. */
async function rulesFor(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return [...new Set((result?.messages ?? []).map((m) => m.ruleId ?? 'parse-error'))].sort();
}

describe('the architecture’s boundaries are enforced by lint', () => {
  it.each([
    ['React in the domain', 'src/domain/plan/limits.ts', "import { useState } from 'react';\nexport const a = useState;\n", ['no-restricted-imports']],
    ['a DOM global in the domain', 'src/domain/plan/limits.ts', 'export const w = () => window.location.href;\n', ['no-restricted-globals']],
    ['the clock in the domain', 'src/domain/plan/limits.ts', 'export const t = () => Date.now();\n', ['no-restricted-properties']],
    ['new Date() without arguments in the domain', 'src/domain/plan/limits.ts', 'export const t = () => new Date();\n', ['no-restricted-syntax']],
    [
      'a Node module in the domain',
      'src/domain/plan/limits.ts',
      "import { readFileSync } from 'node:fs';\nexport const r = readFileSync;\n",
      ['no-restricted-imports'],
    ],
    [
      'the certificate parser outside src/domain/certs',
      'src/domain/checks/finding.ts',
      "import { AsnParser } from '@peculiar/asn1-schema';\nexport const p = AsnParser;\n",
      ['no-restricted-imports'],
    ],
    [
      'the certificate parser in a feature',
      'src/features/wizard/asked.ts',
      "import { AsnParser } from '@peculiar/asn1-schema';\nexport const p = AsnParser;\n",
      ['no-restricted-imports'],
    ],
    ['the UI from the domain', 'src/domain/plan/limits.ts', "import { ui } from '../../i18n/en/ui';\nexport const u = ui;\n", ['no-restricted-imports']],
    // Import zones: each domain stage imports only the stages upstream of it.
    [
      'the answers importing the legs (plan → topology)',
      'src/domain/plan/limits.ts',
      "import { buildTopology } from '../topology/build-topology';\nexport const b = buildTopology;\n",
      ['import-x/no-restricted-paths'],
    ],
    [
      'evidence importing the verdicts, even a type (inspect → verdict)',
      'src/domain/inspect/issuer.ts',
      "import type { Evaluation } from '../verdict/evaluate';\nexport type E = Evaluation;\n",
      ['import-x/no-restricted-paths'],
    ],
    [
      'the artifacts importing findings (generate → checks)',
      'src/domain/generate/runbook.ts',
      "import type { Finding } from '../checks/finding';\nexport type F = Finding;\n",
      ['import-x/no-restricted-paths'],
    ],
    [
      'a finding rule importing inspect’s logic, not its types',
      'src/domain/checks/verification-mode.ts',
      "import { certificatesOf } from '../inspect/shelf';\nexport const c = certificatesOf;\n",
      ['@typescript-eslint/no-restricted-imports'],
    ],
    [
      'the state from the domain',
      'src/domain/plan/limits.ts',
      "import { shelf } from '../../state/shelf/use-shelf';\nexport const s = shelf;\n",
      ['no-restricted-imports'],
    ],
    // Import zones between the page's layers: features apart, shared layers below them.
    [
      'a feature importing another feature',
      'src/features/output/output-tabs.ts',
      "import { STEP_FIELDS } from '../wizard/steps';\nexport const s = STEP_FIELDS;\n",
      ['import-x/no-restricted-paths'],
    ],
    [
      'a feature importing another feature’s styles',
      'src/features/wizard/asked.ts',
      "import '../certificates/shelf.css';\nexport const a = 1;\n",
      ['import-x/no-restricted-paths'],
    ],
    [
      'a feature importing the app',
      'src/features/output/output-tabs.ts',
      "import { TopBar } from '../../app/top-bar';\nexport const t = TopBar;\n",
      ['import-x/no-restricted-paths'],
    ],
    [
      'the shared state importing a feature',
      'src/state/plan-form/field-name.ts',
      "import { STEP_FIELDS } from '../../features/wizard/steps';\nexport const s = STEP_FIELDS;\n",
      ['import-x/no-restricted-paths'],
    ],
    [
      'a side-effect helper importing a feature',
      'src/lib/clipboard.ts',
      "import { STEP_FIELDS } from '../features/wizard/steps';\nexport const s = STEP_FIELDS;\n",
      ['import-x/no-restricted-paths'],
    ],
    [
      'a shared component reading the state',
      'src/components/notice.tsx',
      "import { shelf } from '../state/shelf/use-shelf';\nexport const s = shelf;\n",
      ['import-x/no-restricted-paths'],
    ],
    [
      'the CLI importing the page',
      'src/cli/usage.ts',
      "import { STEPS } from '../features/wizard/steps';\nexport const s = STEPS;\n",
      ['import-x/no-restricted-paths'],
    ],
  ])('%s is refused', async (_title, filePath, code, expected) => {
    expect(await rulesFor(filePath, code)).toEqual(expected);
  });

  it('the certificate parser inside src/domain/certs is allowed', async () => {
    expect(await rulesFor('src/domain/certs/bytes.ts', "import { AsnParser } from '@peculiar/asn1-schema';\nexport const p = AsnParser;\n")).toEqual([]);
  });

  it.each([
    [
      'the verdicts importing evidence and findings, upstream of them',
      'src/domain/verdict/evaluate.ts',
      "import { gatherLegEvidence } from '../inspect/leg-evidence';\nimport { runLegChecks } from '../checks/leg/run-leg-checks';\nimport type { Coded } from '../coded';\nexport const a = [gatherLegEvidence, runLegChecks];\nexport type C = Coded<object>;\n",
    ],
    [
      'a finding rule importing the evidence’s types',
      'src/domain/checks/verification-mode.ts',
      "import type { ShelfFile } from '../inspect/shelf';\nexport type F = ShelfFile;\n",
    ],
    [
      'a feature importing the shared layers and the domain',
      'src/features/output/output-tabs.ts',
      "import { fieldNameOf } from '../../state/plan-form/field-name';\nimport { FillIn } from '../../components/fill-in';\nimport { fieldLabel } from '../../i18n/field-labels';\nimport { downloadText } from '../../lib/download';\nimport { STEPS } from '../../domain/questions/questions';\nexport const a = [fieldNameOf, FillIn, fieldLabel, downloadText, STEPS];\n",
    ],
  ])('%s is allowed', async (_title, filePath, code) => {
    expect(await rulesFor(filePath, code)).toEqual([]);
  });

  it('a switch over a union that forgets a kind is refused (typed lint)', async () => {
    // The agent's flags switch over every Trust kind; the same file without the `generated`
    // case is what a new kind looks like to every switch that has not learned it.
    const file = 'src/domain/generate/commands/agent-flags.ts';
    const source = readFileSync(join(root, file), 'utf8');
    const forgetful = source.replace("    case 'generated':\n", '');
    expect(forgetful).not.toBe(source);
    expect(await rulesFor(file, source)).toEqual([]);
    expect(await rulesFor(file, forgetful)).toEqual(['@typescript-eslint/switch-exhaustiveness-check']);
  });

  it('an import cycle is refused', async () => {
    // src/domain/plan/schema.ts imports ../catalog/roles; a roles module importing schema back closes a cycle.
    expect(
      await rulesFor(
        'src/domain/catalog/roles.ts',
        "import { planShape } from '../plan/schema';\nexport const shape = planShape;\nexport const CERT_ROLES = [] as const;\n",
      ),
    ).toContain('import-x/no-cycle');
  });
});
