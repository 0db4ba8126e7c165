import { lazy, Suspense, useDeferredValue, useMemo, type ReactNode } from 'react';
import { ErrorBoundary } from '../components/error-boundary';
import { Notice } from '../components/notice';
import type { PlanIssue } from '../domain/plan/plan-issue';
import { planIssues } from '../state/plan-form/plan-issues';
import { usePlanValues } from '../state/plan-form/use-plan-values';
import { ui } from '#words/ui';

// The generators and the YAML serializer load after the first paint; so does the summary
// (with every field's label), which needs nothing the first step does not have already.
const OutputPanel = lazy(() => import('../features/output/output-panel'));
const IssueSummary = lazy(() => import('../features/issues/issue-summary'));
// So does the certificate panel (its words too); the worker behind it waits for a file.
const CertificateShelf = lazy(() => import('../features/certificates/certificate-shelf'));
// And the tools that make, request or convert certificates (their own code waits until opened).
const CertTools = lazy(() => import('../features/cert-tools/cert-tools'));

export const OUTPUT_HEADING_ID = 'output-title';

/** "Your runbook", with the panel's actions beside it once it has loaded; focused when the wizard is finished. */
function OutputHeading({ actions, after }: { actions?: ReactNode; after?: ReactNode }) {
  return (
    <>
      <div className="output-head">
        <h2 className="output-title" id={OUTPUT_HEADING_ID} tabIndex={-1}>
          {ui.output.title}
        </h2>
        {actions}
      </div>
      {after}
    </>
  );
}

/** The certificate panel comes after the first screen; so does the code that opens it. */
const showCertificates = () => void import('../features/wizard/open-shelf-button').then((m) => m.showShelf());

/** The side that follows the answers: what to fix, the certificate files and their verdicts, then the commands and settings. */
export function LiveOutput({ onSelectIssue }: { onSelectIssue: (issue: PlanIssue) => void }) {
  const plan = useDeferredValue(usePlanValues());
  const issues = useMemo(() => planIssues(plan), [plan]);
  return (
    <div className="live">
      <Suspense fallback={<div className="summary-placeholder" />}>
        <IssueSummary plan={plan} issues={issues} onSelect={onSelectIssue} onShowCertificates={showCertificates} />
      </Suspense>
      <ErrorBoundary fallback={<Notice tone="error">{ui.certificates.failed}</Notice>}>
        <Suspense fallback={null}>
          <CertificateShelf plan={plan} />
        </Suspense>
      </ErrorBoundary>
      <ErrorBoundary fallback={<Notice tone="error">{ui.certificates.toolsFailed}</Notice>}>
        <Suspense fallback={null}>
          <CertTools plan={plan} />
        </Suspense>
      </ErrorBoundary>
      <ErrorBoundary fallback={<OutputHeading after={<Notice tone="error">{ui.app.outputFailed}</Notice>} />}>
        <Suspense fallback={<OutputHeading after={<p className="muted">{ui.app.loadingOutput}</p>} />}>
          <OutputPanel plan={plan} issues={issues} heading={(actions) => <OutputHeading actions={actions} />} />
        </Suspense>
      </ErrorBoundary>
    </div>
  );
}
