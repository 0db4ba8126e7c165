import { z } from 'zod';
import { CERT_ROLES, type CertRole } from '../catalog/roles';
import { CLIENT_AUTH, DEPLOYMENT_MODELS, TLS_MODES } from '../catalog/models';
import { PLATFORMS } from '../catalog/platforms';
import { PLAN_VERSION } from './plan-version';

export { PLAN_VERSION };

/**
 * The user's answers: the single source of truth. Everything the app shows (legs,
 * commands, YAML, findings) is derived from a Plan on each change.
 *
 * This is the *shape* only (types and enums), so that a half-typed form still renders
 * output; the rules that make a plan ready to use live in ./validate.ts.
 * A saved plan file is this object as JSON; `version` is bumped with a migration in
 * ./migrate.ts whenever the shape changes.
 */

/** Where a certificate that ends up in YAML comes from: a file on the host, or inline PEM. */
export const certSourceSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('path') }),
  z.object({ kind: z.literal('inline'), pem: z.string() }),
]);
export type CertSource = z.infer<typeof certSourceSchema>;

const fileNames = z.object(
  Object.fromEntries(CERT_ROLES.map((r) => [r, z.string()])) as Record<CertRole, z.ZodString>,
);

export const planShape = z.object({
  version: z.literal(PLAN_VERSION),
  title: z.string(),
  model: z.enum(DEPLOYMENT_MODELS),
  tls: z.enum(TLS_MODES),
  /** --fleet-server-client-auth when tls is mutual. */
  clientAuth: z.enum(CLIENT_AUTH),
  /** Mutual TLS also between Fleet Server and Elasticsearch (or the proxy in front of it). */
  mutualFleetServerEs: z.boolean(),
  /** Mutual TLS also between agents and their output. */
  mutualOutput: z.boolean(),
  /** Lowest Elastic Agent version in the fleet; also the version the commands download. */
  agentVersion: z.string(),
  /** Elastic Defend runs on the agents (RSA certificates before 9.1). */
  defend: z.boolean(),
  fleetServer: z.object({
    /** URLs agents use to reach Fleet Server (on Elastic Cloud: its Fleet URL). */
    urls: z.array(z.string()),
    /** --fleet-server-port: the port Fleet Server listens on. */
    port: z.number(),
    policyId: z.string(),
    platform: z.enum(PLATFORMS),
    /** Service token given inline or as a file on the Fleet Server host (8.8+). */
    serviceTokenSource: z.enum(['inline', 'file']),
    serviceTokenPath: z.string(),
  }),
  elasticsearch: z.object({
    hosts: z.array(z.string()),
    /** How Fleet Server and agents trust Elasticsearch's CA. */
    trust: z.enum(['ca', 'fingerprint']),
    fingerprint: z.string(),
  }),
  output: z.object({
    kind: z.enum(['elasticsearch', 'logstash']),
    logstashHosts: z.array(z.string()),
  }),
  /** The user's TLS-terminating proxy (proxy models only). */
  proxy: z.object({
    fleetUrl: z.string(),
    esUrl: z.string(),
    frontsElasticsearch: z.boolean(),
  }),
  agents: z.object({
    platforms: z.array(z.enum(PLATFORMS)),
  }),
  certs: z.object({
    fleetServerDir: z.string(),
    agentDirPosix: z.string(),
    agentDirWindows: z.string(),
    files: fileNames,
    encrypted: z.object({ fleetServerKey: z.boolean(), agentKey: z.boolean(), outputKey: z.boolean() }),
    outputCa: certSourceSchema,
    outputCert: certSourceSchema,
  }),
  /**
   * Tokens, typed by the user for convenience. Never saved: exportPlan() blanks them,
   * and they are never put in a URL or in browser storage.
   */
  secrets: z.object({ enrollmentToken: z.string(), serviceToken: z.string() }),
});

export type Plan = z.infer<typeof planShape>;
