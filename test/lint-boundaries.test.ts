import { describe, expect, it } from 'vitest';
import { ESLint } from 'eslint';
import { join } from 'node:path';

const eslint = new ESLint({ cwd: join(import.meta.dirname, '..') });

/** The rules that fire on a snippet placed at `filePath`. */
async function rulesFor(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return [...new Set((result?.messages ?? []).map((m) => m.ruleId ?? 'parse-error'))].sort();
}

describe('the architecture’s boundaries are enforced by lint', () => {
  it.each([
    ['React in the domain', 'src/domain/plan/x.ts', "import { useState } from 'react';\nexport const a = useState;\n", ['no-restricted-imports']],
    ['a DOM global in the domain', 'src/domain/plan/x.ts', 'export const w = () => window.location.href;\n', ['no-restricted-globals']],
    ['the clock in the domain', 'src/domain/plan/x.ts', 'export const t = () => Date.now();\n', ['no-restricted-properties']],
    ['new Date() without arguments in the domain', 'src/domain/plan/x.ts', 'export const t = () => new Date();\n', ['no-restricted-syntax']],
    ['a Node module in the domain', 'src/domain/plan/x.ts', "import { readFileSync } from 'node:fs';\nexport const r = readFileSync;\n", ['no-restricted-imports']],
    ['the certificate parser outside src/domain/certs', 'src/domain/checks/x.ts', "import { AsnParser } from '@peculiar/asn1-schema';\nexport const p = AsnParser;\n", ['no-restricted-imports']],
    ['the certificate parser in a feature', 'src/features/wizard/x.ts', "import { AsnParser } from '@peculiar/asn1-schema';\nexport const p = AsnParser;\n", ['no-restricted-imports']],
    ['the UI from the domain', 'src/domain/plan/x.ts', "import { ui } from '../../i18n/en-ui';\nexport const u = ui;\n", ['no-restricted-imports']],
  ])('%s is refused', async (_title, filePath, code, expected) => {
    expect(await rulesFor(filePath, code)).toEqual(expected);
  });

  it('the certificate parser inside src/domain/certs is allowed', async () => {
    expect(await rulesFor('src/domain/certs/x.ts', "import { AsnParser } from '@peculiar/asn1-schema';\nexport const p = AsnParser;\n")).toEqual([]);
  });

  it('an import cycle is refused', async () => {
    // src/domain/plan/schema.ts imports ../catalog/roles; a roles module importing schema back closes a cycle.
    expect(await rulesFor('src/domain/catalog/roles.ts', "import { planShape } from '../plan/schema';\nexport const shape = planShape;\nexport const CERT_ROLES = [] as const;\n")).toContain('import-x/no-cycle');
  });
});
