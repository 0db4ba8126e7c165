/**
 * Saved plans open through these, one step per format version (version N → N+1), so a
 * file saved by any earlier release opens in this one. A test opens every example as it
 * was saved at each earlier version (test/plans/).
 */
export type Migration = (old: Readonly<Record<string, unknown>>) => Record<string, unknown>;

/** The object at `key` with `add` merged in; anything else as it was, for the schema to refuse. */
function extend(old: Readonly<Record<string, unknown>>, key: string, add: Record<string, unknown>): unknown {
  const v = old[key];
  return v && typeof v === 'object' && !Array.isArray(v) ? { ...v, ...add } : v;
}

export const MIGRATIONS: Readonly<Record<number, Migration>> = {
  // 1 → 2: the Kibana version. Kibana is at least as new as the agents it manages, so the
  // agents' version is the closest guess; the wizard shows it for the admin to correct.
  1: (old) => ({ ...old, version: 2, kibanaVersion: typeof old.agentVersion === 'string' ? old.agentVersion.trim() : '' }),
  // 2 → 3: how Elasticsearch asks for client certificates. Format 2 always generated
  // `optional`, so a saved plan keeps the settings it showed.
  2: (old) => ({ ...old, version: 3, elasticsearch: extend(old, 'elasticsearch', { clientAuthentication: 'optional' }) }),
  // 3 → 4: unprivileged installs and the agents' forward proxy. Format 3 installed agents
  // privileged and with no --proxy-url.
  3: (old) => ({ ...old, version: 4, agents: extend(old, 'agents', { unprivileged: false, proxyUrl: '' }) }),
};
