import { useMemo, useState } from 'react';
import { Notice } from '../../components/notice';
import { Tabs } from '../../components/tabs';
import type { Platform } from '../../domain/catalog/platforms';
import { buildArtifacts, type Artifact } from '../../domain/generate/build-artifacts';
import type { Plan } from '../../domain/plan/schema';
import { ui } from '../../i18n/en-ui';
import { ArtifactView } from './artifact-view';
import { outputTabs, pickPlatform, pickTab, type OutputTabId } from './output-tabs';

function safeArtifacts(plan: Plan): Artifact[] | null {
  try {
    return buildArtifacts(plan);
  } catch {
    return null;
  }
}

/**
 * Everything the plan produces, derived from the answers on each change. Loaded lazily:
 * it brings the generators and the YAML serializer.
 */
export default function OutputPanel({ plan }: { plan: Plan }) {
  const artifacts = useMemo(() => safeArtifacts(plan), [plan]);
  const [chosenTab, setChosenTab] = useState<OutputTabId | null>(null);
  const [chosenPlatform, setChosenPlatform] = useState<Platform | null>(null);
  if (!artifacts) return <Notice tone="error">{ui.output.failed}</Notice>;

  const tabs = outputTabs(artifacts);
  const tab = pickTab(tabs, chosenTab);
  const inTab = tabs.find((t) => t.id === tab)?.artifacts ?? [];
  const platforms = inTab.flatMap((a) => (a.kind === 'agent-install' ? [a.platform] : []));
  const platform = pickPlatform(platforms, chosenPlatform);
  const shown = tab === 'agents' ? inTab.filter((a) => a.kind === 'agent-install' && a.platform === platform) : inTab;

  return (
    <div className="output">
      {plan.tls === 'lab' ? <Notice tone="warning">{ui.output.labWarning}</Notice> : null}
      <Tabs
        idBase="output"
        label={ui.output.tabsLabel}
        tabs={tabs.map((t) => ({ id: t.id, label: ui.output.tabs[t.id] }))}
        selected={tab}
        onSelect={setChosenTab}
      >
        {tab === 'agents' && platforms.length > 1 ? (
          <fieldset className="platform-switch">
            <legend className="visually-hidden">{ui.output.platformLegend}</legend>
            {platforms.map((p) => (
              <label key={p} className="segment" data-checked={p === platform ? '' : undefined}>
                <input type="radio" name="output-platform" checked={p === platform} onChange={() => setChosenPlatform(p)} />
                {ui.platforms[p]}
              </label>
            ))}
          </fieldset>
        ) : null}
        {tab === 'agents' && platforms.length === 0 ? <p className="muted">{ui.output.noAgents}</p> : null}
        {shown.map((artifact) => (
          <ArtifactView key={artifact.id} artifact={artifact} />
        ))}
      </Tabs>
    </div>
  );
}
