import * as z from 'zod/mini';
import { CERT_ROLES, type CertRole } from '../catalog/roles';
import { CLIENT_AUTH, DEPLOYMENT_MODELS, ES_CLIENT_AUTH, TLS_MODES } from '../catalog/models';
import { PLATFORMS } from '../catalog/platforms';
import { PLAN_LIMITS } from './limits';
import { PLAN_VERSION } from './plan-version';

export { PLAN_VERSION };

/**
 * The user's answers: the single source of truth. Everything the app shows (legs,
 * commands, YAML, findings) is derived from a Plan on each change.
 *
 * This is the *shape* only (zod's mini build: the page loads it only to open a file) (types and enums), so that a half-typed form still renders
 * output; the rules that make a plan ready to use live in ../questions/validate.ts.
 * A saved plan file is this object as JSON; `version` is bumped with a migration in
 * ./migrations.ts whenever the shape changes. Sizes are capped (./limits.ts) so that a
 * plan file cannot carry absurd values into the page.
 */

const text = z.string().check(z.maxLength(PLAN_LIMITS.text));
const list = z.array(text).check(z.maxLength(PLAN_LIMITS.listItems));

/** Where a certificate that ends up in YAML comes from: a file on the host, or inline PEM. */
export const certSourceSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('path') }),
  z.object({ kind: z.literal('inline'), pem: z.string().check(z.maxLength(PLAN_LIMITS.pem)) }),
]);

const fileNames = z.object(
  Object.fromEntries(CERT_ROLES.map((r) => [r, z.string().check(z.maxLength(PLAN_LIMITS.fileName))])) as Record<CertRole, z.ZodMiniString>,
);

export const planShape = z.object({
  version: z.literal(PLAN_VERSION),
  title: text,
  model: z.enum(DEPLOYMENT_MODELS),
  tls: z.enum(TLS_MODES),
  /** --fleet-server-client-auth when tls is mutual. */
  clientAuth: z.enum(CLIENT_AUTH),
  /** Mutual TLS also between Fleet Server and Elasticsearch (or the proxy in front of it). */
  mutualFleetServerEs: z.boolean(),
  /** Mutual TLS also between agents and their output. */
  mutualOutput: z.boolean(),
  /** Lowest Elastic Agent version in the fleet; also the version the commands download (x.y.z). */
  agentVersion: text,
  /** The Kibana release whose Fleet UI the admin uses: its labels, fields and fixes (x.y.z). */
  kibanaVersion: text,
  /** Elastic Defend runs on the agents (RSA certificates before 9.1). */
  defend: z.boolean(),
  fleetServer: z.object({
    /** URLs agents use to reach Fleet Server (on Elastic Cloud: its Fleet URL). */
    urls: list,
    /** --fleet-server-port: the port Fleet Server listens on. */
    port: z.number(),
    policyId: text,
    platform: z.enum(PLATFORMS),
    /** Service token given inline or as a file on the Fleet Server host (8.8+). */
    serviceTokenSource: z.enum(['inline', 'file']),
    serviceTokenPath: text,
  }),
  elasticsearch: z.object({
    hosts: list,
    /** How Fleet Server and agents trust Elasticsearch's CA. */
    trust: z.enum(['ca', 'fingerprint']),
    fingerprint: text,
    /** xpack.security.http.ssl.client_authentication, when client certificates go to Elasticsearch. */
    clientAuthentication: z.enum(ES_CLIENT_AUTH),
  }),
  output: z.object({
    kind: z.enum(['elasticsearch', 'logstash']),
    logstashHosts: list,
  }),
  /** The user's TLS-terminating proxy (proxy models only). */
  proxy: z.object({
    fleetUrl: text,
    esUrl: text,
    frontsElasticsearch: z.boolean(),
  }),
  agents: z.object({
    platforms: z.array(z.enum(PLATFORMS)).check(z.maxLength(PLATFORMS.length)),
    /** `install --unprivileged`: the agent runs as elastic-agent-user (8.15+; not DEB/RPM). */
    unprivileged: z.boolean(),
    /** --proxy-url: the forward (CONNECT) proxy agents reach Fleet Server through; empty: none. */
    proxyUrl: text,
  }),
  certs: z.object({
    fleetServerDir: text,
    agentDirPosix: text,
    agentDirWindows: text,
    files: fileNames,
    encrypted: z.object({ fleetServerKey: z.boolean(), agentKey: z.boolean(), outputKey: z.boolean() }),
    outputCa: certSourceSchema,
    outputCert: certSourceSchema,
  }),
  /**
   * Tokens, typed by the user for convenience. Never saved: exportPlan() blanks them,
   * and they are never put in a URL or in browser storage.
   */
  secrets: z.object({ enrollmentToken: text, serviceToken: text }),
});

export type Plan = z.infer<typeof planShape>;
