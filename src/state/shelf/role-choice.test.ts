import { describe, expect, test } from 'vitest';
import { chooseRole, shownChoice } from './role-choice';

describe('shownChoice', () => {
  test.each([
    { title: 'a file that plays nothing shows “not used”', overrides: {}, playing: [], shown: 'none' },
    { title: 'an automatic role is shown', overrides: {}, playing: ['fleetServerCert'], shown: 'fleetServerCert' },
    { title: 'of several roles, the one the user chose', overrides: { outputCert: 'f1' }, playing: ['agentCert', 'outputCert'], shown: 'outputCert' },
    { title: 'of several automatic roles, the first', overrides: { agentCert: 'f2' }, playing: ['agentKey', 'outputKey'], shown: 'agentKey' },
  ] as const)('$title', ({ overrides, playing, shown }) => {
    expect(shownChoice('f1', overrides, playing)).toBe(shown);
  });
});

describe('chooseRole', () => {
  test('a file takes a role from the file that had it', () => {
    expect(chooseRole({ fleetServerCert: 'wrong' }, 'right', 'fleetServerCert')).toEqual({ fleetServerCert: 'right' });
  });

  test('a new choice for a file replaces the earlier one, other files’ choices stay', () => {
    expect(chooseRole({ agentCert: 'f1', esCa: 'f2' }, 'f1', 'outputCert')).toEqual({ esCa: 'f2', outputCert: 'f1' });
  });

  test('“not used” drops the file’s own choices and pins no role empty', () => {
    expect(chooseRole({ agentCert: 'f1', fleetServerCa: 'f2' }, 'f1', 'none')).toEqual({ fleetServerCa: 'f2' });
  });
});
