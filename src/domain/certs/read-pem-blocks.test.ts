import { describe, expect, test } from 'vitest';
import { readPemBlocks } from './read-pem-blocks';

const TWO_BYTES = 'TWE='; // "Ma"
const bytes = new Uint8Array([0x4d, 0x61]);
const block = (label: string, body = TWO_BYTES, eol = '\n') => `-----BEGIN ${label}-----${eol}${body}${eol}-----END ${label}-----${eol}`;

describe('readPemBlocks', () => {
  test.each([
    ['one block', block('CERTIFICATE'), [{ kind: 'block', index: 1, label: 'CERTIFICATE', headers: {}, bytes }]],
    ['CRLF line endings', block('CERTIFICATE', TWO_BYTES, '\r\n'), [{ kind: 'block', index: 1, label: 'CERTIFICATE', headers: {}, bytes }]],
    ['old Mac CR line endings', block('CERTIFICATE', TWO_BYTES, '\r'), [{ kind: 'block', index: 1, label: 'CERTIFICATE', headers: {}, bytes }]],
    [
      'text before, between and after the blocks',
      `Bag Attributes\n  friendlyName: x\n${block('CERTIFICATE')}subject=CN = y\n${block('PRIVATE KEY')}trailer`,
      [
        { kind: 'block', index: 1, label: 'CERTIFICATE', headers: {}, bytes },
        { kind: 'block', index: 2, label: 'PRIVATE KEY', headers: {}, bytes },
      ],
    ],
    [
      'indented lines, as pasted from YAML',
      `ssl:\n  certificate: |\n    -----BEGIN CERTIFICATE-----\n    ${TWO_BYTES}\n    -----END CERTIFICATE-----\n`,
      [{ kind: 'block', index: 1, label: 'CERTIFICATE', headers: {}, bytes }],
    ],
    [
      'RFC 1421 headers are separated from the body',
      block('RSA PRIVATE KEY', `Proc-Type: 4,ENCRYPTED\nDEK-Info: AES-256-CBC,00112233445566778899AABBCCDDEEFF\n\n${TWO_BYTES}`),
      [
        {
          kind: 'block',
          index: 1,
          label: 'RSA PRIVATE KEY',
          bytes,
          headers: { 'Proc-Type': '4,ENCRYPTED', 'DEK-Info': 'AES-256-CBC,00112233445566778899AABBCCDDEEFF' },
        },
      ],
    ],
    ['no END line', `-----BEGIN CERTIFICATE-----\n${TWO_BYTES}\n`, [{ kind: 'truncated', index: 1, label: 'CERTIFICATE' }]],
    [
      'a BEGIN before the previous END: the first is truncated, the second still read',
      `-----BEGIN CERTIFICATE-----\nTWFu\n${block('CERTIFICATE')}`,
      [
        { kind: 'truncated', index: 1, label: 'CERTIFICATE' },
        { kind: 'block', index: 2, label: 'CERTIFICATE', headers: {}, bytes },
      ],
    ],
    [
      'END label differs from BEGIN',
      `-----BEGIN CERTIFICATE-----\n${TWO_BYTES}\n-----END PRIVATE KEY-----\n`,
      [{ kind: 'truncated', index: 1, label: 'CERTIFICATE' }],
    ],
    ['body not base64', block('CERTIFICATE', 'TW!='), [{ kind: 'bad-base64', index: 1, label: 'CERTIFICATE' }]],
    ['empty body', block('CERTIFICATE', ''), [{ kind: 'bad-base64', index: 1, label: 'CERTIFICATE' }]],
    ['no blocks at all', 'hello\nworld\n', []],
  ])('%s', (_, text, expected) => {
    expect(readPemBlocks(text)).toEqual(expected);
  });
});
