import { describe, expect, it } from 'vitest';
import { examplePlans } from './example-plans';
import { runPlanChecks } from '../src/domain/checks/plan/run-plan-checks';
import { artifactFileName, buildArtifacts, type Artifact } from '../src/domain/generate/build-artifacts';
import { buildKibanaSettings } from '../src/domain/generate/kibana/kibana-settings';
import { renderArtifact } from '../src/domain/generate/render-artifact';
import { argvOf, type ScriptStep } from '../src/domain/generate/script';
import type { Plan } from '../src/domain/plan/schema';
import { validatePlan } from '../src/domain/questions/validate';
import { buildTopology } from '../src/domain/topology/build-topology';
import { describeNote } from '../src/i18n/en/artifact-notes';
import { describeFinding } from '../src/i18n/en/findings';
import { ui } from '../src/i18n/en/ui';

/**
 * Each row of shared/reference/fleet-behaviour-audit.md, reproduced with the plan the
 * audit names and held to the behaviour of the software it cites. The detailed tests
 * sit beside the code (named in each case); this file is the index a reviewer reads.
 */
const ex = Object.fromEntries(examplePlans().map((e) => [e.name, e.plan]));
function edit(name: string, change: (p: Plan) => void): Plan {
  const copy = structuredClone(ex[name]!);
  change(copy);
  return copy;
}
const artifacts = (plan: Plan) => buildArtifacts(plan);
const text = (a: Artifact) => renderArtifact(a, describeNote, { form: 'file' });
const byFile = (plan: Plan, file: string) => {
  const a = artifacts(plan).find((x) => artifactFileName(x) === file);
  if (!a) throw new Error(`no ${file}`);
  return a;
};
const kibana = (plan: Plan) => buildKibanaSettings(plan, buildTopology(plan));
/** The plan's findings, but the reminders of tokens not typed (the examples carry none). */
const findings = (plan: Plan) => runPlanChecks(plan, buildTopology(plan)).filter((f) => f.code !== 'token-placeholder');
const agentArgv = (plan: Plan, file: string) => {
  const a = byFile(plan, file);
  if (!('script' in a)) throw new Error(file);
  return argvOf(a.script.find((s): s is Extract<ScriptStep, { kind: 'command' }> => s.kind === 'command' && s.multiline === true)!);
};

describe('the audit’s twenty rows, each fixed', () => {
  it('1: Logstash is added as a new output; the default Elasticsearch output stays for the Fleet Server policy (kibana output.ts validateOutputNotUsedInPolicy)', () => {
    const ids = kibana(ex['on-prem-logstash-mutual']!).map((s) => [s.id, s.where.code]);
    expect(ids.slice(1, 3)).toEqual([
      ['es-output-for-fleet-server', 'kibana-where-es-output-before-logstash'],
      ['agents-output', 'kibana-where-add-output'],
    ]);
  });

  it('2: the Logstash form’s SSL fields, the encryption key, and the pre-fix YAML replacement (use_output_form.tsx; kibana#219902)', () => {
    const plan = edit('on-prem-logstash-mutual', (p) => (p.certs.encrypted.outputKey = true));
    const output = kibana(plan).find((s) => s.id === 'agents-output')!;
    expect(output.rows.map((r) => r.label)).toEqual(
      expect.arrayContaining(['Server SSL certificate authorities (optional)', 'Client SSL certificate', 'Client SSL certificate key']),
    );
    expect(output.notes.map((n) => n.code)).toEqual(['kibana-logstash-new-output', 'kibana-logstash-encryption-key']);
    const old = kibana(
      edit('on-prem-logstash-mutual', (p) => {
        p.certs.encrypted.outputKey = true;
        p.kibanaVersion = '8.18.1';
      }),
    ).find((s) => s.id === 'agents-output')!;
    expect(old.notes.map((n) => n.code)).toContain('kibana-logstash-yaml-replaced');
  });

  it('3: a 9.0.0 Fleet Server from a tar.gz gets --install-servers (elastic-agent v9.0.0 install.go)', () => {
    expect(
      agentArgv(
        edit('on-prem-one-way', (p) => (p.agentVersion = '9.0.0')),
        'fleet-server-linux-x86_64.sh',
      ),
    ).toContain('--install-servers');
  });

  it('4: Fleet Server 8.13.0–8.16.1 with client auth is warned about client SANs (elastic-agent-libs < v0.14.0; verdict: src/domain/inspect/client-san.test.ts)', () => {
    expect(findings(edit('on-prem-mutual', (p) => (p.agentVersion = '8.16.0'))).map((f) => f.code)).toContain('fleet-server-checks-client-san');
  });

  it('5: the same agent.key, encrypted for enrollment, has its passphrase in the Output YAML (elastic-agent-libs tls.go LoadCertificate)', () => {
    expect(text(byFile(ex['on-prem-mutual']!, 'output-advanced.yml'))).toContain('key_passphrase_path: /etc/elastic-agent/certs/agent.key.pass');
  });

  it('6: the Fleet Server policy’s output: files at the Output’s paths, or an output of its own (kibana full_agent_policy.ts; fleet-server agent.go)', () => {
    const otherDir = edit('on-prem-one-way', (p) => {
      p.agents.platforms = ['linux-x86_64'];
      p.certs.fleetServerDir = '/opt/fleet-certs';
    });
    expect(findings(otherDir).map((f) => f.code)).toEqual(['fleet-server-policy-output-files']);
    expect(text(byFile(otherDir, 'fleet-server-linux-x86_64.sh'))).toContain('# Also copy these files to /etc/elastic-agent/certs');
    const windowsFleet = edit('on-prem-one-way', (p) => {
      p.agents.platforms = ['linux-x86_64'];
      p.fleetServer.platform = 'windows-x86_64';
      p.certs.fleetServerDir = 'C:\\Certs';
    });
    const windowsAgents = edit('on-prem-mutual', (p) => (p.agents.platforms = ['windows-x86_64']));
    for (const plan of [windowsFleet, windowsAgents]) expect(kibana(plan).map((s) => s.id)).toContain('es-output-for-fleet-server');
  });

  it('7: the Fleet Server host’s Authentication labels follow the Kibana release (kibana#236959 in 9.3.0)', () => {
    const labels = (v: string) =>
      kibana(edit('on-prem-mutual', (p) => (p.kibanaVersion = v)))
        .find((s) => s.id === 'fleet-server-host-ssl')
        ?.rows.map((r) => r.label)[0];
    expect([labels('9.2.1'), labels('9.3.0'), labels('9.0.3')]).toEqual([
      'Server SSL certificate authorities',
      'Fleet Server > Elastic Agents certificate authorities',
      undefined,
    ]);
  });

  it('8: the Fleet Server rows are said not to be read by fleet-server and never to override the flags (fleet-server config/input.go)', () => {
    const all = text(byFile(ex['on-prem-mutual']!, 'kibana-fleet-settings.txt'));
    expect(all).toContain('Kibana writes it beside the settings fleet-server reads, so it is not used and never replaces --fleet-server-cert');
    expect(all).not.toMatch(/policy values override/i);
  });

  it('9: the “Elastic Agent > …” rows are never given a value (elastic-agent handler_action_policy_change.go)', () => {
    const ssl = kibana(edit('on-prem-mutual', (p) => (p.kibanaVersion = '9.4.0'))).find((s) => s.id === 'fleet-server-host-ssl')!;
    expect(ssl.rows.filter((r) => r.label.startsWith('Elastic Agent >')).map((r) => r.value.kind)).toEqual(['empty', 'empty', 'empty']);
  });

  it('10: every POSIX script is a bash file that stops on the first failure, with a prompt every shell runs (shell tests: src/domain/generate/render-posix.test.ts)', () => {
    for (const plan of Object.values(ex)) {
      for (const a of artifacts(plan).filter((x) => 'shell' in x && x.shell === 'bash')) {
        const t = text(a);
        expect(t.startsWith('#!/usr/bin/env bash\n'), a.id).toBe(true);
        expect(t).toContain('\nset -eu\n');
        expect(t).not.toMatch(/read -[a-z]*[sp]/);
      }
    }
  });

  it('11: releases are x.y.z; “9.2” and “ 9.2.1 ” are refused with the reason', () => {
    const codes = (v: string) => validatePlan(edit('on-prem-one-way', (p) => (p.agentVersion = v))).map((i) => i.code);
    expect([codes('9.2'), codes(' 9.2.1 ')]).toEqual([['version-incomplete'], ['version-whitespace']]);
  });

  it('12: Elasticsearch client certificates: client_authentication, and one side only (Kibana and ECK docs)', () => {
    const oneSide = (mode: 'optional' | 'required') =>
      edit('on-prem-mutual', (p) => {
        p.mutualFleetServerEs = false;
        p.elasticsearch.clientAuthentication = mode;
      });
    expect(findings(oneSide('required')).map((f) => f.code)).toEqual(expect.arrayContaining(['es-client-auth', 'es-client-auth-only-output']));
    expect(findings(oneSide('optional')).map((f) => f.code)).not.toContain('es-client-auth-only-output');
    expect(text(byFile(ex['on-prem-mutual']!, 'elasticsearch-http-ssl.yml'))).toContain('xpack.security.http.ssl.client_authentication: optional');
    expect(
      text(
        byFile(
          edit('on-prem-mutual', (p) => (p.elasticsearch.clientAuthentication = 'required')),
          'elasticsearch-http-ssl.yml',
        ),
      ),
    ).toContain('xpack.security.http.ssl.client_authentication: required');
  });

  it('13: Defend with an encrypted output key is warned, marked inferred (endpoint_component_modifier.go)', () => {
    const f = findings(edit('on-prem-logstash-mutual', (p) => (p.certs.encrypted.outputKey = true))).find((x) => x.code === 'defend-encrypted-output-key')!;
    expect(describeFinding(f)).toContain('Inferred from elastic-agent’s source, not tested');
  });

  it('14: with a key in the YAML, mixed OSes are not told to paste certificates inline', () => {
    const f = findings(ex['on-prem-mutual']!).find((x) => x.code === 'yaml-paths-mixed-os')!;
    expect(describeFinding(f)).not.toMatch(/inline in the YAML instead/);
    expect(describeFinding(f)).toContain('A key cannot go inline');
  });

  it('15: an output trusted by fingerprint does not claim a public CA', () => {
    const t = text(
      byFile(
        edit('on-prem-one-way', (p) => (p.elasticsearch.trust = 'fingerprint')),
        'output-advanced.yml',
      ),
    );
    expect(t).toBe('# This output needs no Advanced YAML: the CA trusted fingerprint field in Kibana carries the trust.\n');
  });

  it('16: Kibana’s labels verbatim (fleet_server_hosts_flyout/index.tsx, output_form_logstash.tsx, output_form_elasticsearch.tsx)', () => {
    const labels = kibana(ex['on-prem-logstash-mutual']!).flatMap((s) => s.rows.map((r) => r.label));
    expect(labels).toEqual(
      expect.arrayContaining(['Make this Fleet server the default one.', 'Logstash hosts', 'Elasticsearch CA trusted fingerprint (optional)']),
    );
  });

  it('17: the lab says any reachable name works (enroll_cmd.go prepareFleetTLS; --insecure)', () => {
    const f = findings(ex['on-prem-lab']!).find((x) => x.code === 'lab-url-is-hostname')!;
    expect(describeFinding(f)).toContain('any name or IP address that reaches the Fleet Server host works');
  });

  it('18: Defend before 9.1 says what Endpoint reports (docs-content#1133, #5514)', () => {
    const f = findings(ex['on-prem-logstash-mutual']!).find((x) => x.code === 'defend-needs-rsa')!;
    expect(describeFinding(f)).toContain('“Invalid or unsupported PEM”');
    expect(describeFinding(f)).not.toContain('silently');
  });

  it('19: the lab mode names elastic-agent enroll as what makes the certificate', () => {
    expect(ui.tls.descriptions.lab).toMatch(/^elastic-agent enroll generates a self-signed certificate/);
  });

  it('20: Fleet Server URLs: a path or another protocol is refused as Kibana does; another port is asked about', () => {
    expect(validatePlan(edit('on-prem-one-way', (p) => (p.fleetServer.urls = ['https://a:8220', 'https://b:8220/x']))).map((i) => i.code)).toEqual([
      'url-shape-differs',
    ]);
    expect(
      findings(
        edit('on-prem-one-way', (p) => {
          p.agents.platforms = ['linux-x86_64'];
          p.fleetServer.urls = ['https://fleet.example.com:9999'];
        }),
      ).map((f) => f.code),
    ).toEqual(['fleet-url-port']);
  });
});
