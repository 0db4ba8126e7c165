import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { examplePlans } from '../../../../test/example-plans';
import { defaultPlan } from '../../plan/defaults';
import type { Plan } from '../../plan/schema';
import { buildTopology } from '../../topology/build-topology';
import { serializeYaml } from '../serialize-yaml';
import { buildOutputYaml } from './output-ssl';

/** The client keys of elastic-agent-libs tlscommon.Config (elastic-agent-cli.md §5.1). */
const SSL_SCHEMA_KEYS = [
  'enabled',
  'verification_mode',
  'certificate_authorities',
  'certificate',
  'key',
  'key_passphrase',
  'key_passphrase_path',
  'ca_trusted_fingerprint',
  'ca_sha256',
  'supported_protocols',
  'cipher_suites',
  'curve_types',
  'renegotiation',
  'disable_legacy_pem_support',
  'certificate_reload',
];

const PEM = '-----BEGIN CERTIFICATE-----\nMIIBszCCAVmgAwIBAgIUQ==\n-----END CERTIFICATE-----';

describe('Output Advanced YAML', () => {
  for (const { name, plan } of examplePlans()) {
    it(`${name}: parses back to the intended object, with only ssl.* schema keys`, () => {
      const topology = buildTopology(plan);
      const doc = buildOutputYaml(plan, topology);
      if (doc === null) {
        // No YAML: an output behind a public CA without client certificates, or a Logstash
        // output without a passphrase (its certificates go in the form's SSL fields).
        const leg = topology.legs.find((l) => l.id === 'agent-output');
        if (leg?.server === 'logstash') expect(leg.mutual?.passphrase ?? null).toBeNull();
        else expect([leg?.trust.kind, leg?.mutual]).toEqual(['public', null]);
        return;
      }
      const text = serializeYaml(doc);
      expect(parse(text)).toEqual(doc);
      expect(Object.keys(parse(text))).toEqual(['ssl']);
      for (const key of Object.keys(doc.ssl)) expect(SSL_SCHEMA_KEYS).toContain(key);
    });
  }

  it('mutual TLS to the output: one certificate, one key, the passphrase file, any CA list', () => {
    const plan: Plan = { ...defaultPlan(), tls: 'mutual', mutualOutput: true, elasticsearch: { ...defaultPlan().elasticsearch, hosts: ['https://es:9200'] } };
    plan.certs.encrypted.outputKey = true;
    expect(buildOutputYaml(plan, buildTopology(plan))).toEqual({
      ssl: {
        certificate_authorities: ['/etc/elastic-agent/certs/es-ca.crt'],
        certificate: '/etc/elastic-agent/certs/agent.crt',
        key: '/etc/elastic-agent/certs/agent.key',
        key_passphrase_path: '/etc/elastic-agent/certs/agent.key.pass',
      },
    });
  });

  it('inline PEM becomes a literal block scalar that parses back byte for byte (CRLF normalised)', () => {
    const plan: Plan = { ...defaultPlan(), tls: 'mutual', mutualOutput: true };
    plan.certs.outputCa = { kind: 'inline', pem: PEM.replace(/\n/g, '\r\n') };
    plan.certs.outputCert = { kind: 'inline', pem: PEM };
    const doc = buildOutputYaml(plan, buildTopology(plan))!;
    const text = serializeYaml(doc);
    expect(text).toContain('certificate_authorities:\n    - |\n      -----BEGIN CERTIFICATE-----');
    expect(parse(text)).toEqual({ ssl: { certificate_authorities: [`${PEM}\n`], certificate: `${PEM}\n`, key: '/etc/elastic-agent/certs/agent.key' } });
  });

  it('Windows paths survive as plain scalars (no escape sequences) when every agent runs Windows', () => {
    const plan: Plan = { ...defaultPlan(), agents: { ...defaultPlan().agents, platforms: ['windows-x86_64'] } };
    const text = serializeYaml(buildOutputYaml(plan, buildTopology(plan)));
    expect(text).toBe('ssl:\n  certificate_authorities:\n    - C:\\ProgramData\\ElasticAgentCerts\\es-ca.crt\n');
    expect(parse(text)).toEqual({ ssl: { certificate_authorities: ['C:\\ProgramData\\ElasticAgentCerts\\es-ca.crt'] } });
  });

  it('a fingerprint goes to the Kibana field, not into the YAML', () => {
    const plan: Plan = {
      ...defaultPlan(),
      elasticsearch: { ...defaultPlan().elasticsearch, hosts: ['https://es:9200'], trust: 'fingerprint', fingerprint: 'ab'.repeat(32) },
    };
    expect(buildOutputYaml(plan, buildTopology(plan))).toBeNull();
  });

  it('a Logstash output: the form carries the certificates, the YAML only the passphrase file (audit row 2)', () => {
    const plan = structuredClone(examplePlans().find((e) => e.name === 'on-prem-logstash-mutual')!.plan);
    plan.certs.encrypted.outputKey = true;
    plan.certs.files.outputKey = 'output.key';
    plan.certs.files.outputKeyPassphrase = 'output.key.pass';
    expect(buildOutputYaml(plan, buildTopology(plan))).toEqual({ ssl: { key_passphrase_path: '/etc/elastic-agent/certs/output.key.pass' } });
  });
});
