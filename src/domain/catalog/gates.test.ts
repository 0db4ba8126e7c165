import { describe, expect, it } from 'vitest';
import { GATES, gateOpen, inRange, type GateName } from './gates';
import { catalogueVersion, parseVersion } from './version';

const v = (text: string) => catalogueVersion(text);

describe('version gates', () => {
  it('every gate names real releases', () => {
    for (const [name, gate] of Object.entries(GATES)) {
      const versions = 'fixedIn' in gate.range ? gate.range.fixedIn : 'before' in gate.range ? [gate.range.since, gate.range.before] : [gate.range.since];
      for (const text of versions) expect(parseVersion(text), `${name}: ${text}`).not.toBeNull();
    }
  });

  it.each([
    ['since: the release itself has it', { since: '8.13.0' }, '8.13.0', true],
    ['since: the patch before does not', { since: '8.13.0' }, '8.12.9', false],
    ['a range holds its first release', { since: '8.13.0', before: '8.16.2' }, '8.13.0', true],
    ['a range holds its last patch', { since: '8.13.0', before: '8.16.2' }, '8.16.1', true],
    ['a range ends before its end', { since: '8.13.0', before: '8.16.2' }, '8.16.2', false],
    ['a fix: its patch has it', { fixedIn: ['8.17.7', '8.18.2', '8.19.0', '9.0.2'] }, '9.0.2', true],
    ['a fix: the patch before on that branch does not', { fixedIn: ['8.17.7', '8.18.2', '8.19.0', '9.0.2'] }, '8.18.1', false],
    ['a fix: a later branch has it', { fixedIn: ['8.17.7', '8.18.2', '8.19.0', '9.0.2'] }, '9.1.0', true],
    ['a fix: an older branch has not', { fixedIn: ['8.17.7', '8.18.2', '8.19.0', '9.0.2'] }, '8.16.9', false],
  ] as const)('%s', (_t, range, version, expected) => {
    expect(inRange(v(version), range)).toBe(expected);
  });

  it('an unreadable release leaves a gate undecided, and each product reads its own release', () => {
    const versions = { agent: v('8.16.0'), kibana: null };
    expect(gateOpen('fleet-server-checks-client-san' as GateName, versions)).toBe(true);
    expect(gateOpen('kibana-fleet-server-host-ssl', versions)).toBeNull();
  });
});
