import { lazy, Suspense, useEffect, useMemo, useState, type ComponentType } from 'react';
import { Notice } from '../../components/notice';
import { ui } from '#words/ui';
import { planIssues } from '../../state/plan-form/plan-issues';
import { usePlanValues } from '../../state/plan-form/use-plan-values';
import { ModelStep } from './model-step';
import { STEPS, stepIndex, stepOfPath, type StepId } from './steps';
import { stepHeadingId, type WizardNavigation } from './use-wizard-navigation';
import './wizard.css';

// Step 1 comes with the page; steps 2 and 3 are fetched right after it, so that the
// first load stays within budget (ADR 3) and they are there by the time anyone clicks.
const loadHosts = () => import('./hosts-step').then((m) => ({ default: m.HostsStep }));
const loadCerts = () => import('./certs-step').then((m) => ({ default: m.CertsStep }));

const LAZY_BODY: Record<StepId, ComponentType> = {
  model: ModelStep,
  hosts: lazy(loadHosts),
  certs: lazy(loadCerts),
};

/** The three steps, a step list to move freely, and Back / Next. */
export function Wizard({ nav, onFinished }: { nav: WizardNavigation; onFinished: () => void }) {
  const plan = usePlanValues();
  const [finished, setFinished] = useState(false);
  const counts = useMemo(() => {
    const byStep: Record<StepId, number> = { model: 0, hosts: 0, certs: 0 };
    for (const issue of planIssues(plan)) byStep[stepOfPath(issue.path)] += 1;
    return byStep;
  }, [plan]);
  // Once fetched, a step renders synchronously (no Suspense round), so that moving to it
  // can focus one of its fields at once.
  const [loaded, setLoaded] = useState<Partial<Record<StepId, ComponentType>>>({ model: ModelStep });
  useEffect(() => {
    void loadHosts().then((m) => setLoaded((l) => ({ ...l, hosts: m.default })));
    void loadCerts().then((m) => setLoaded((l) => ({ ...l, certs: m.default })));
  }, []);
  const index = stepIndex(nav.step);
  const Body = loaded[nav.step] ?? LAZY_BODY[nav.step];
  const last = index === STEPS.length - 1;

  return (
    <div className="wizard">
      <nav className="step-list" aria-label={ui.wizard.stepsNav}>
        <ol>
          {STEPS.map((step, i) => {
            const toFix = nav.checked.has(step) ? counts[step] : 0;
            return (
              <li key={step}>
                <button type="button" className="step-link" aria-current={step === nav.step ? 'step' : undefined} onClick={() => nav.goTo(step)}>
                  <span className="step-number" aria-hidden="true">
                    {i + 1}
                  </span>
                  <span className="step-name">{ui.wizard.steps[step]}</span>
                  {toFix > 0 ? <span className="step-badge">{ui.wizard.toFix(toFix)}</span> : null}
                </button>
              </li>
            );
          })}
        </ol>
      </nav>

      <section className="step" aria-labelledby={stepHeadingId(nav.step)}>
        <p className="step-count">{ui.wizard.stepNumber(index + 1, STEPS.length)}</p>
        <h2 className="step-title" id={stepHeadingId(nav.step)} tabIndex={-1}>
          {ui.wizard.steps[nav.step]}
        </h2>
        <p className="step-intro">{ui.wizard.stepIntro[nav.step]}</p>
        <Suspense fallback={<p className="muted">{ui.app.loadingStep}</p>}>
          <Body />
        </Suspense>
      </section>

      <div className="wizard-nav">
        {index > 0 ? (
          <button type="button" className="button" onClick={nav.back}>
            {ui.wizard.back}
          </button>
        ) : (
          <span />
        )}
        {last ? (
          <button
            type="button"
            className="button button-primary"
            onClick={() => {
              void nav.finish().then((ok) => {
                setFinished(ok);
                if (ok) onFinished();
              });
            }}
          >
            {ui.wizard.finish}
          </button>
        ) : (
          <button type="button" className="button button-primary" onClick={() => void nav.next()}>
            {ui.wizard.next}
          </button>
        )}
      </div>
      {finished && last && counts.model + counts.hosts + counts.certs === 0 ? <Notice tone="info">{ui.wizard.allGood}</Notice> : null}
    </div>
  );
}
