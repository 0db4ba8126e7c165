import type { OsFamily } from '../../catalog/platforms';
import { platformFacts } from '../../catalog/platforms';
import type { CertRole } from '../../catalog/roles';
import type { Plan } from '../../plan/schema';
import { dialHost } from '../../topology/dial-host';
import type { Leg, Topology } from '../../topology/leg';
import { rolePath, type HostKind } from '../../topology/paths';
import type { ScriptNote } from '../artifact-note';
import type { Arg, Script, ScriptStep } from '../script';

/** Where a check runs. */
export type CheckHost = 'fleet-server' | 'agent-posix' | 'agent-windows';

export interface ConnectionChecks {
  readonly host: CheckHost;
  readonly os: OsFamily;
  readonly script: Script;
}

// Fleet Server answers GET /api/status with its name and "HEALTHY" (fleet-server
// internal/pkg/api/handleStatus.go); Elasticsearch answers an unauthenticated request with
// 401, which proves the TLS handshake worked.

const comment = (note: ScriptNote): ScriptStep => ({ kind: 'comment', note });
const run = (argv: Arg[], elevated = false): ScriptStep => ({ kind: 'command', argv, elevated });

/** curl's TLS options for one leg from one host: the CA it trusts and the client pair it presents. */
function curlTls(plan: Plan, leg: Leg, host: HostKind, os: OsFamily): { args: string[]; elevated: boolean } | null {
  const path = (role: CertRole) => rolePath(plan, role, host, os);
  const args: string[] = [];
  switch (leg.trust.kind) {
    case 'ca':
      args.push('--cacert', path(leg.trust.role));
      break;
    case 'none':
      args.push('--insecure');
      break;
    case 'public':
      break;
    // curl has no CA trusted fingerprint; the runbook says how to check one instead.
    case 'fingerprint':
    case 'generated':
      return null;
  }
  if (leg.mutual) args.push('--cert', path(leg.mutual.clientCert), '--key', path(leg.mutual.clientKey));
  // Keys are readable by root only.
  return { args, elevated: leg.mutual !== null };
}

function fleetStatus(plan: Plan, leg: Leg, host: HostKind, os: OsFamily): ScriptStep[] {
  const url = leg.dials[0];
  const tls = curlTls(plan, leg, host, os);
  if (!url || !tls) return [];
  const base = url.replace(/\/+$/, '');
  return [comment({ code: 'check-fleet-server' }), run(['curl', '--silent', '--show-error', ...tls.args, `${base}/api/status`], tls.elevated)];
}

function outputCheck(plan: Plan, leg: Leg, host: HostKind, os: OsFamily, note: 'check-elasticsearch' | 'check-fleet-server-elasticsearch'): ScriptStep[] {
  const dial = leg.dials[0];
  if (!dial) return [];
  if (leg.server === 'logstash') {
    const name = dialHost(dial);
    const path = (role: CertRole) => rolePath(plan, role, host, os);
    if (!name || leg.trust.kind !== 'ca') return [];
    const client = leg.mutual ? ['-cert', path(leg.mutual.clientCert), '-key', path(leg.mutual.clientKey)] : [];
    return [
      comment({ code: 'check-logstash' }),
      run(
        [
          'openssl',
          's_client',
          '-connect',
          dial,
          '-servername',
          name,
          '-verify_hostname',
          name,
          '-CAfile',
          path(leg.trust.role),
          ...client,
          '-verify_return_error',
          '-brief',
        ],
        leg.mutual !== null,
      ),
    ];
  }
  const tls = curlTls(plan, leg, host, os);
  if (!tls) return [comment({ code: 'check-fingerprint' })];
  return [comment({ code: note }), run(['curl', '--silent', '--show-error', ...tls.args, dial], tls.elevated)];
}

/**
 * How to check each connection once things are installed, from the host that makes it:
 * the same CA, client certificate and key the agent uses, with curl (openssl for Logstash,
 * which speaks the Beats protocol, not HTTP), then the agent's own status.
 */
export function buildConnectionChecks(plan: Plan, topology: Topology): ConnectionChecks[] {
  const find = (id: Leg['id']) => topology.legs.find((l) => l.id === id);
  const agentFleet = find('agent-fleet');
  const fleetEs = find('fleet-es');
  const output = find('agent-output');
  const out: ConnectionChecks[] = [];
  if (fleetEs) {
    const os = platformFacts(plan.fleetServer.platform).os;
    if (os === 'posix') {
      out.push({
        host: 'fleet-server',
        os,
        script: [
          ...outputCheck(plan, fleetEs, 'fleet-server', os, 'check-fleet-server-elasticsearch'),
          ...(agentFleet ? fleetStatus(plan, agentFleet, 'fleet-server', os) : []),
          comment({ code: 'check-agent-status' }),
          run(['elastic-agent', 'status'], true),
        ],
      });
    } else {
      out.push({ host: 'fleet-server', os, script: windowsStatus() });
    }
  }
  const oses = new Set(plan.agents.platforms.map((p) => platformFacts(p).os));
  if (oses.has('posix')) {
    out.push({
      host: 'agent-posix',
      os: 'posix',
      script: [
        ...(agentFleet ? fleetStatus(plan, agentFleet, 'agent', 'posix') : []),
        ...(output ? outputCheck(plan, output, 'agent', 'posix', 'check-elasticsearch') : []),
        comment({ code: 'check-agent-status' }),
        run(['elastic-agent', 'status'], true),
      ],
    });
  }
  if (oses.has('windows')) out.push({ host: 'agent-windows', os: 'windows', script: windowsStatus() });
  return out;
}

/**
 * Windows: the agent's own status. curl.exe on Windows uses Schannel, which takes no PEM
 * client key, so the connections are judged by the agent itself.
 */
function windowsStatus(): Script {
  // The installed agent's fixed path (elastic-agent-cli.md §8); no plan value in it.
  return [comment({ code: 'check-agent-status-windows' }), { kind: 'statement', text: "& 'C:\\Program Files\\Elastic\\Agent\\elastic-agent.exe' status" }];
}
