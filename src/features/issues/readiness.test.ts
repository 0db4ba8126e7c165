import { describe, expect, it } from 'vitest';
import { readiness } from './readiness';

describe('readiness counts the certificate verdicts, not only the answers', () => {
  it.each([
    ['answers to fix come first, whatever the files say', 2, { 'agent-fleet': 'pass' }, true, { kind: 'issues', count: 2 }],
    [
      'a failing connection is not ready, though every answer checks out',
      0,
      { 'agent-fleet': 'fail', 'fleet-self': 'fail', 'fleet-es': 'pass' },
      true,
      { kind: 'failing', count: 2 },
    ],
    ['no file judged yet: not checked, not ready', 0, null, true, { kind: 'unchecked' }],
    ['files still missing for some connections', 0, { 'agent-fleet': 'pass', 'agent-output': 'incomplete' }, true, { kind: 'incomplete', count: 1 }],
    [
      'every connection passes (warnings included)',
      0,
      { 'agent-fleet': 'pass', 'agent-output': 'warn', 'proxy-es-upstream': 'not-checked' },
      true,
      { kind: 'ready' },
    ],
    ['nothing of the admin’s to check (Elastic Cloud)', 0, null, false, { kind: 'ready-no-files' }],
  ] as const)('%s', (_t, issues, verdicts, needsFiles, expected) => {
    expect(readiness(issues, verdicts, needsFiles)).toEqual(expected);
  });
});
