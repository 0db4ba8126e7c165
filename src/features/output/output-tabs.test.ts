import { describe, expect, test } from 'vitest';
import { defaultPlan } from '../../domain/plan/defaults';
import { buildRunbook } from '../../domain/generate/runbook';
import { buildHostViews } from '../../domain/generate/hosts/host-view';
import { pickHost, pickPlatform, pickStep, shownArtifacts } from './output-tabs';

describe('the runbook’s steps as tabs', () => {
  test('on-premises: Kibana, files, Fleet Server, agents, containers, checks, numbered in that order', () => {
    const plan = defaultPlan();
    plan.agents.platforms = ['windows-x86_64', 'deb-amd64'];
    expect(buildRunbook(plan).map((s) => [s.number, s.id, s.artifacts.map((a) => a.id)])).toEqual([
      [1, 'kibana', ['kibana-settings', 'output-yaml']],
      [2, 'files', ['certificate-files']],
      [3, 'fleet-server', ['fleet-server-install:linux-x86_64']],
      [4, 'agents', ['agent-install:windows-x86_64', 'agent-msi:windows-x86_64:powershell', 'agent-msi:windows-x86_64:cmd', 'agent-install:deb-amd64']],
      [5, 'containers', ['docker-run:fleet-server', 'docker-run:agent', 'kubernetes']],
      [6, 'check', ['connection-checks:fleet-server', 'connection-checks:agent-posix', 'connection-checks:agent-windows']],
    ]);
  });
  test('Fleet Server on Elastic Cloud has no Fleet Server step and no files', () => {
    expect(buildRunbook(defaultPlan('cloud-fleet')).map((s) => s.id)).toEqual(['kibana', 'agents', 'containers', 'check']);
  });
  test('no agent platform: no agents step; the containers step holds Fleet Server’s', () => {
    const plan = defaultPlan();
    plan.agents.platforms = [];
    expect(buildRunbook(plan).map((s) => s.id)).toEqual(['kibana', 'files', 'fleet-server', 'containers', 'check']);
  });
});

describe('pick', () => {
  const steps = buildRunbook(defaultPlan('cloud-fleet'));
  test('a chosen step that vanished falls back to the first', () => {
    expect(pickStep(steps, 'fleet-server')).toBe('kibana');
    expect(pickStep(steps, 'check')).toBe('check');
    expect(pickStep(steps, null)).toBe('kibana');
  });
  test('the Windows MSI forms show with the Windows platform, and not with another', () => {
    const plan = defaultPlan();
    plan.agents.platforms = ['windows-x86_64', 'deb-amd64'];
    const agents = buildRunbook(plan).find((s) => s.id === 'agents')!.artifacts;
    expect(shownArtifacts(agents, 'windows-x86_64').map((a) => a.id)).toEqual([
      'agent-install:windows-x86_64',
      'agent-msi:windows-x86_64:powershell',
      'agent-msi:windows-x86_64:cmd',
    ]);
    expect(shownArtifacts(agents, 'deb-amd64').map((a) => a.id)).toEqual(['agent-install:deb-amd64']);
  });
  test('a chosen platform that was unticked falls back to the first', () => {
    expect(pickPlatform(['deb-amd64', 'rpm-x86_64'], 'windows-x86_64')).toBe('deb-amd64');
    expect(pickPlatform(['deb-amd64', 'rpm-x86_64'], 'rpm-x86_64')).toBe('rpm-x86_64');
    expect(pickPlatform([], null)).toBeUndefined();
  });
  test('a chosen host the plan no longer has falls back to the first', () => {
    const hosts = buildHostViews(steps);
    expect(pickHost(hosts, 'fleet-server')).toBe('kibana');
    expect(pickHost(hosts, 'agents:linux-x86_64')).toBe('agents:linux-x86_64');
    expect(pickHost(hosts, null)).toBe('kibana');
  });
});
