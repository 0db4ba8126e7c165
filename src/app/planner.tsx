import { useEffect, useRef, useState } from 'react';
import { FormProvider, useFormContext } from 'react-hook-form';
import { Notice } from '../components/notice';
import type { Plan } from '../domain/plan/schema';
import { PlanToolbar } from '../features/plan-file/plan-toolbar';
import { usePlanForm } from '../state/plan-form/use-plan-form';
import { useWizardNavigation } from '../features/wizard/use-wizard-navigation';
import { Wizard } from '../features/wizard/wizard';
import { ui } from '#words/ui';
import { focusById } from '../lib/focus-element';
import { LiveOutput, OUTPUT_HEADING_ID } from './live-output';
import { TopBar } from './top-bar';

/** The working page: the form holding the plan, the wizard beside the live output. */
export default function Planner() {
  const form = usePlanForm();
  return (
    <FormProvider {...form}>
      <Page />
    </FormProvider>
  );
}

/** A message about the plan file; an opened plan can be undone, back to the answers it replaced. */
type PageNotice = { tone: 'error' | 'info'; text: string; undo?: Plan } | null;

function Page() {
  const { reset, getValues } = useFormContext<Plan>();
  const nav = useWizardNavigation();
  const [notice, setNotice] = useState<PageNotice>(null);
  const noticeRef = useRef<HTMLDivElement>(null);
  // A message about the plan file is of no use scrolled out of sight, and it takes the
  // focus: the control that opened the file may be gone (the examples menu closes).
  useEffect(() => {
    if (!notice) return;
    noticeRef.current?.scrollIntoView({ block: 'nearest' });
    noticeRef.current?.focus({ preventScroll: true });
  }, [notice]);

  // Nothing typed is lost: the answers an opened plan replaces can be brought back.
  const open = (plan: Plan, message: string) => {
    const replaced = structuredClone(getValues());
    reset(plan);
    nav.restart();
    setNotice({ tone: 'info', text: message, undo: replaced });
  };
  const undo = (previous: Plan) => {
    reset(previous);
    nav.restart();
    setNotice({ tone: 'info', text: ui.planFile.undone });
  };

  return (
    <>
      <TopBar actions={<PlanToolbar onOpen={open} onError={(text) => setNotice({ tone: 'error', text })} />} />
      <main className="layout">
        <h1 className="visually-hidden">{ui.app.name}</h1>
        {notice ? (
          <div className="page-notice" ref={noticeRef} tabIndex={-1}>
            <Notice tone={notice.tone} onDismiss={() => setNotice(null)} dismissLabel={ui.app.dismiss}>
              {notice.text}
              {notice.undo ? (
                <>
                  {' '}
                  <button type="button" className="link-button" onClick={() => notice.undo && undo(notice.undo)}>
                    {ui.planFile.undo}
                  </button>
                </>
              ) : null}
            </Notice>
          </div>
        ) : null}
        <section className="form-column" aria-label={ui.app.formRegion}>
          <form noValidate onSubmit={(e) => e.preventDefault()}>
            <Wizard nav={nav} onFinished={() => focusById(OUTPUT_HEADING_ID)} />
          </form>
        </section>
        <section className="output-column" aria-label={ui.app.outputRegion}>
          <LiveOutput onSelectIssue={nav.goToIssue} />
        </section>
      </main>
    </>
  );
}
