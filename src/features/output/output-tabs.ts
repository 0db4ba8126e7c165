import type { Platform } from '../../domain/catalog/platforms';
import type { Artifact } from '../../domain/generate/build-artifacts';

export type OutputTabId = 'fleet-server' | 'agents' | 'kibana' | 'yaml';

export interface OutputTab {
  readonly id: OutputTabId;
  readonly artifacts: readonly Artifact[];
}

const TAB_OF: Record<Artifact['kind'], OutputTabId> = {
  'fleet-server-install': 'fleet-server',
  'agent-install': 'agents',
  'kibana-settings': 'kibana',
  'output-yaml': 'yaml',
  'elasticsearch-settings': 'kibana',
  'certificate-files': 'kibana',
  'connection-checks': 'agents',
};
const ORDER: readonly OutputTabId[] = ['fleet-server', 'agents', 'kibana', 'yaml'];

/** Artifacts → the panel's tabs, in a fixed order. A tab with nothing in it is left out, except Agents (it explains why it is empty). */
export function outputTabs(artifacts: readonly Artifact[]): OutputTab[] {
  return ORDER.flatMap((id) => {
    const inTab = artifacts.filter((a) => TAB_OF[a.kind] === id);
    return inTab.length > 0 || id === 'agents' ? [{ id, artifacts: inTab }] : [];
  });
}

/** The tab to show: the one chosen if it still exists, otherwise the first. */
export function pickTab(tabs: readonly OutputTab[], chosen: OutputTabId | null): OutputTabId {
  return tabs.find((t) => t.id === chosen)?.id ?? tabs[0]?.id ?? 'agents';
}

/** The agent platform to show: the one chosen if still in the plan, otherwise the first. */
export function pickPlatform(platforms: readonly Platform[], chosen: Platform | null): Platform | undefined {
  return platforms.find((p) => p === chosen) ?? platforms[0];
}
