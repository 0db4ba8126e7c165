import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeNote } from '#words/artifact-notes';
import { conversionArgv } from '../../catalog/conversions';
import { makeLab } from '../../certs/write/make-lab';
import { labSpec } from '../../lab/lab-spec';
import { labTree } from '../../lab/lab-tree';
import { labPlan } from '../../lab/lab-plans.test-helper';
import type { Plan } from '../../plan/schema';
import { buildTopology } from '../../topology/build-topology';
import { buildArtifacts } from '../build-artifacts';
import { renderArtifact } from '../render-artifact';
import { buildRunbook } from '../runbook';
import { quotePosix } from '../shell/posix-quote';
import { buildLogstashInput } from './logstash-input';

// ── A parser for the part of Logstash's config language the block uses ─────────────────
// After logstash-core/lib/logstash/compiler/lscl/lscl_grammar.treetop (elastic/logstash
// 5e535656): config = (cs plugin_section)* cs; plugin_section = plugin_type cs "{" cs
// (plugin cs)* "}"; plugin = name cs "{" cs attributes? cs "}", attributes separated by
// whitespace; attribute = name cs "=>" cs value; value = bareword / string / number / array
// (hash and nested plugins are refused here: the block has none); cs = comments and
// whitespace; a comment runs from # to the end of the line. No npm package parses it.

type Value = { type: 'bareword' | 'string'; value: string } | { type: 'number'; value: number } | { type: 'array'; value: Value[] };
interface Section {
  section: string;
  plugins: { name: string; attributes: [string, Value][] }[];
}

function parseLscl(text: string): Section[] {
  let i = 0;
  const fail = (what: string): never => {
    throw new Error(`expected ${what} at ${i}: ${JSON.stringify(text.slice(i, i + 30))}`);
  };
  const cs = () => {
    for (;;) {
      const m = /^(?:[ \t\r\n]+|#[^\r\n]*(?:\r?\n|$))/.exec(text.slice(i));
      if (!m || m[0] === '') return;
      i += m[0].length;
    }
  };
  const take = (re: RegExp, what: string): string => {
    const m = re.exec(text.slice(i));
    if (!m) return fail(what);
    i += m[0].length;
    return m[0];
  };
  const literal = (s: string) => (text.startsWith(s, i) ? (i += s.length) : fail(JSON.stringify(s)));
  const value = (): Value => {
    const c = text[i];
    if (c === '"') return { type: 'string', value: take(/^"(?:\\"|[^"])*"/, 'a string').slice(1, -1) };
    if (c === "'") return { type: 'string', value: take(/^'(?:\\'|[^'])*'/, 'a string').slice(1, -1) };
    if (c === '[') {
      literal('[');
      cs();
      const items: Value[] = [];
      while (text[i] !== ']') {
        if (items.length > 0) {
          literal(',');
          cs();
        }
        items.push(value());
        cs();
      }
      literal(']');
      return { type: 'array', value: items };
    }
    if (/[-0-9]/.test(c ?? '')) return { type: 'number', value: Number(take(/^-?[0-9]+(?:\.[0-9]*)?/, 'a number')) };
    const word = take(/^[A-Za-z_][A-Za-z0-9_]+/, 'a value');
    cs();
    if (text[i] === '{') fail('no nested plugin');
    return { type: 'bareword', value: word };
  };
  const sections: Section[] = [];
  cs();
  while (i < text.length) {
    const section = take(/^(?:input|filter|output)/, 'input, filter or output');
    cs();
    literal('{');
    cs();
    const plugins: Section['plugins'] = [];
    while (text[i] !== '}') {
      const name = take(/^[A-Za-z0-9_-]+/, 'a plugin name');
      cs();
      literal('{');
      cs();
      const attributes: [string, Value][] = [];
      while (text[i] !== '}') {
        const key = take(/^[A-Za-z0-9_-]+/, 'an option name');
        cs();
        literal('=>');
        cs();
        attributes.push([key, value()]);
        cs();
      }
      literal('}');
      plugins.push({ name, attributes });
      cs();
    }
    literal('}');
    sections.push({ section, plugins });
    cs();
  }
  return sections;
}

// ── The options as logstash-input-beats declares them ─────────────────────────────────────
// lib/logstash/inputs/beats.rb at a0220a65 (v7.0.9): `config :name, :validate => …`.
// `ssl` and `ssl_verify_mode` are :obsolete there (7.0.0, #508): a pipeline naming them fails.
type Rule = 'number' | 'boolean' | 'path' | 'array' | readonly string[];
const BEATS_RB: Record<string, Rule> = {
  port: 'number',
  ssl_enabled: 'boolean',
  ssl_certificate: 'path',
  ssl_key: 'path',
  ssl_certificate_authorities: 'array',
  ssl_client_authentication: ['none', 'optional', 'required'],
};
// The same file at v6.5.0, before the renames of 6.6.0 (#470, Logstash 8.8.0).
const BEATS_RB_6_5_0: Record<string, Rule> = {
  port: 'number',
  ssl: 'boolean',
  ssl_certificate: 'path',
  ssl_key: 'path',
  ssl_certificate_authorities: 'array',
  ssl_verify_mode: ['none', 'peer', 'force_peer'],
};

/** Whether a parsed value passes the plugin's :validate, as LogStash::Config::Mixin reads it. */
function fits(rule: Rule, v: Value): boolean {
  if (typeof rule !== 'string') return v.type === 'string' && rule.includes(v.value);
  switch (rule) {
    case 'number':
      return v.type === 'number' && Number.isInteger(v.value);
    case 'boolean':
      return v.type === 'bareword' && (v.value === 'true' || v.value === 'false');
    case 'path':
      return v.type === 'string' && v.value.startsWith('/');
    case 'array':
      return v.type === 'array' && v.value.every((e) => e.type === 'string' && e.value.startsWith('/'));
  }
}

const example = () => labPlan('on-prem-logstash-mutual');
const oneWay = () => ({ ...example(), mutualOutput: false });

function rendered(plan: Plan): string {
  const a = buildArtifacts(plan).find((x) => x.kind === 'logstash-input');
  if (!a) throw new Error('no logstash-input');
  return renderArtifact(a, describeNote, { form: 'file' });
}

const s = (value: string) => ({ type: 'string', value });
const CERTS = '/etc/logstash/certs';

describe('the Logstash input the agents’ output connects to', () => {
  it.each([
    {
      title: 'mutual (the example): the agents’ CA, client certificates required',
      plan: example(),
      rules: BEATS_RB,
      attributes: [
        ['port', { type: 'number', value: 5044 }],
        ['ssl_enabled', { type: 'bareword', value: 'true' }],
        ['ssl_certificate', s(`${CERTS}/logstash.crt`)],
        ['ssl_key', s(`${CERTS}/logstash.key`)],
        ['ssl_certificate_authorities', { type: 'array', value: [s(`${CERTS}/agent-ca.crt`)] }],
        ['ssl_client_authentication', s('required')],
      ],
    },
    {
      title: 'one-way: no CA, so Logstash asks for no certificate (an input with CAs and no mode would require one)',
      plan: oneWay(),
      rules: BEATS_RB,
      attributes: [
        ['port', { type: 'number', value: 5044 }],
        ['ssl_enabled', { type: 'bareword', value: 'true' }],
        ['ssl_certificate', s(`${CERTS}/logstash.crt`)],
        ['ssl_key', s(`${CERTS}/logstash.key`)],
      ],
    },
    {
      title: 'a stack before 8.8: the names beats input 6.5.0 knows, force_peer for required',
      plan: { ...example(), kibanaVersion: '8.7.1', output: { kind: 'logstash' as const, logstashHosts: ['ls1.example.com:5045', 'ls2.example.com:5045'] } },
      rules: BEATS_RB_6_5_0,
      attributes: [
        ['port', { type: 'number', value: 5045 }],
        ['ssl', { type: 'bareword', value: 'true' }],
        ['ssl_certificate', s(`${CERTS}/logstash.crt`)],
        ['ssl_key', s(`${CERTS}/logstash.key`)],
        ['ssl_certificate_authorities', { type: 'array', value: [s(`${CERTS}/agent-ca.crt`)] }],
        ['ssl_verify_mode', s('force_peer')],
      ],
    },
  ])('$title', ({ plan, rules, attributes }) => {
    const parsed = parseLscl(rendered(plan));
    expect(parsed).toEqual([{ section: 'input', plugins: [{ name: 'elastic_agent', attributes }] }]);
    for (const [name, v] of parsed[0]!.plugins[0]!.attributes) {
      const rule = rules[name];
      expect(rule, name).toBeDefined();
      expect(fits(rule!, v), name).toBe(true);
    }
  });

  it('the parser refuses what Logstash refuses', () => {
    expect(() => parseLscl('input { elastic_agent { port => 5044 ssl_enabled => true } }')).not.toThrow();
    expect(() => parseLscl('input { elastic_agent { port => 5044,ssl => true } }')).toThrow();
    expect(() => parseLscl('input { elastic_agent { ssl_key => "/a }')).toThrow();
    expect(() => parseLscl('inputs { }')).toThrow();
  });

  it('a host without a port is dialled at 5044; it is in the runbook after Elasticsearch, as elastic-agent-input.conf', () => {
    const plan = { ...example(), output: { kind: 'logstash' as const, logstashHosts: ['logstash.example.com'] } };
    expect(buildLogstashInput(plan, buildTopology(plan))?.options[0]).toEqual(['port', 5044]);
    const steps = buildRunbook(labPlan('on-prem-mutual')).map((st) => st.id);
    expect(steps).not.toContain('logstash');
    const withLogstash = buildRunbook(example());
    expect(withLogstash.map((st) => st.id)).toEqual(['kibana', 'logstash', 'files', 'fleet-server', 'agents', 'containers', 'check']);
    expect(withLogstash[1]!.artifacts.map((a) => a.id)).toEqual(['logstash-input']);
  });

  it('says where it goes, that the key must be PKCS#8 and how to convert it, and which release the names need', () => {
    const comments = rendered(example())
      .split('\n')
      .filter((l) => l.startsWith('#'));
    expect(comments).toEqual([
      '# On every Logstash host, in a pipeline such as /etc/logstash/conf.d/ (DEB, RPM), with these files in /etc/logstash/certs: logstash.crt, logstash.key, agent-ca.crt',
      `# Logstash reads only a PKCS#8 key, -----BEGIN PRIVATE KEY-----. To convert another, renamed logstash.key.orig: openssl pkcs8 -topk8 -nocrypt -in logstash.key.orig -out ${CERTS}/logstash.key`,
      '# ssl_enabled and ssl_client_authentication need Logstash 8.8 or later; before, ssl and ssl_verify_mode.',
      '# Agents need a certificate signed by agent-ca.crt; without, they log remote error: tls: certificate required.',
    ]);
    expect(rendered(oneWay())).not.toContain('agent-ca.crt');
    expect(rendered({ ...example(), kibanaVersion: '8.7.1' })).toContain('# Logstash before 8.8 names them ssl and ssl_verify_mode');
  });

  it('the lab’s Logstash files have the names the block reads, and the conversion writes a PKCS#8 key from a lab key', async () => {
    const plan = example();
    const spec = labSpec(plan, { cas: 'one', keyType: { kind: 'EC', curve: 'P-256' } });
    const made = await makeLab(spec, { now: new Date('2026-11-29T10:00:00Z'), validityDays: 30, passphrase: 'unused' });
    const files = labTree(plan, spec, made).files.filter((f) => f.host === 'logstash');
    expect(files.map((f) => f.path)).toEqual(expect.arrayContaining(['logstash/logstash.crt', 'logstash/logstash.key']));
    const dir = mkdtempSync(join(tmpdir(), 'ls-key-'));
    try {
      writeFileSync(join(dir, 'lab.key'), files.find((f) => f.path === 'logstash/logstash.key')!.content);
      // The lab writes PKCS#8 already: turn it into PKCS#1 (RSA: Defend before 9.1 needs it on this leg) or SEC1, as an admin may have it.
      const openssl = (...args: string[]) => execFileSync('openssl', args, { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
      openssl('pkey', '-in', 'lab.key', '-traditional', '-out', 'logstash.key.orig');
      expect(readFileSync(join(dir, 'logstash.key.orig'), 'utf8')).toMatch(/^-----BEGIN (RSA|EC) PRIVATE KEY-----\n/);
      const argv = conversionArgv({ kind: 'pkcs8-key', from: 'logstash.key.orig', to: 'logstash.key' });
      expect(rendered(plan)).toContain(
        conversionArgv({ kind: 'pkcs8-key', from: 'logstash.key.orig', to: `${CERTS}/logstash.key` })
          .map(quotePosix)
          .join(' '),
      );
      execFileSync(argv[0]!, argv.slice(1), { cwd: dir });
      const out = readFileSync(join(dir, 'logstash.key'), 'utf8');
      expect(out).toMatch(/^-----BEGIN PRIVATE KEY-----\n/);
      expect(openssl('pkey', '-in', 'logstash.key', '-pubout')).toBe(openssl('pkey', '-in', 'lab.key', '-pubout'));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('is there only for a Logstash output', () => {
    const plan = labPlan('on-prem-mutual');
    expect(buildLogstashInput(plan, buildTopology(plan))).toBeNull();
  });
});
