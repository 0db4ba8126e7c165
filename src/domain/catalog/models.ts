/**
 * The four deployment models of the Fleet mutual-TLS page
 * (shared/seeds/002_fa6058f6ba7db50d.txt) and what each allows.
 */
export const DEPLOYMENT_MODELS = ['on-prem', 'cloud-fleet', 'cloud-fleet-proxy', 'on-prem-fleet-cloud-es'] as const;
export type DeploymentModel = (typeof DEPLOYMENT_MODELS)[number];

export const TLS_MODES = ['one-way', 'mutual', 'lab'] as const;
export type TlsMode = (typeof TLS_MODES)[number];

export const CLIENT_AUTH = ['required', 'optional'] as const;
export type ClientAuth = (typeof CLIENT_AUTH)[number];

/**
 * Elasticsearch's xpack.security.http.ssl.client_authentication, when connections of the
 * plan present client certificates to it. Elasticsearch takes required, optional or none,
 * default none (security settings reference, elastic/elasticsearch
 * docs/reference/elasticsearch/configuration-reference/security-settings.md); with optional
 * a client without a certificate still authenticates otherwise (PKI realm docs). `none` is
 * not offered: it would ignore the certificates the plan gives Fleet Server and agents.
 */
export const ES_CLIENT_AUTH = ['optional', 'required'] as const;
export type EsClientAuth = (typeof ES_CLIENT_AUTH)[number];

export interface ModelFacts {
  /** Fleet Server is installed by the user (and so has install commands). */
  readonly selfManagedFleetServer: boolean;
  /** Elasticsearch is self-managed (its CA is the user's). */
  readonly selfManagedElasticsearch: boolean;
  /** Whether agents can use mutual TLS towards Fleet (Fleet Server or the user's proxy). */
  readonly mutualFleet: boolean;
  /** The lab mode (Fleet Server's self-signed certificate, agents with --insecure). */
  readonly lab: boolean;
}

export const MODEL_FACTS: Record<DeploymentModel, ModelFacts> = {
  'on-prem': { selfManagedFleetServer: true, selfManagedElasticsearch: true, mutualFleet: true, lab: true },
  // TLS ends at the Elastic Cloud boundary, which is not per tenant: no client certificates.
  'cloud-fleet': { selfManagedFleetServer: false, selfManagedElasticsearch: false, mutualFleet: false, lab: false },
  'cloud-fleet-proxy': { selfManagedFleetServer: false, selfManagedElasticsearch: false, mutualFleet: true, lab: false },
  'on-prem-fleet-cloud-es': { selfManagedFleetServer: true, selfManagedElasticsearch: false, mutualFleet: true, lab: true },
};
