import { describe, expect, it } from 'vitest';
import { examplePlans } from '../../../../test/example-plans';
import type { Plan } from '../../plan/schema';
import { buildTopology } from '../../topology/build-topology';
import { buildKibanaSettings, type KibanaSection } from './kibana-settings';

const ex = Object.fromEntries(examplePlans().map((e) => [e.name, e.plan]));
const sections = (p: Plan) => buildKibanaSettings(p, buildTopology(p));
const section = (p: Plan, id: KibanaSection['id']) => sections(p).find((s) => s.id === id);
const labels = (s: KibanaSection | undefined) => s?.rows.map((r) => r.label);

function edit(base: Plan, change: (p: Plan) => void): Plan {
  const copy = structuredClone(base);
  change(copy);
  return copy;
}
const kibana = (version: string) => (p: Plan) => (p.kibanaVersion = version);

describe('Kibana settings follow the Kibana release (audit row 7, kibana#208091 in 9.1.0, #236959 in 9.3.0)', () => {
  it('before 9.1 the Fleet Server host has no SSL options: none are described, and the note says so', () => {
    const p = edit(ex['on-prem-mutual']!, kibana('9.0.3'));
    expect(section(p, 'fleet-server-host-ssl')).toBeUndefined();
    expect(section(p, 'fleet-server-host')?.notes).toEqual([{ code: 'kibana-no-ssl-options', params: { version: '9.0.3' } }]);
  });

  it('9.1–9.2: the seven fields of ssl_form_section.tsx @ ef38cab5, every one left empty or at None', () => {
    const s = section(edit(ex['on-prem-mutual']!, kibana('9.2.1')), 'fleet-server-host-ssl');
    expect(labels(s)).toEqual([
      'Server SSL certificate authorities',
      'Client SSL certificate',
      'Client SSL certificate key',
      'Elasticsearch certificate authorities',
      'SSL certificate for Elasticsearch',
      'SSL certificate key for Elasticsearch',
      'Client auth',
    ]);
    expect(s?.rows.map((r) => r.value)).toEqual([...Array(6).fill({ kind: 'empty' }), { kind: 'option', option: 'None' }]);
    // "Client SSL certificate" there is Fleet Server's own server certificate (use_fleet_server_host_form.tsx → ssl.certificate).
    expect(s?.rows[1]?.note).toEqual({ code: 'kibana-row-not-read', params: { flag: '--fleet-server-cert', misnamed: 'certificate' } });
  });

  it('9.3: the ten "Fleet Server > …" / "Elastic Agent > …" fields; the Elastic Agent ones are never given a value (audit row 9)', () => {
    const s = section(edit(ex['on-prem-mutual']!, kibana('9.3.0')), 'fleet-server-host-ssl');
    expect(labels(s)).toEqual([
      'Fleet Server > Elastic Agents certificate authorities',
      'Fleet Server > SSL server certificate',
      'Fleet Server > SSL server private key',
      'Fleet Server > Elasticsearch certificate authorities',
      'Fleet Server > SSL client certificate for Elasticsearch',
      'Fleet Server > SSL private key for Elasticsearch',
      'Elastic Agent > Fleet Server certificate authorities',
      'Elastic Agent > SSL client certificate for Fleet Server',
      'Elastic Agent > SSL private key for Fleet Server',
      'Client auth',
    ]);
    for (const row of s!.rows.filter((r) => r.label.startsWith('Elastic Agent >'))) {
      expect(row).toEqual({ label: row.label, value: { kind: 'empty' }, note: { code: 'kibana-row-agent-breaks' } });
    }
  });

  it('the Fleet Server rows say they do not replace the install flags; the Elasticsearch rows name the Fleet Server host’s path (audit row 8)', () => {
    const rows = section(edit(ex['on-prem-mutual']!, kibana('9.4.2')), 'fleet-server-host-ssl')!.rows;
    expect(rows.slice(0, 6).map((r) => r.note)).toEqual([
      { code: 'kibana-row-not-read', params: { flag: '--certificate-authorities', misnamed: '' } },
      { code: 'kibana-row-not-read', params: { flag: '--fleet-server-cert', misnamed: '' } },
      { code: 'kibana-row-not-read', params: { flag: '--fleet-server-cert-key', misnamed: '' } },
      { code: 'kibana-row-es', params: { flag: '--fleet-server-es-ca', path: '/etc/elastic-agent/certs/es-ca.crt' } },
      { code: 'kibana-row-es', params: { flag: '--fleet-server-es-cert', path: '/etc/elastic-agent/certs/fleet-server-es.crt' } },
      { code: 'kibana-row-es', params: { flag: '--fleet-server-es-cert-key', path: '/etc/elastic-agent/certs/fleet-server-es.key' } },
    ]);
  });

  it('labels are verbatim (audit row 16): the host’s default switch, Logstash hosts, the optional fingerprint', () => {
    expect(labels(section(ex['on-prem-one-way']!, 'fleet-server-host'))).toEqual(['Name', 'URL', 'Make this Fleet server the default one.']);
    expect(labels(section(ex['on-prem-logstash-mutual']!, 'agents-output'))).toContain('Logstash hosts');
    expect(labels(section(ex['on-prem-logstash-mutual']!, 'es-output-for-fleet-server'))).toContain('Elasticsearch CA trusted fingerprint (optional)');
  });

  it('9.1.0–9.1.4 copied the Elasticsearch output’s Authentication fields into every agent’s fleet.ssl (kibana#236788): the note says so', () => {
    const note = (v: string) => section(edit(ex['on-prem-mutual']!, kibana(v)), 'agents-output')!.rows.find((r) => r.label === 'Authentication')?.note;
    expect(note('9.1.4')).toEqual({ code: 'kibana-es-authentication-empty', params: { leaks: true } });
    expect(note('9.1.5')).toEqual({ code: 'kibana-es-authentication-empty', params: { leaks: false } });
    expect(note('9.0.8')).toBeUndefined();
  });
});

describe('a Logstash output (audit rows 1 and 2)', () => {
  const logstash = ex['on-prem-logstash-mutual']!;

  it('the Elasticsearch output is set up for the Fleet Server policy first, then Logstash is added as a new default output', () => {
    expect(sections(logstash).map((s) => [s.id, s.where.code])).toEqual([
      ['fleet-server-host', 'kibana-where-fleet-server-host'],
      ['es-output-for-fleet-server', 'kibana-where-es-output-before-logstash'],
      ['agents-output', 'kibana-where-add-output'],
      ['fleet-server-policy', 'kibana-where-fleet-server-policy'],
      ['enrollment-token', 'kibana-where-enrollment-token'],
    ]);
    expect(section(logstash, 'agents-output')!.notes).toEqual([{ code: 'kibana-logstash-new-output' }, { code: 'kibana-logstash-encryption-key' }]);
  });

  it('Kibana 9.0: the SSL fields hold the certificates (the form requires a client certificate and key), the CA field marked optional', () => {
    expect(section(logstash, 'agents-output')!.rows).toEqual([
      { label: 'Name', value: { kind: 'name', name: 'logstash' } },
      { label: 'Type', value: { kind: 'option', option: 'Logstash' } },
      { label: 'Logstash hosts', value: { kind: 'list', items: ['logstash.example.com:5044'] } },
      { label: 'Server SSL certificate authorities (optional)', value: { kind: 'text', text: '/etc/elastic-agent/certs/logstash-ca.crt' } },
      { label: 'Client SSL certificate', value: { kind: 'text', text: '/etc/elastic-agent/certs/agent.crt' } },
      { label: 'Client SSL certificate key', value: { kind: 'text', text: '/etc/elastic-agent/certs/agent.key' } },
      { label: 'Advanced YAML configuration', value: { kind: 'empty' } },
      { label: 'Make this output the default for agent integrations.', value: { kind: 'switch', on: true } },
    ]);
  });

  it('one-way Logstash: before 9.1 the form still insists on a client certificate; from 9.1 (Enable SSL) it does not, until an edit (kibana#239057)', () => {
    const oneWay = (v: string) =>
      edit(logstash, (p) => {
        p.mutualOutput = false;
        p.kibanaVersion = v;
      });
    const client = (p: Plan) => section(p, 'agents-output')!.rows.find((r) => r.label === 'Client SSL certificate');
    expect(client(oneWay('9.0.3'))).toEqual({ label: 'Client SSL certificate', value: { kind: 'empty' }, note: { code: 'kibana-logstash-client-required' } });
    expect(client(oneWay('9.1.0'))).toEqual({ label: 'Client SSL certificate', value: { kind: 'empty' }, note: { code: 'kibana-logstash-client-one-way' } });
    expect(labels(section(oneWay('9.1.0'), 'agents-output'))).toContain('Enable SSL');
  });

  it('an encrypted output key: the YAML adds its passphrase file, and Kibana before the May 2025 fix (kibana#219902) is warned that it drops it', () => {
    const encrypted = (v: string) =>
      edit(logstash, (p) => {
        p.certs.encrypted.outputKey = true;
        p.kibanaVersion = v;
      });
    const s = (v: string) => section(encrypted(v), 'agents-output')!;
    expect(s('8.18.1').notes).toContainEqual({ code: 'kibana-logstash-yaml-replaced', params: { version: '8.18.1' } });
    for (const fixed of ['8.17.7', '8.18.2', '8.19.0', '9.0.2', '9.1.0', '9.4.0']) {
      expect(
        s(fixed).notes.map((n) => n.code),
        fixed,
      ).not.toContain('kibana-logstash-yaml-replaced');
    }
    expect(s('9.0.2').rows.find((r) => r.label === 'Advanced YAML configuration')?.value).toEqual({
      kind: 'yaml',
      yaml: { ssl: { key_passphrase_path: '/etc/elastic-agent/certs/agent.key.pass' } },
    });
  });
});

describe('the Fleet Server policy’s own output (audit row 6)', () => {
  it('Linux agents and a Windows Fleet Server: an Elasticsearch output with the Fleet Server host’s paths, chosen in the policy', () => {
    const p = edit(ex['on-prem-one-way']!, (x) => {
      x.agents.platforms = ['linux-x86_64'];
      x.fleetServer.platform = 'windows-x86_64';
      x.certs.fleetServerDir = 'C:\\FleetCerts';
    });
    expect(section(p, 'es-output-for-fleet-server')?.rows).toEqual([
      { label: 'Name', value: { kind: 'name', name: 'es-for-fleet-server' } },
      { label: 'Type', value: { kind: 'option', option: 'Elasticsearch' } },
      { label: 'Hosts', value: { kind: 'list', items: ['https://es.example.com:9200'] } },
      { label: 'Advanced YAML configuration', value: { kind: 'yaml', yaml: { ssl: { certificate_authorities: ['C:\\FleetCerts\\es-ca.crt'] } } } },
      { label: 'Make this output the default for agent integrations.', value: { kind: 'switch', on: false } },
    ]);
    expect(section(p, 'fleet-server-policy')?.rows).toEqual([
      { label: 'Output for integrations', value: { kind: 'name', name: 'es-for-fleet-server' } },
      { label: 'Output for agent monitoring', value: { kind: 'name', name: 'es-for-fleet-server' } },
    ]);
  });
});
