import { conversionArgv } from '../../catalog/conversions';
import { gateOpen } from '../../catalog/gates';
import { planVersions } from '../../plan/plan-versions';
import type { Plan } from '../../plan/schema';
import { findLeg } from '../../topology/build-topology';
import type { Topology } from '../../topology/leg';
import type { ArtifactNote } from '../artifact-note';
import { quotePosix } from '../shell/posix-quote';

/** A value of Logstash's config language (lscl_grammar.treetop): number, bareword true, string, array of strings. */
export type LogstashValue = number | true | string | readonly string[];

/** The Logstash pipeline input that receives the agents' data: the other end of the Logstash output they get. */
export interface LogstashInput {
  /** The options of `elastic_agent { … }`, in order. */
  readonly options: readonly (readonly [string, LogstashValue])[];
  /** The certificate files the input names, at their paths on the Logstash host. */
  readonly files: readonly string[];
  readonly notes: readonly ArtifactNote[];
}

/**
 * Where the certificate files go on the Logstash host; the package's own config folder
 * (logstash pkg/pipelines.yml reads /etc/logstash/conf.d/*.conf).
 */
const DIR = '/etc/logstash/certs';

/**
 * Options of the beats input, which Logstash also names elastic_agent (logstash-core
 * AliasRegistry.yml), as logstash-input-beats lib/logstash/inputs/beats.rb (a0220a65)
 * declares them: port (required), ssl_enabled, ssl_certificate, ssl_key (PKCS#8),
 * ssl_certificate_authorities, ssl_client_authentication none | optional | required. Before
 * 6.6.0 (Logstash 8.8, gate logstash-ssl-enabled): ssl and ssl_verify_mode none | peer |
 * force_peer (v6.5.0 beats.rb). Setting the CAs without ssl_client_authentication also means
 * required (ssl_context_builder_verify_mode; tls-errors.md S2): we write it out.
 * Null when the agents' output is not Logstash.
 */
export function buildLogstashInput(plan: Plan, topology: Topology): LogstashInput | null {
  const leg = findLeg(topology, 'agent-output');
  if (leg?.server !== 'logstash') return null;
  // No port: the agent dials 5044 (beats libbeat/outputs/logstash/logstash.go defaultPort).
  const port = Number(/:(\d+)$/.exec(leg.dials[0] ?? '')?.[1] ?? 5044);
  const renamed = gateOpen('logstash-ssl-enabled', planVersions(plan)) !== false;
  const auth = leg.mutual?.clientAuth;
  const ca = leg.mutual?.clientCa ? plan.certs.files[leg.mutual.clientCa] : null;
  // The lab's logstash/ folder names them so (lab-spec.ts: a server without a role, `${server}.crt`).
  const files = ['logstash.crt', 'logstash.key', ...(ca ? [ca] : [])];
  const at = (f: string) => `${DIR}/${f}`;
  type Option = readonly [string, LogstashValue];
  const mutual: Option[] = ca
    ? [
        ['ssl_certificate_authorities', [at(ca)]],
        renamed ? ['ssl_client_authentication', auth!] : ['ssl_verify_mode', auth === 'required' ? 'force_peer' : 'peer'],
      ]
    : [];
  return {
    files: files.map(at),
    options: [['port', port], [renamed ? 'ssl_enabled' : 'ssl', true], ['ssl_certificate', at(files[0]!)], ['ssl_key', at(files[1]!)], ...mutual],
    notes: [
      { code: 'ls-where', params: { dir: DIR, files: files.join(', ') } },
      {
        code: 'ls-pkcs8',
        params: {
          command: conversionArgv({ kind: 'pkcs8-key', from: 'logstash.key.orig', to: at(files[1]!) })
            .map(quotePosix)
            .join(' '),
        },
      },
      { code: 'ls-names', params: { renamed } },
      ...(ca ? [{ code: 'ls-mutual', params: { ca } } as const] : []),
    ],
  };
}
