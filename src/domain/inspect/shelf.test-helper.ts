/**
 * Test-only shelves of openssl fixtures (scripts/make-fixtures.sh), with the plan most
 * of the inspect tests judge them against.
 */
import { decodeFile } from '../certs/decode-file';
import { fixtureBytes } from '../certs/fixtures.test-helper';
import { defaultPlan } from '../plan/defaults';
import type { Plan } from '../plan/schema';
import type { ShelfFile } from './shelf';

/** On-premises, agents→Fleet Server mutual (required), one-way to Elasticsearch. */
export function mutualPlan(change: (p: Plan) => void = () => {}): Plan {
  const p = defaultPlan('on-prem');
  p.tls = 'mutual';
  p.fleetServer.urls = ['https://fleet.example.com:8220'];
  p.elasticsearch.hosts = ['https://node1.es.example.com:9200'];
  change(p);
  return p;
}

/** The right file for every role of mutualPlan(). */
export const GOOD = [
  'fleet-server-bundle.pem',
  'fleet-server.key',
  'fleet-ca.crt',
  'agent-client.crt',
  'agent-client.key',
  'agent-ca.crt',
  'es-server.crt',
  'es-ca.crt',
];

/** GOOD, but Fleet Server's certificate (and its key) made for the machine's own name, fleet01.internal. */
export const WRONG_FLEET_NAME = GOOD.map((f) =>
  f === 'fleet-server-bundle.pem' ? 'fleet01-internal.crt' : f === 'fleet-server.key' ? 'fleet01-internal.key' : f,
);

/**
 * Fixtures as files on the shelf, each with its name as id. `'fleet01-internal.crt as
 * fleet.pem'` is that fixture under the name a user gave it.
 */
export async function shelf(entries: readonly string[], passwords: Record<string, string> = {}): Promise<ShelfFile[]> {
  return Promise.all(
    entries.map(async (entry) => {
      const [fixture = entry, name = fixture] = entry.split(' as ');
      const password = passwords[name];
      return { id: name, decoded: await decodeFile({ name, bytes: fixtureBytes(fixture), ...(password === undefined ? {} : { password }) }) };
    }),
  );
}
