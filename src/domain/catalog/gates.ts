import { atLeast, catalogueVersion, compareVersions, type Version } from './version';

/**
 * Every behaviour that depends on a release, in one place, each with its source (in the
 * comment above it, which costs the page nothing). Generators, checks and words ask
 * `gateOpen`; nothing else compares versions. Flags and the release that brought each
 * are in ./flags.ts.
 *
 * `agent` is the Elastic Agent release the plan names: the agents' lowest version and
 * the Fleet Server the commands install (the same package). `kibana` is Kibana's.
 */
export type Product = 'agent' | 'kibana';

export type GateRange =
  /** From this release on. */
  | { readonly since: string }
  /** From `since` up to, not including, `before`. */
  | { readonly since: string; readonly before: string }
  /** A fix released in one patch of each maintained branch: the first fixed patch per branch. */
  | { readonly fixedIn: readonly string[] };

export interface Gate {
  readonly product: Product;
  readonly range: GateRange;
}

export const GATES = {
  // ── Elastic Agent / Fleet Server ────────────────────────────────────────────
  /** elastic-agent#4007 "Add mTLS flags to install and enroll commands", first in v8.13.0 (elastic-agent-cli.md §4). */
  'mutual-flags': { product: 'agent', range: { since: '8.13.0' } },
  /** elastic-agent#5494 --elastic-agent-cert-key-passphrase, v8.16.0 (elastic-agent-cli.md §4). */
  'agent-key-passphrase': { product: 'agent', range: { since: '8.16.0' } },
  /**
   * `elastic-agent container` reads the mutual TLS variables (ELASTIC_AGENT_CERT and _KEY,
   * FLEET_SERVER_ES_CERT and _KEY, FLEET_SERVER_CLIENT_AUTH; ./flags.ts `env`) from v8.14.0,
   * a release after their flags: elastic-agent#4261 "Add mTLS env vars for container mode",
   * commit bdd885c9, first tag v8.14.0.
   */
  'container-mutual-env': { product: 'agent', range: { since: '8.14.0' } },
  /** elastic-agent#2424 --fleet-server-cert-key-passphrase, v8.8.0 (elastic-agent-cli.md §4). */
  'fleet-server-key-passphrase': { product: 'agent', range: { since: '8.8.0' } },
  /** elastic-agent#2424 --fleet-server-service-token-path, v8.8.0 (elastic-agent-cli.md §4). */
  'service-token-path': { product: 'agent', range: { since: '8.8.0' } },
  /**
   * Packages carry Fleet Server only in the "servers" flavor, chosen by ELASTIC_AGENT_FLAVOR
   * at package install: elastic-agent v9.0.0 dev-tools/packaging/templates/linux/
   * preinstall.sh.tmpl, _meta/.flavors (elastic-agent-cli.md §8).
   */
  'servers-flavor': { product: 'agent', range: { since: '9.0.0' } },
  /**
   * `install` picks the servers flavor only from --install-servers in 9.0.0 (elastic-agent
   * v9.0.0 internal/pkg/agent/cmd/install.go); from 9.0.1 a --fleet-server-* flag selects it
   * too (isFleetServerFlagProvided, backport f3a39413 of #6727). We pass the flag on every
   * 9.x tar/zip install, as Kibana's own Fleet Server instructions do (audit row 3).
   */
  'install-servers': { product: 'agent', range: { since: '9.0.0' } },
  /**
   * fleet-server built with elastic-agent-libs < v0.14.0 checks each client certificate's
   * SANs against the SNI the client sent, under its default verification_mode full:
   * transport/tlscommon/tls_config.go makeVerifyServerConnection → verifyHostname(
   * PeerCertificates[0], ServerName), until fix 4babafd (#242, v0.14.0); fleet-server go.mod
   * v8.13.0 → libs v0.7.4 … v8.16.1 → v0.12.1, v8.16.2 → v0.14.0 (audit row 4).
   */
  'fleet-server-checks-client-san': { product: 'agent', range: { since: '8.13.0', before: '8.16.2' } },
  /**
   * `install --unprivileged` (elastic-agent internal/pkg/agent/cmd/install.go, flag
   * "unprivileged"): hidden in 8.12–8.14 (#3598), shown as beta from 8.15.0 (#4621)
   * (elastic-agent-cli.md §1.4, §4).
   */
  unprivileged: { product: 'agent', range: { since: '8.15.0' } },
  /**
   * The Elastic Agent MSI (elastic-agent-<ver>-windows-x86_64.msi): built by
   * elastic/elastic-stack-installers #212 (AgentCustomAction.cs), first in its v8.13.0 tag
   * (reverted on 8.12, #229); documented as supported, "will GA in 8.14", by
   * elastic/ingest-docs#1036 and #1039 (backport-8.14). 8.13 shipped it unannounced, so
   * the wizard offers it from 8.14.0.
   */
  'agent-msi': { product: 'agent', range: { since: '8.14.0' } },
  /** Elastic Defend reads EC keys from 9.1; before, RSA only (elastic/docs-content#5514, #1133). */
  'defend-ec-keys': { product: 'agent', range: { since: '9.1.0' } },

  // ── Kibana ──────────────────────────────────────────────────────────────────
  // Releases from Kibana's release notes and PR labels (no tag was checked; where a patch
  // number is inferred from dates, the comment says so).
  /**
   * The Fleet Server host flyout's "Authentication" section (seven fields, Client auth among
   * them): kibana#208091 (labels backport:skip, v9.1.0), fleet_server_hosts_flyout/
   * ssl_form_section.tsx @ ef38cab5; 9.1.0 release notes.
   */
  'kibana-fleet-server-host-ssl': { product: 'kibana', range: { since: '9.1.0' } },
  /**
   * The ten "Fleet Server > …" / "Elastic Agent > …" fields replace the seven: kibana#236959,
   * listed in the 9.3.0 release notes only; ssl_form_section.tsx (newest) (audit row 7).
   */
  'kibana-fleet-server-host-agent-ssl': { product: 'kibana', range: { since: '9.3.0' } },
  /**
   * The Elasticsearch output's "Authentication" section (Server SSL certificate authorities,
   * Client SSL certificate, key): kibana#208745 (v9.1.0, backport:skip),
   * edit_output_flyout/ssl_form_section.tsx @ 2977442a.
   */
  'kibana-es-output-ssl-form': { product: 'kibana', range: { since: '9.1.0' } },
  /**
   * That section's values were also copied into every agent's Fleet Server TLS settings
   * (fleet.ssl): kibana#208745 full_agent_policy.ts; removed by #236788 (9.1 backport
   * #236933), release notes 9.1.5.
   */
  'kibana-es-output-ssl-leaks-to-fleet': { product: 'kibana', range: { since: '9.1.0', before: '9.1.5' } },
  /**
   * The Logstash output's "Enable SSL" switch; with it a new output saves with the CA alone:
   * kibana#216216, 9.1.0 release notes; use_output_form.tsx @ 01523c08 (certificate and key
   * validated only when editing a saved output, kibana#239057).
   */
  'kibana-logstash-ssl-switch': { product: 'kibana', range: { since: '9.1.0' } },
  /**
   * The Output's Advanced YAML `ssl` is merged key by key over the form's instead of being
   * replaced by it: kibana#219902 (9.1.0 release notes), backports #220356 (8.17), #220354
   * (8.18), #220353 (8.19), #220352 (9.0). 8.19.0 is certain; 8.17.7, 8.18.2 and 9.0.2 are
   * inferred from release dates (audit row 2).
   */
  'kibana-yaml-ssl-merged': { product: 'kibana', range: { fixedIn: ['8.17.7', '8.18.2', '8.19.0', '9.0.2'] } },

  // ── Logstash, at the stack release the plan names (Kibana's: the plan has no Logstash release) ──
  /**
   * The beats input (elastic_agent is the same plugin: logstash-core AliasRegistry.yml)
   * renamed ssl → ssl_enabled and ssl_verify_mode → ssl_client_authentication in 6.6.0
   * (logstash-input-beats CHANGELOG, #470), bundled first in Logstash 8.8.0 (logstash 8.8
   * docs/static/releasenotes.asciidoc, "Beats Input - 6.6.0" under 8.8.0); 7.0.0 made the old
   * names obsolete (#508), in Logstash 9.0.0 (docs/release-notes/breaking-changes.md).
   */
  'logstash-ssl-enabled': { product: 'kibana', range: { since: '8.8.0' } },
} as const satisfies Record<string, Gate>;

export type GateName = keyof typeof GATES;

export interface Versions {
  readonly agent: Version | null;
  readonly kibana: Version | null;
}

/** Whether a release has the gated behaviour. */
export function inRange(version: Version, range: GateRange): boolean {
  if ('fixedIn' in range) {
    const fixes = range.fixedIn.map(catalogueVersion);
    const sameBranch = fixes.find((f) => f[0] === version[0] && f[1] === version[1]);
    if (sameBranch) return compareVersions(version, sameBranch) >= 0;
    // A branch newer than every fixed branch has the fix; an older or skipped one does not.
    return fixes.every((f) => compareVersions(version, [f[0], f[1], Number.MAX_SAFE_INTEGER]) > 0);
  }
  if (!atLeast(version, range.since)) return false;
  return !('before' in range) || !atLeast(version, range.before);
}

/** Whether the plan's release has the behaviour: null when that release is not readable. */
export function gateOpen(name: GateName, versions: Versions): boolean | null {
  const gate: Gate = GATES[name];
  const version = versions[gate.product];
  return version ? inRange(version, gate.range) : null;
}

/** The first release a "since" gate needs, for messages ("needs 8.13.0 or later"). */
export function gateSince(name: GateName): string {
  const range: GateRange = GATES[name].range;
  return 'since' in range ? range.since : (range.fixedIn[0] ?? '');
}
