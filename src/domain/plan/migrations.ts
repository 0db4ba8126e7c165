/**
 * Saved plans open through these, one step per format version (version N → N+1), so a
 * file saved by any earlier release opens in this one. A test opens every example as it
 * was saved at each earlier version (test/plans/).
 */
export type Migration = (old: Readonly<Record<string, unknown>>) => Record<string, unknown>;

export const MIGRATIONS: Readonly<Record<number, Migration>> = {
  // 1 → 2: the Kibana version. Kibana is at least as new as the agents it manages, so the
  // agents' version is the closest guess; the wizard shows it for the admin to correct.
  1: (old) => ({ ...old, version: 2, kibanaVersion: typeof old.agentVersion === 'string' ? old.agentVersion.trim() : '' }),
  // 2 → 3: how Elasticsearch asks for client certificates. Format 2 always generated
  // `optional`, so a saved plan keeps the settings it showed.
  2: (old) => {
    const es = old.elasticsearch;
    const elasticsearch = es && typeof es === 'object' && !Array.isArray(es) ? { ...es, clientAuthentication: 'optional' } : es;
    return { ...old, version: 3, elasticsearch };
  },
};
