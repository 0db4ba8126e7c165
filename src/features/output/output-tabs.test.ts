import { describe, expect, test } from 'vitest';
import { defaultPlan } from '../../domain/plan/defaults';
import { buildArtifacts } from '../../domain/generate/build-artifacts';
import { outputTabs, pickPlatform, pickTab } from './output-tabs';

const tabIds = (plan = defaultPlan()) => outputTabs(buildArtifacts(plan)).map((t) => [t.id, t.artifacts.map((a) => a.id)]);

describe('outputTabs', () => {
  test('on-premises: Fleet Server, one tab per kind, agent platforms in plan order', () => {
    const plan = defaultPlan();
    plan.agents.platforms = ['windows-x86_64', 'deb-amd64'];
    expect(tabIds(plan)).toEqual([
      ['fleet-server', ['fleet-server-install:linux-x86_64']],
      ['agents', ['agent-install:windows-x86_64', 'agent-install:deb-amd64']],
      ['kibana', ['kibana-settings']],
      ['yaml', ['output-yaml']],
    ]);
  });
  test('Fleet Server on Elastic Cloud has no Fleet Server tab', () => {
    expect(tabIds(defaultPlan('cloud-fleet')).map(([id]) => id)).toEqual(['agents', 'kibana', 'yaml']);
  });
  test('no platform chosen keeps an empty Agents tab', () => {
    const plan = defaultPlan();
    plan.agents.platforms = [];
    expect(tabIds(plan)[1]).toEqual(['agents', []]);
  });
});

describe('pick', () => {
  const tabs = outputTabs(buildArtifacts(defaultPlan('cloud-fleet')));
  test('a chosen tab that vanished falls back to the first', () => {
    expect(pickTab(tabs, 'fleet-server')).toBe('agents');
    expect(pickTab(tabs, 'yaml')).toBe('yaml');
    expect(pickTab(tabs, null)).toBe('agents');
  });
  test('a chosen platform that was unticked falls back to the first', () => {
    expect(pickPlatform(['deb-amd64', 'rpm-x86_64'], 'windows-x86_64')).toBe('deb-amd64');
    expect(pickPlatform(['deb-amd64', 'rpm-x86_64'], 'rpm-x86_64')).toBe('rpm-x86_64');
    expect(pickPlatform([], null)).toBeUndefined();
  });
});
