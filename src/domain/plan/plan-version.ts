/**
 * The plan file format's version, bumped with a migration in ./migrations.ts whenever the
 * shape changes. Kept apart from the zod schema so that code needing only the number
 * does not load zod (ADR 3).
 *
 * 1: the first format. 2: `kibanaVersion`. 3: `elasticsearch.clientAuthentication`.
 * 4: `agents.unprivileged`, `agents.proxyUrl`.
 */
export const PLAN_VERSION = 4;
