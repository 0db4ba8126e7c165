import { describe, expect, it } from 'vitest';
import { examplePlans } from '../../../../test/example-plans';
import type { Platform } from '../../catalog/platforms';
import type { Plan } from '../../plan/schema';
import { buildArtifacts } from '../build-artifacts';
import { argvOf, type ScriptStep } from '../script';

const onPrem = examplePlans().find((e) => e.name === 'on-prem-one-way')!.plan;

function fleetServerCommand(version: string, platform: Platform): { argv: string[]; env: string[] } {
  const plan: Plan = { ...onPrem, agentVersion: version, fleetServer: { ...onPrem.fleetServer, platform } };
  const artifact = buildArtifacts(plan).find((a) => a.kind === 'fleet-server-install');
  if (!artifact || !('script' in artifact)) throw new Error('no Fleet Server script');
  const commands = artifact.script.filter((s): s is Extract<ScriptStep, { kind: 'command' }> => s.kind === 'command');
  const agent = commands.find((s) => s.multiline === true)!;
  return {
    argv: argvOf(agent)
      .slice(0, 2)
      .concat(argvOf(agent).filter((a) => a === '--install-servers')),
    env: commands.flatMap((c) => (c.env ?? []).map(([k, v]) => `${k}=${v}`)),
  };
}

/**
 * elastic-agent v9.0.0 internal/pkg/agent/cmd/install.go chooses the flavor only from
 * --install-servers; the basic flavor has no fleet-server, so Fleet Server cannot start.
 * v9.0.1 also selects it when a --fleet-server-* flag is given (audit row 3). Packages
 * take the flavor from ELASTIC_AGENT_FLAVOR at install time (preinstall.sh.tmpl), and
 * `enroll` has no --install-servers flag.
 */
describe('the servers flavor for a 9.x Fleet Server', () => {
  it.each([
    ['9.0.0 tar.gz on Linux: the flag, or no fleet-server in the install', '9.0.0', 'linux-x86_64', ['./elastic-agent', 'install', '--install-servers'], []],
    ['9.0.0 tar.gz on macOS', '9.0.0', 'darwin-aarch64', ['./elastic-agent', 'install', '--install-servers'], []],
    ['9.0.0 zip on Windows', '9.0.0', 'windows-x86_64', ['.\\elastic-agent.exe', 'install', '--install-servers'], []],
    ['9.2.1 tar.gz: still passed, as Kibana does', '9.2.1', 'linux-arm64', ['./elastic-agent', 'install', '--install-servers'], []],
    ['8.19.4 has no flavors and no such flag', '8.19.4', 'linux-x86_64', ['./elastic-agent', 'install'], []],
    [
      '9.0.0 DEB: the flavor comes from the package install, enroll has no such flag',
      '9.0.0',
      'deb-amd64',
      ['elastic-agent', 'enroll'],
      ['ELASTIC_AGENT_FLAVOR=servers'],
    ],
    ['9.0.0 RPM', '9.0.0', 'rpm-x86_64', ['elastic-agent', 'enroll'], ['ELASTIC_AGENT_FLAVOR=servers']],
    ['8.19.4 RPM: no flavor', '8.19.4', 'rpm-aarch64', ['elastic-agent', 'enroll'], []],
  ] as const)('%s', (_title, version, platform, argv, env) => {
    expect(fleetServerCommand(version, platform)).toEqual({ argv, env });
  });

  it('agents never get it: they need no Fleet Server', () => {
    const plan: Plan = { ...onPrem, agentVersion: '9.0.0', agents: { ...onPrem.agents, platforms: ['linux-x86_64', 'windows-x86_64'] } };
    for (const a of buildArtifacts(plan)) {
      if (a.kind === 'agent-install') expect(JSON.stringify(a.script)).not.toContain('--install-servers');
    }
  });
});
