import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../certs/fixtures.test-helper';
import { openPlan } from '../plan/open-plan';
import type { Plan } from '../plan/schema';

const EXAMPLES = join(REPO_ROOT, 'public/examples');
/** Beside the examples: on-prem-mutual dialled by IPv4 and IPv6 too, at 8.15.0, where Fleet Server checks client SANs (audit row 4). */
export const BY_IP_815 = 'on-prem-mutual, by IP, agent 8.15.0';
/** Every example plan, and BY_IP_815. */
export const LAB_PLAN_NAMES = [
  ...readdirSync(EXAMPLES)
    .filter((f) => f.endsWith('.json') && f !== 'index.json')
    .map((f) => f.replace(/\.json$/, '')),
  BY_IP_815,
];

/**
 * An example plan with its blank hosts filled, as the lab and the requests need them; its
 * key toggles as the example has them (on-prem-mutual's agent.key is encrypted for the agent
 * and not toggled for the Output: one file, one state, topology/key-files.ts, audit row 5).
 */
export function labPlan(name: string): Plan {
  if (name === BY_IP_815) {
    const plan = labPlan('on-prem-mutual');
    plan.agentVersion = '8.15.0';
    plan.kibanaVersion = '8.15.0';
    plan.fleetServer.urls = ['https://fleet.example.com:8220', 'https://10.0.0.5:8220', 'https://[fd00::5]:8220'];
    plan.elasticsearch.hosts = ['https://es.example.com:9200', 'https://192.0.2.10:9200'];
    return plan;
  }
  const opened = openPlan(readFileSync(join(EXAMPLES, `${name}.json`), 'utf8'));
  if (!opened.ok) throw new Error(`${name} does not open`);
  const plan = structuredClone(opened.plan);
  if (plan.fleetServer.urls.length === 0) plan.fleetServer.urls = ['https://fleet.example.com:8220'];
  if (plan.elasticsearch.hosts.length === 0) plan.elasticsearch.hosts = ['https://es.example.com:9200'];
  if (plan.output.kind === 'logstash' && plan.output.logstashHosts.length === 0) plan.output.logstashHosts = ['logstash.example.com:5044'];
  if (plan.proxy.fleetUrl === '') plan.proxy.fleetUrl = 'https://fleet-proxy.example.com:443';
  if (plan.proxy.esUrl === '') plan.proxy.esUrl = 'https://es-proxy.example.com:443';
  return plan;
}
