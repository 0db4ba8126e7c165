import { CERT_ROLES, ROLE_FACTS, type CertRole } from '../catalog/roles';
import type { Plan } from '../plan/schema';
import { SERVER_ROLES, type InspectRole } from './shelf';

/**
 * Names people give a role's file, without the extension. The servers' own come from the
 * tools that make them: Elasticsearch's automatic security set-up writes
 * `config/certs/http.p12` and `http_ca.crt`, and `elasticsearch-certutil http` writes
 * `elasticsearch/http.p12` and `kibana/elasticsearch-ca.pem`.
 */
const WELL_KNOWN: Partial<Record<InspectRole, readonly string[]>> = {
  fleetServerCert: ['fleet-server', 'fleet'],
  esServerCert: ['es-http', 'http', 'elasticsearch', 'es'],
  logstashServerCert: ['logstash'],
  proxyServerCert: ['proxy'],
  esCa: ['http_ca', 'elasticsearch-ca'],
};

/** Certificate file extensions: `fleet.pem` and `fleet.crt` are the same name. */
const EXTENSION = /\.(crt|cer|pem|der|p12|pfx)$/;

const stem = (name: string) => (name.split(/[\\/]/).pop() ?? name).trim().toLowerCase().replace(EXTENSION, '');

const isCertRole = (role: InspectRole): role is CertRole => (CERT_ROLES as readonly string[]).includes(role);

/**
 * What a file's name says about a role: it is the name the plan gives that role's file
 * (`plan.certs.files`), a name commonly used for it, or nothing.
 */
export function fileNameEvidence(plan: Plan, role: InspectRole, name: string): 'configured' | 'well-known' | null {
  const own = stem(name);
  if (own === '') return null;
  if (isCertRole(role) && stem(plan.certs.files[role]) === own) return 'configured';
  return WELL_KNOWN[role]?.includes(own) ? 'well-known' : null;
}

/** The roles whose files hold certificates: CAs, the plan's certificates, the servers' own. */
const CERTIFICATE_ROLES: readonly InspectRole[] = [...CERT_ROLES.filter((r) => ROLE_FACTS[r].kind === 'ca' || ROLE_FACTS[r].kind === 'cert'), ...SERVER_ROLES];

/** Whether the name is that of another role's certificate file (so weaker evidence does not make it this role's). */
export function namedForAnotherRole(plan: Plan, role: InspectRole, name: string): boolean {
  return CERTIFICATE_ROLES.some((other) => other !== role && fileNameEvidence(plan, other, name) !== null);
}
