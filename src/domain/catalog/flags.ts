/**
 * Every `elastic-agent install` / `enroll` flag the wizard may emit, with the release
 * that introduced it. Source: shared/reference/elastic-agent-cli.md §1.2–§1.4 (flags,
 * types, install-only flags) and §4 (the first release that contains each flag,
 * from `git log -S` on elastic/elastic-agent).
 */
export type AgentCommandName = 'install' | 'enroll';

/** How the CLI reads the value; `path` values must be absolute (validateEnrollFlags, §2). */
export type FlagValueKind = 'bool' | 'string' | 'path' | 'path-list' | 'enum' | 'uint16' | 'url';

export interface FlagFacts {
  readonly value: FlagValueKind;
  /** First release that has the flag. */
  readonly since: string;
  /** Commands that register it; `enroll` rejects install-only flags as unknown. */
  readonly commands: readonly AgentCommandName[];
  readonly enumValues?: readonly string[];
}

const BOTH: readonly AgentCommandName[] = ['install', 'enroll'];
const OLDEST = '8.0.0'; // present at v8.2.0, the oldest tag of the repository (§4)

export const FLAGS = {
  '--url': { value: 'url', since: OLDEST, commands: BOTH },
  '--enrollment-token': { value: 'string', since: OLDEST, commands: BOTH },
  '--certificate-authorities': { value: 'path-list', since: OLDEST, commands: BOTH },
  '--insecure': { value: 'bool', since: OLDEST, commands: BOTH },
  '--fleet-server-es': { value: 'url', since: OLDEST, commands: BOTH },
  '--fleet-server-es-ca': { value: 'path', since: OLDEST, commands: BOTH },
  '--fleet-server-es-ca-trusted-fingerprint': { value: 'string', since: OLDEST, commands: BOTH },
  '--fleet-server-service-token': { value: 'string', since: OLDEST, commands: BOTH },
  '--fleet-server-service-token-path': { value: 'path', since: '8.8.0', commands: BOTH },
  '--fleet-server-policy': { value: 'string', since: OLDEST, commands: BOTH },
  '--fleet-server-port': { value: 'uint16', since: OLDEST, commands: BOTH },
  '--fleet-server-cert': { value: 'path', since: OLDEST, commands: BOTH },
  '--fleet-server-cert-key': { value: 'path', since: OLDEST, commands: BOTH },
  '--fleet-server-cert-key-passphrase': { value: 'path', since: '8.8.0', commands: BOTH },
  '--fleet-server-client-auth': {
    value: 'enum',
    since: '8.13.0',
    commands: BOTH,
    enumValues: ['none', 'optional', 'required'],
  },
  '--fleet-server-es-cert': { value: 'path', since: '8.13.0', commands: BOTH },
  '--fleet-server-es-cert-key': { value: 'path', since: '8.13.0', commands: BOTH },
  '--elastic-agent-cert': { value: 'path', since: '8.13.0', commands: BOTH },
  '--elastic-agent-cert-key': { value: 'path', since: '8.13.0', commands: BOTH },
  '--elastic-agent-cert-key-passphrase': { value: 'path', since: '8.16.0', commands: BOTH },
  '--install-servers': { value: 'bool', since: '9.0.0', commands: ['install'] },
  '--non-interactive': { value: 'bool', since: OLDEST, commands: ['install'] },
  '--unprivileged': { value: 'bool', since: '8.15.0', commands: ['install'] },
  // addEnrollFlags (cmd/enroll.go): the agent's proxy to Fleet Server; during a Fleet Server
  // bootstrap, Fleet Server's proxy to Elasticsearch instead (elastic-agent-cli.md §1.2).
  '--proxy-url': { value: 'url', since: OLDEST, commands: BOTH },
} as const satisfies Record<string, FlagFacts>;

export type FlagName = keyof typeof FLAGS;
