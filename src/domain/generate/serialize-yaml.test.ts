/**
 * The project's YAML writer held to the `yaml` library (docs/adr/0012): whatever it writes
 * parses back with yaml to exactly the value, and for the values the generators make it is
 * byte for byte what yaml.stringify writes with the same options.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { examplePlans } from '../../../test/example-plans';
import { hostilePlans } from '../../../test/hostile-plans';
import { buildTopology } from '../topology/build-topology';
import { buildArtifacts } from './build-artifacts';
import { serializeYaml } from './serialize-yaml';

const OPTIONS = { indent: 2, lineWidth: 0, blockQuote: 'literal' } as const;
const library = (v: unknown): string => stringify(v, OPTIONS);

const PEM = '-----BEGIN CERTIFICATE-----\nMIIBszCCAVmgAwIBAgIUQ3Yf\nc2VydmVyLmV4YW1wbGUuY29t\n-----END CERTIFICATE-----\n';

/** Strings that test each of yaml's decisions: types the core schema reads, indicators, whitespace, controls. */
const HOSTILE = [
  '',
  ' ',
  'yes',
  'no',
  'null',
  'Null',
  'NULL',
  '~',
  'true',
  'False',
  'TRUE',
  '1e3',
  '0x1F',
  '0o17',
  '0b1',
  '012',
  '-1',
  '+1',
  '1.5',
  '.5',
  '1.',
  '.inf',
  '-.Inf',
  '.nan',
  '2024-01-01',
  '12:30',
  '- a',
  '-',
  '?',
  '? a',
  '-a',
  ':a',
  'a:',
  'a: b',
  'a:b',
  'a #b',
  'a#b',
  '# c',
  ' lead',
  'trail ',
  'trail\t',
  'multi\nline',
  'multi\nline\n',
  'multi\nline\n\n',
  '\n',
  '\n\n',
  '\nlead',
  ' \nlead',
  '  two\nlines',
  'a\n ',
  'a \nb',
  'a\n b',
  'a\n\n\nb',
  PEM,
  PEM.trimEnd(),
  PEM + '\n',
  '@x',
  '`x',
  '%x',
  '*x',
  '&x',
  '!x',
  '|',
  '>',
  '[a]',
  '{a}',
  ',a',
  '"q"',
  "'q'",
  `it's "q"`,
  '\t',
  '\ta',
  'a\tb',
  '\u0000',
  '\u0007',
  '\u001b[31m',
  '\r\n',
  '\u007f',
  '\u0085',
  '\u00a0',
  '\u2028',
  '\u2029',
  '\ud800',
  '\udc00x',
  '😀',
  'e\u0301',
  '---',
  '--- a',
  '...',
  'a\n---\nb',
  'a\n...',
  'a\n%b',
  'x'.repeat(45) + '\n\u0001y\nz',
  'x'.repeat(45) + '\n\n\n \u0001',
  'x'.repeat(45) + '\n\t\n',
];

/** Where this writer deliberately differs from yaml, whose output does not read back as the value (docs/adr/0012). */
const YAML_LOSES = ['\ufeffbom', '\ufeff', 'x'.repeat(45) + ' \n \ny\u0001', 'x'.repeat(45) + '\n \n\u0001', ' \n', '\n \n', ' \t\n\n'];
/** Where yaml's block scalar at the root does not read back (an indentation indicator there). */
const YAML_LOSES_AT_ROOT = [' \na', '  two\nlines', ' a\n', '\n a', '\n\n a\n\n'];

/** A root string whose block scalar yaml would write with an indentation indicator. */
const differsAtRoot = (v: unknown) => typeof v === 'string' && v.includes('\n') && /^[ \n]* /.test(v);

/** Whether yaml reads `text` back as `v`. */
function readsBack(text: string, v: unknown): boolean {
  try {
    return JSON.stringify(parse(text)) === JSON.stringify(v);
  } catch {
    return false;
  }
}

/** Strings made of the characters the decisions turn on, densely, so that they meet each other. */
const denseString = fc.string({
  unit: fc.constantFrom(' ', '\n', '\t', '"', "'", ':', '#', '-', '?', '|', '%', '.', 'a', '0', '\u0001', '\ufeff', '\ud800', '\udc00', '😀'),
  maxLength: 60,
});

const hostileString = fc.oneof(
  fc.constantFrom(...HOSTILE, ...YAML_LOSES, ...YAML_LOSES_AT_ROOT),
  fc.string({ unit: 'binary' }),
  fc.string({ unit: 'binary', maxLength: 3 }).map((s) => `${s}\n${s}`),
  denseString,
);

/** JSON-like values (what the generators make) over a string arbitrary. */
function values(str: fc.Arbitrary<string>, number: fc.Arbitrary<number>) {
  const scalar = fc.oneof(str, number, fc.boolean(), fc.constant(null));
  return fc.letrec<{ value: unknown }>((tie) => ({
    value: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      scalar,
      fc.array(tie('value'), { maxLength: 4 }),
      fc.dictionary(str, tie('value'), { maxKeys: 4, noNullPrototype: true }),
    ),
  })).value;
}

const anyNumber = fc.oneof(fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.constantFrom(0, -0, 1e21, 5e-324, 2 ** 53 + 2));

describe('serializeYaml', () => {
  it('writes any JSON-like value so that yaml reads back exactly that value', () => {
    fc.assert(
      fc.property(values(hostileString, anyNumber), (v) => {
        expect(parse(serializeYaml(v))).toEqual(v);
      }),
      { seed: 20_240_512, numRuns: 2000 },
    );
  });

  it('writes what yaml writes for any JSON-like value, but where yaml’s output would not read back', () => {
    // The two deliberate differences: a leading U+FEFF, and a line of one space inside a folded double-quoted string.
    const differs = (s: string) => s.startsWith('\ufeff') || /\n \n/.test(s) || (/^[\n\t ]*$/.test(s) && s.includes(' ') && s.includes('\n'));
    const touches = (v: unknown): boolean =>
      typeof v === 'string'
        ? differs(v)
        : Array.isArray(v)
          ? v.some(touches)
          : v !== null && typeof v === 'object'
            ? Object.entries(v).some(([k, x]) => differs(k) || touches(x))
            : false;
    fc.assert(
      fc.property(values(hostileString, anyNumber), (v) => {
        if (!touches(v) && !differsAtRoot(v)) expect(serializeYaml(v)).toBe(library(v));
      }),
      { seed: 20_240_514, numRuns: 2000 },
    );
  });

  it('writes what yaml writes for values from the generators’ pool of strings', () => {
    const realistic = fc.constantFrom(
      '/etc/elastic-agent/certs/ca.crt',
      '/path/to/fleet-cert-key',
      'C:\\ProgramData\\Elastic\\ca.crt',
      'C:\\Program Files\\Elastic\\Agent\\certs\\agent.key',
      'https://fleet.example.com:8220',
      'https://[fd00::5]:8220',
      'https://10.0.0.5:8220',
      'logstash.example.com:5044',
      'es.example.com',
      'fleet-server',
      '192.0.2.10',
      'fd00::5',
      'required',
      'optional',
      'full',
      'certificate',
      'none',
      '["/etc/ssl/ca.crt"]',
      '${FLEET_CA}',
      'ssl.certificate_authorities',
      'ssl.certificate',
      'ssl.key',
      'ssl.verification_mode',
      'xpack.security.http.ssl.enabled',
      PEM,
      PEM + PEM,
    );
    fc.assert(
      fc.property(values(realistic, fc.oneof(fc.integer({ min: 0, max: 65_535 }), fc.constantFrom(365, 1, 0))), (v) => {
        expect(serializeYaml(v)).toBe(library(v));
      }),
      { seed: 20_240_513, numRuns: 1000 },
    );
  });

  it('writes what yaml writes for each hostile string as a root, a value, a key and an item', () => {
    for (const s of HOSTILE) {
      for (const v of [...(differsAtRoot(s) ? [] : [s]), { k: s }, { [s]: 1 }, { a: { [s]: s } }, [s], [[s]], [{ [s]: [s] }]]) {
        expect([s, serializeYaml(v)]).toEqual([s, library(v)]);
      }
    }
  });

  it('writes, where yaml’s own output would not read back, a form that does', () => {
    for (const s of YAML_LOSES) {
      for (const v of [s, { [s]: 1 }, { k: s }, [s]]) {
        expect(parse(serializeYaml(v))).toEqual(v);
      }
      const lost = [s, { [s]: 1 }, { k: s }, [s]].some((v) => !readsBack(library(v), v));
      expect([s, lost]).toEqual([s, true]);
    }
    for (const s of YAML_LOSES_AT_ROOT) {
      expect(parse(serializeYaml(s))).toBe(s);
      expect([s, readsBack(library(s), s)]).toEqual([s, false]);
      expect(serializeYaml({ k: s })).toBe(library({ k: s }));
    }
  });

  it('writes nesting, empty collections, numbers and a key over 1024 characters as yaml does', () => {
    const long = 'k'.repeat(1030);
    const cases: unknown[] = [
      null,
      true,
      0,
      -0,
      1.5,
      -12,
      1e21,
      {},
      [],
      { a: {}, b: [], c: [{}, []] },
      [[[]], [{}], [[1, 2], { x: [3] }]],
      { a: { b: { c: [1, { d: 'x\ny\n' }] } } },
      { [long]: 1 },
      { [long]: { a: 1, b: [2] } },
      { [long]: [1, 2] },
      { [long]: 'multi\nline\n' },
      { [long]: {} },
      { a: undefined, b: 1 },
    ];
    for (const v of cases) expect(serializeYaml(v)).toBe(library(v));
  });

  it('writes what yaml writes for every YAML value the example and hostile plans produce', () => {
    const docs: unknown[] = [];
    for (const { plan } of [...examplePlans(), ...hostilePlans()]) {
      for (const a of buildArtifacts(plan, buildTopology(plan))) {
        if (a.kind === 'output-yaml' && a.document) docs.push(a.document);
        if (a.kind === 'elasticsearch-settings') docs.push(a.settings.settings);
        if (a.kind === 'kibana-settings') for (const s of a.sections) for (const r of s.rows) if (r.value.kind === 'yaml') docs.push(r.value.yaml);
      }
    }
    expect(docs.length).toBeGreaterThan(10);
    for (const d of docs) expect(serializeYaml(d)).toBe(library(d));
  });

  it('refuses what it has no form for', () => {
    for (const v of [undefined, Number.NaN, Infinity, -Infinity, 1n, Symbol('s'), () => 1, new Date(0), new Map(), [undefined], { a: [1, undefined] }]) {
      expect(() => serializeYaml(v)).toThrow(TypeError);
    }
    const cycle: Record<string, unknown> = {};
    cycle.self = cycle;
    expect(() => serializeYaml(cycle)).toThrow(/circular/);
  });

  it('writes an object met twice in full both times, where yaml would write an anchor and an alias', () => {
    const shared = { a: 1 };
    const v = { x: shared, y: shared };
    expect(serializeYaml(v)).toBe('x:\n  a: 1\ny:\n  a: 1\n');
    expect(parse(serializeYaml(v))).toEqual(parse(library(v)));
  });
});
