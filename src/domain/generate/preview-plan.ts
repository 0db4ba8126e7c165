import { defaultPlan } from '../plan/defaults';
import type { PlanIssue } from '../plan/plan-issue';
import type { Plan } from '../plan/schema';

/**
 * What a field that does not check out shows in a preview: a placeholder that reads as
 * one and fails loudly if run, never the value itself. A refused value may be hostile
 * (a folder holding `$(…)`), huge (a 10 MB name) or a line break, so the generators never
 * see it: they see the plan's effective values (nginxconfig.io keeps raw and effective
 * values apart the same way).
 */
const PLACEHOLDERS: Readonly<Record<string, string>> = {
  'fleetServer.urls': '<FLEET_SERVER_URL>',
  'fleetServer.policyId': '<FLEET_SERVER_POLICY_ID>',
  'fleetServer.serviceTokenPath': '<SERVICE_TOKEN_FILE>',
  'elasticsearch.hosts': '<ELASTICSEARCH_URL>',
  'output.logstashHosts': '<LOGSTASH_HOST:PORT>',
  'proxy.fleetUrl': '<PROXY_URL>',
  'proxy.esUrl': '<PROXY_URL>',
  agentVersion: '<VERSION>',
  kibanaVersion: '<VERSION>',
  'certs.fleetServerDir': '<FOLDER>',
  'certs.agentDirPosix': '<FOLDER>',
  'certs.agentDirWindows': '<FOLDER>',
  'certs.files': '<FILE>',
};

/** The placeholder of a field (a list item or a file name takes its list's), or '' where empty reads best. */
function placeholderFor(path: readonly (string | number)[]): string {
  for (let n = path.length; n > 0; n--) {
    const hit = PLACEHOLDERS[path.slice(0, n).join('.')];
    if (hit !== undefined) return hit;
  }
  return '';
}

/** The plan with every value an issue refuses replaced by its placeholder (or the default, for a number). */
export function previewPlan(plan: Plan, issues: readonly PlanIssue[]): Plan {
  if (issues.length === 0) return plan;
  const copy = structuredClone(plan) as unknown as Record<string, unknown>;
  for (const issue of issues) {
    const path = issue.path;
    if (path.length === 0) continue;
    const parent = path.slice(0, -1).reduce<unknown>((v, k) => (v as Record<string | number, unknown> | undefined)?.[k], copy) as
      Record<string | number, unknown> | undefined;
    const key = path[path.length - 1]!;
    if (!parent || !(key in parent)) continue;
    const current = parent[key];
    const dotted = path.join('.');
    if (Array.isArray(current)) parent[key] = issue.code === 'too-many' ? [] : current;
    else if (typeof current === 'number') parent[key] = dotted === 'fleetServer.port' ? defaultPlan().fleetServer.port : current;
    else if (typeof current === 'string') parent[key] = placeholderFor(path);
  }
  return copy as unknown as Plan;
}
