import type { Platform } from '../../domain/catalog/platforms';
import type { Artifact } from '../../domain/generate/build-artifacts';
import type { HostView, HostViewId } from '../../domain/generate/hosts/host-view';
import type { RunbookStep, RunbookStepId } from '../../domain/generate/runbook';

/** The step to show: the one chosen if the runbook still has it, otherwise the first. */
export function pickStep(steps: readonly RunbookStep[], chosen: RunbookStepId | null): RunbookStepId {
  return steps.find((s) => s.id === chosen)?.id ?? steps[0]?.id ?? 'kibana';
}

/** The agent platform to show: the one chosen if still in the plan, otherwise the first. */
export function pickPlatform(platforms: readonly Platform[], chosen: Platform | null): Platform | undefined {
  return platforms.find((p) => p === chosen) ?? platforms[0];
}

/** The host to show: the one chosen if the plan still has it, otherwise the first. */
export function pickHost(hosts: readonly HostView[], chosen: HostViewId | null): HostViewId {
  return hosts.find((h) => h.id === chosen)?.id ?? hosts[0]?.id ?? 'kibana';
}

/** A step's artifacts to show: an agent install, from the zip or the MSI, only for the platform shown. */
export function shownArtifacts(artifacts: readonly Artifact[], platform: Platform | undefined): Artifact[] {
  return artifacts.filter((a) => (a.kind !== 'agent-install' && a.kind !== 'agent-msi') || a.platform === platform);
}
