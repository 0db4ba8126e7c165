import { useMemo, useState, type ReactNode } from 'react';
import { Notice } from '../../components/notice';
import { Tabs } from '../../components/tabs';
import type { Platform } from '../../domain/catalog/platforms';
import { runPlanChecks } from '../../domain/checks/plan/run-plan-checks';
import type { Conversion } from '../../domain/catalog/conversions';
import { buildArtifacts } from '../../domain/generate/build-artifacts';
import { conversionsInPlan } from '../../domain/inspect/file-names';
import { previewPlan } from '../../domain/generate/preview-plan';
import { buildRunbook, type RunbookStepId } from '../../domain/generate/runbook';
import { buildHostViews, type HostViewId } from '../../domain/generate/hosts/host-view';
import type { PlanIssue } from '../../domain/plan/plan-issue';
import type { Plan } from '../../domain/plan/schema';
import { buildTopology } from '../../domain/topology/build-topology';
import { ui } from '#words/ui';
import { describeNote } from '#words/artifact-notes';
import { runbookText } from '#words/runbook';
import { outputUi } from '#words/ui-output';
import { downloadText } from '../../lib/download';
import { shelfFiles } from '../../state/shelf/shelf-store';
import { useShelf } from '../../state/shelf/use-shelf';
import { ArtifactView } from './artifact-view';
import { HostFilesList } from './host-files-list';
import { pickHost, pickPlatform, pickStep, shownArtifacts } from './output-tabs';
import { WatchFor } from './watch-for';
import './output.css';

const words = outputUi;

function build(plan: Plan, issues: readonly PlanIssue[], conversions: readonly Conversion[]) {
  try {
    // Never a refused value in what is shown: a preview puts placeholders in their place.
    const effective = previewPlan(plan, issues);
    const topology = buildTopology(effective);
    const steps = buildRunbook(effective, topology, buildArtifacts(effective, topology, { conversions }));
    return { effective, steps, hosts: buildHostViews(steps), findings: runPlanChecks(effective, topology) };
  } catch {
    return null;
  }
}

/**
 * The runbook, derived from the answers on each change: what to watch for, then the
 * steps in the order an admin works, numbered as `fleet-tls render` and the download
 * number them. Loaded lazily: it brings the generators and the YAML serializer.
 */
interface OutputPanelProps {
  plan: Plan;
  issues: readonly PlanIssue[];
  /** The page's heading for the panel, given the panel's actions to sit beside it. */
  heading: (actions: ReactNode) => ReactNode;
}

export default function OutputPanel({ plan, issues, heading }: OutputPanelProps) {
  // The files the admin brought: a PKCS#12 or DER file the plan names as PEM gets its conversion in the files step.
  const shelfState = useShelf();
  const conversions = useMemo(() => conversionsInPlan(plan, shelfState.evaluation?.result.assignments ?? {}, shelfFiles(shelfState)), [plan, shelfState]);
  const built = useMemo(() => build(plan, issues, conversions), [plan, issues, conversions]);
  const [chosenStep, setChosenStep] = useState<RunbookStepId | null>(null);
  const [chosenPlatform, setChosenPlatform] = useState<Platform | null>(null);
  const [byHost, setByHost] = useState(false);
  const [chosenHost, setChosenHost] = useState<HostViewId | null>(null);
  if (!built)
    return (
      <>
        {heading(null)}
        <Notice tone="error">{words.failed}</Notice>
      </>
    );

  const { effective, steps, hosts, findings } = built;
  const ready = issues.length === 0;
  const refusal = ready ? undefined : describeNote({ code: 'plan-not-ready', params: { count: issues.length } });
  const stepId = pickStep(steps, chosenStep);
  const step = steps.find((s) => s.id === stepId);
  const platforms = step?.artifacts.flatMap((a) => (a.kind === 'agent-install' ? [a.platform] : [])) ?? [];
  const platform = pickPlatform(platforms, chosenPlatform);
  const shown = shownArtifacts(step?.artifacts ?? [], platform);
  const hostId = pickHost(hosts, chosenHost);
  const host = hosts.find((h) => h.id === hostId);

  return (
    <>
      {heading(
        <button
          type="button"
          className="button button-small"
          disabled={!ready}
          title={ready ? undefined : words.downloadOff}
          onClick={() => downloadText(words.runbookFile, runbookText(effective, steps, findings))}
        >
          {words.downloadRunbook}
        </button>,
      )}
      <div className="output runbook">
        {ready ? null : <Notice tone="warning">{words.notReady(issues.length)}</Notice>}
        {plan.tls === 'lab' ? <Notice tone="warning">{words.labWarning}</Notice> : null}
        <WatchFor findings={findings} />
        <fieldset className="platform-switch runbook-view">
          <legend className="visually-hidden">{words.viewLegend}</legend>
          {[false, true].map((value) => (
            <label key={String(value)} className="segment" data-checked={value === byHost ? '' : undefined}>
              <input type="radio" name="runbook-view" checked={value === byHost} onChange={() => setByHost(value)} />
              {value ? words.byHost : words.byStep}
            </label>
          ))}
        </fieldset>
        {byHost ? (
          <Tabs
            idBase="hosts"
            label={words.hostsLabel}
            tabs={hosts.map((h) => ({ id: h.id, label: words.hostTabs(h.id, h.platform ? ui.platforms[h.platform] : '') }))}
            selected={hostId}
            onSelect={setChosenHost}
          >
            {host && host.files.length > 0 ? <HostFilesList files={host.files} /> : null}
            {host?.artifacts.map(({ step: n, artifact }) => (
              <div key={artifact.id} className="host-artifact">
                <p className="step-of">{words.atStep(n)}</p>
                <ArtifactView artifact={artifact} refusal={refusal} step={n} />
              </div>
            ))}
          </Tabs>
        ) : (
          <Tabs
            idBase="runbook"
            label={words.stepsLabel}
            tabs={steps.map((s) => ({
              id: s.id,
              label: (
                <>
                  <span className="tab-number" aria-hidden="true">
                    {s.number}
                  </span>
                  {words.stepTabs[s.id]}
                </>
              ),
            }))}
            selected={stepId}
            onSelect={setChosenStep}
          >
            {step ? (
              <>
                <p className="step-of">{words.stepOf(step.number, steps.length)}</p>
                <h3 className="runbook-step-title">{describeNote({ code: `step-${step.id}` })}</h3>
              </>
            ) : null}
            {platforms.length > 1 ? (
              <fieldset className="platform-switch">
                <legend className="visually-hidden">{words.platformLegend}</legend>
                {platforms.map((p) => (
                  <label key={p} className="segment" data-checked={p === platform ? '' : undefined}>
                    <input type="radio" name="output-platform" checked={p === platform} onChange={() => setChosenPlatform(p)} />
                    {ui.platforms[p]}
                  </label>
                ))}
              </fieldset>
            ) : null}
            {stepId === 'agents' && platforms.length === 0 ? <p className="muted">{words.noAgents}</p> : null}
            {shown.map((artifact) => (
              <ArtifactView key={artifact.id} artifact={artifact} refusal={refusal} step={step?.number ?? 1} />
            ))}
          </Tabs>
        )}
      </div>
    </>
  );
}
