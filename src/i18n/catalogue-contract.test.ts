import { describe, expect, expectTypeOf, test } from 'vitest';
import type { Finding, FindingParams } from '../domain/checks/finding';
import { FINDING_MESSAGES } from '#words/findings';
import { say, type CodedCatalogue } from './contract';

// The findings' contract, proved by the type checker: tsc -b (npm test) checks this file,
// and every @ts-expect-error below must meet its error, so a contract loose enough to let
// one of these lines through fails the build.

/** A second language: English's messages with one of them in Simplified Chinese. */
const zh: CodedCatalogue<FindingParams> = {
  ...FINDING_MESSAGES,
  'key-locked': (p) => `${p.keyFile} 已加密：请在该文件上输入其密码，以检查它与其证书是否匹配。`,
};

describe('a findings catalogue is typed by each code’s parameters', () => {
  test('English is one instance of the contract, and another language fills the same one', () => {
    expectTypeOf(FINDING_MESSAGES).toEqualTypeOf<CodedCatalogue<FindingParams>>();
    expectTypeOf<FindingParams['san-missing']['ip']>().toEqualTypeOf<boolean>();
    expectTypeOf<FindingParams['token-placeholder']['token']>().toEqualTypeOf<'enrollment' | 'service'>();
    expect(say(zh, { code: 'key-locked', params: { keyFile: 'fleet.key' } })).toBe('fleet.key 已加密：请在该文件上输入其密码，以检查它与其证书是否匹配。');
  });

  test('a catalogue must have every code, and its messages read only their own parameters', () => {
    const { 'san-missing': _dropped, ...withoutOne } = FINDING_MESSAGES;
    // @ts-expect-error a catalogue without san-missing does not fill the contract
    const _missing: CodedCatalogue<FindingParams> = withoutOne;
    const _wrongParam: CodedCatalogue<FindingParams> = {
      ...FINDING_MESSAGES,
      // @ts-expect-error key-locked has keyFile, not file
      'key-locked': (p) => `${p.file} is locked`,
    };
    const _wrongType: CodedCatalogue<FindingParams> = {
      ...FINDING_MESSAGES,
      // @ts-expect-error cert-expiring's days is a number
      'cert-expiring': (p) => p.days.padStart(3),
    };
    // Used, so that the only error each directive meets is the one it names.
    expect([_missing, _wrongParam, _wrongType]).toHaveLength(3);
  });

  test('a producer cannot forget, misname or mistype a parameter', () => {
    const at = { severity: 'error', leg: 'agent-fleet' } as const;
    const _ok: Finding = { ...at, code: 'san-missing', params: { file: 'a.crt', host: '10.0.0.6', covers: '', ip: true, valid: '' } };
    // @ts-expect-error ip is a boolean, not 0 or 1
    const _number: Finding = { ...at, code: 'san-missing', params: { file: 'a.crt', host: '10.0.0.6', covers: '', ip: 1, valid: '' } };
    // @ts-expect-error san-missing needs its host
    const _forgot: Finding = { ...at, code: 'san-missing', params: { file: 'a.crt', covers: '', ip: true, valid: '' } };
    // @ts-expect-error key-locked's parameter is keyFile
    const _misnamed: Finding = { ...at, code: 'key-locked', params: { keyfile: 'a.key' } };
    // @ts-expect-error token is enrollment or service
    const _notInUnion: Finding = { ...at, code: 'token-placeholder', leg: null, params: { token: 'api-key' } };
    // @ts-expect-error a code with parameters must give them
    const _none: Finding = { ...at, code: 'weak-rsa-key' };
    expect([_ok, _number, _forgot, _misnamed, _notInUnion, _none]).toHaveLength(6);
  });
});
