/**
 * The certificate, key, CA and passphrase files a plan can involve. Which of them a
 * given plan needs is decided by its legs (src/domain/topology), never by a table.
 */
export const CERT_ROLES = [
  'fleetServerCa',
  'fleetServerCert',
  'fleetServerKey',
  'fleetServerKeyPassphrase',
  'agentCa',
  'agentCert',
  'agentKey',
  'agentKeyPassphrase',
  'esCa',
  'fleetServerEsCert',
  'fleetServerEsKey',
  'logstashCa',
  'outputCert',
  'outputKey',
  'outputKeyPassphrase',
  'proxyCa',
] as const;
export type CertRole = (typeof CERT_ROLES)[number];

export type RoleKind = 'ca' | 'cert' | 'key' | 'passphrase';

export interface RoleFacts {
  readonly kind: RoleKind;
  readonly defaultFile: string;
}

export const ROLE_FACTS: Record<CertRole, RoleFacts> = {
  fleetServerCa: { kind: 'ca', defaultFile: 'fleet-ca.crt' },
  fleetServerCert: { kind: 'cert', defaultFile: 'fleet-server.crt' },
  fleetServerKey: { kind: 'key', defaultFile: 'fleet-server.key' },
  fleetServerKeyPassphrase: { kind: 'passphrase', defaultFile: 'fleet-server.key.pass' },
  agentCa: { kind: 'ca', defaultFile: 'agent-ca.crt' },
  agentCert: { kind: 'cert', defaultFile: 'agent.crt' },
  agentKey: { kind: 'key', defaultFile: 'agent.key' },
  agentKeyPassphrase: { kind: 'passphrase', defaultFile: 'agent.key.pass' },
  esCa: { kind: 'ca', defaultFile: 'es-ca.crt' },
  fleetServerEsCert: { kind: 'cert', defaultFile: 'fleet-server-es.crt' },
  fleetServerEsKey: { kind: 'key', defaultFile: 'fleet-server-es.key' },
  logstashCa: { kind: 'ca', defaultFile: 'logstash-ca.crt' },
  outputCert: { kind: 'cert', defaultFile: 'agent.crt' },
  outputKey: { kind: 'key', defaultFile: 'agent.key' },
  outputKeyPassphrase: { kind: 'passphrase', defaultFile: 'agent.key.pass' },
  proxyCa: { kind: 'ca', defaultFile: 'proxy-ca.crt' },
};

/** Each key role and the passphrase-file role that unlocks it, where the CLI or YAML has one. */
export const PASSPHRASE_OF = {
  fleetServerKey: 'fleetServerKeyPassphrase',
  agentKey: 'agentKeyPassphrase',
  outputKey: 'outputKeyPassphrase',
} as const satisfies Partial<Record<CertRole, CertRole>>;
export type EncryptableKeyRole = keyof typeof PASSPHRASE_OF;
