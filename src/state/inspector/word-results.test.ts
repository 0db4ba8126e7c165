import { expect, test } from 'vitest';
import { wordEvaluation, wordFile } from './word-results';

test('the page words a file’s problems, in order', () => {
  expect(wordFile({ name: 'x.pem', container: 'pem', items: [], problems: [{ code: 'empty' }, { code: 'password-wrong' }] })).toEqual({
    decoded: { name: 'x.pem', container: 'pem', items: [], problems: [{ code: 'empty' }, { code: 'password-wrong' }] },
    problemTexts: ['The file is empty.', 'That password does not open this file. Try again (passwords are case-sensitive).'],
  });
});

test('the page names each connection and words each finding, keeping its code', () => {
  const worded = wordEvaluation({
    assignments: { fleetServerCert: 'f1' },
    legs: [
      {
        id: 'agent-fleet',
        verdict: 'incomplete',
        findings: [{ code: 'file-missing', severity: 'info', leg: 'agent-fleet', roles: ['fleetServerKey'], params: { role: 'fleetServerKey' } }],
      },
    ],
  });
  expect(worded).toEqual({
    assignments: { fleetServerCert: 'f1' },
    legs: [
      {
        id: 'agent-fleet',
        name: 'Agents → Fleet Server',
        verdict: 'incomplete',
        findings: [
          {
            code: 'file-missing',
            severity: 'info',
            leg: 'agent-fleet',
            roles: ['fleetServerKey'],
            params: { role: 'fleetServerKey' },
            text: 'Add the Fleet Server key to check this connection.',
          },
        ],
      },
    ],
  });
});
