/**
 * How large a plan's values may be. Generous for any real deployment, small enough that
 * a hostile or corrupt plan file cannot freeze the page (100,000 URLs once did, and a
 * 10 MB folder name rendered 252 MB of commands). Both the plan-file reader and the
 * rules for typed answers use them.
 */
export const PLAN_LIMITS = {
  /** A plan file, in bytes, before it is parsed at all. */
  fileBytes: 1024 * 1024,
  /** URLs, host:port, paths, names, ids, tokens, versions, fingerprints. */
  text: 2048,
  /** A file name (NAME_MAX on Linux). */
  fileName: 255,
  /** A pasted PEM certificate or bundle for the Output YAML. */
  pem: 64 * 1024,
  /** Fleet Server URLs, Elasticsearch hosts, Logstash hosts. */
  listItems: 32,
} as const;
