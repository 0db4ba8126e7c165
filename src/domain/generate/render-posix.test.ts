import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { spawnSync } from 'node:child_process';
import { runWithStubs } from '../../../test/bash-stubs';
import { examplePlans } from '../../../test/example-plans';
import { describeNote } from '../../i18n/en-artifact-notes';
import { defaultPlan } from '../plan/defaults';
import type { Plan } from '../plan/schema';
import { buildArtifacts } from './build-artifacts';
import { renderPosix } from './render-posix';
import { argvOf, type ScriptStep } from './script';
import { quotePosix } from './shell/posix-quote';

function agentInvocations(plan: Plan) {
  return buildArtifacts(plan).flatMap((a) => {
    if ((a.kind !== 'agent-install' && a.kind !== 'fleet-server-install') || a.shell !== 'bash') return [];
    const step = a.script.find((s): s is Extract<ScriptStep, { kind: 'command' }> => s.kind === 'command' && s.multiline === true);
    if (!step) throw new Error(`${a.id} has no elastic-agent command`);
    return [{ id: a.id, script: renderPosix(a.script, describeNote), intended: argvOf(step).slice(1) }];
  });
}

describe('every generated POSIX script, run by bash with a stub elastic-agent', () => {
  for (const { name, plan } of examplePlans()) {
    it(`${name}: elastic-agent receives exactly the intended argv`, () => {
      for (const { id, script, intended } of agentInvocations(plan)) {
        const run = runWithStubs(script);
        expect(run.stderr, id).toBe('');
        expect(run.status, id).toBe(0);
        expect(run.calls, id).toEqual([intended]);
      }
    });
  }

  it('hostile paths and tokens (spaces, quotes, $, backticks, globs, newlines, non-ASCII) survive quoting', () => {
    const hostile = defaultPlan('on-prem');
    const plan: Plan = {
      ...hostile,
      tls: 'mutual',
      fleetServer: { ...hostile.fleetServer, urls: ['https://fleet.example.com:8220'], policyId: "p'o\"l$i`c`y" },
      elasticsearch: { ...hostile.elasticsearch, hosts: ['https://es.example.com:9200/a b?x=$HOME'] },
      agents: { platforms: ['linux-x86_64', 'deb-amd64', 'rpm-aarch64', 'darwin-aarch64'] },
      certs: {
        ...hostile.certs,
        fleetServerDir: "/opt/certs dir/it's $HOME/`id`/*/ça-証明書",
        agentDirPosix: '/etc/a "b" \\c\\ \n d',
      },
      secrets: { enrollmentToken: "tok'en $(touch /tmp/pwned) `id` ;| & > x", serviceToken: 'AAEB=="\\\'' },
    };
    const invocations = agentInvocations(plan);
    expect(invocations.length).toBe(5);
    for (const { id, script, intended } of invocations) {
      const run = runWithStubs(script);
      expect(run.calls, id).toEqual([intended]);
    }
  });
});

describe('quotePosix', () => {
  it.each([
    ['a plain flag value stays bare', '/etc/certs/ca.crt', '/etc/certs/ca.crt'],
    ['an empty word is quoted', '', "''"],
    ['spaces are single-quoted', 'a b', "'a b'"],
    ['a single quote is closed, escaped and reopened', "it's", "'it'\\''s'"],
    ['$ and backticks are not expanded', '$HOME `id`', "'$HOME `id`'"],
    ['a glob is not expanded', '*.crt', "'*.crt'"],
    ['non-ASCII is quoted', 'ça', "'ça'"],
    ['^ is quoted (a glob operator in zsh with EXTENDED_GLOB)', 'a^b', "'a^b'"],
    ['a leading = is quoted (zsh turns =ls into /usr/bin/ls)', '=ls', "'=ls'"],
    ['an = inside a word stays bare', 'a=b', 'a=b'],
  ])('%s', (_title, input, expected) => {
    expect(quotePosix(input)).toBe(expected);
  });

  it('any string round-trips through bash unchanged (property test, one bash run)', () => {
    // NUL cannot occur in argv; everything else may.
    const special = fc.constantFrom(' ', "'", '"', '$', '`', '\\', '\n', '\t', '*', '?', '!', '~', '#', ';', '&', '|', '<', '>', '(', '{', '[', '=', ',');
    const unit = fc.oneof(special, fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 1 }), fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }));
    const words = fc.sample(fc.string({ unit, maxLength: 40 }).filter((s) => !s.includes('\0')), 300);
    const script = `printf '%s\\0' ${words.map(quotePosix).join(' ')}`;
    const r = spawnSync('bash', ['-c', script], { encoding: 'utf8' });
    expect(r.stdout.split('\0').slice(0, -1)).toEqual(words);
  });
});

describe('comments', () => {
  it('quote each value, so that a comment line run as a command (interactive zsh) expands nothing, and keep it on one line', () => {
    const note = { code: 'place-files', params: { dir: '/opt/$(touch x)\ny', files: ['a b.crt', 'c.crt'] } } as const;
    expect(renderPosix([{ kind: 'comment', note }], describeNote)).toBe("# Copy these files to '/opt/$(touch x)\uFFFDy' before you run the commands: 'a b.crt', c.crt\n");
  });
});

describe('passphrase files', () => {
  it('the generated step writes the typed passphrase without a trailing newline', () => {
    const dir = spawnSync('mktemp', ['-d'], { encoding: 'utf8' }).stdout.trim();
    const path = `${dir}/agent key.pass`;
    const script = renderPosix([{ kind: 'write-secret-file', path, prompt: { code: 'prompt-service-token' } }], describeNote)
      .replace(/\bsudo /g, '');
    const r = spawnSync('bash', ['-c', script], { cwd: dir, input: "s3cr3t pa$$ 'w'\n", encoding: 'utf8' });
    expect(r.status).toBe(0);
    const written = spawnSync('cat', [path], { encoding: 'utf8' }).stdout;
    expect(written).toBe("s3cr3t pa$$ 'w'");
    const mode = spawnSync('stat', ['-c', '%a', path], { encoding: 'utf8' }).stdout.trim();
    expect(mode).toBe('600');
  });
});
