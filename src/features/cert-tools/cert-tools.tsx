import { lazy, Suspense } from 'react';
import { ErrorBoundary } from '../../components/error-boundary';
import { Notice } from '../../components/notice';
import { PanelSection } from '../../components/panel-section';
import { Tabs } from '../../components/tabs';
import type { Plan } from '../../domain/plan/schema';
import { CERT_TOOLS_ID, certTools, useCertTools, type CertToolId } from '../../state/cert-tools/cert-tools-store';
import { certToolsUi } from '#words/ui-cert-tools';
import './cert-tools.css';

const words = certToolsUi;
// Each tool loads when it is first shown; the lab's writer loads in the worker when a lab is made.
const LabTool = lazy(() => import('./lab-tool'));
const RequestTool = lazy(() => import('./request-tool'));
const ConvertTool = lazy(() => import('./convert-tool'));

const TOOLS: readonly { id: CertToolId; label: string }[] = [
  { id: 'lab', label: words.tabs.lab },
  { id: 'request', label: words.tabs.request },
  { id: 'convert', label: words.tabs.convert },
];

/**
 * "Make, request or convert certificates": beside the certificate panel, for admins with
 * no certificates yet or not in the form the agent reads. Its body renders only while open.
 */
export default function CertTools({ plan }: { plan: Plan }) {
  const { open, tool } = useCertTools();
  return (
    <PanelSection
      id={CERT_TOOLS_ID}
      className="cert-tools"
      open={open}
      onToggle={() => certTools.set({ open: !open })}
      title={words.title}
      hint={words.closedHint}
    >
      {() => (
        <Tabs idBase="cert-tools" label={words.tabsLabel} tabs={TOOLS} selected={tool} onSelect={(id) => certTools.set({ tool: id })}>
          <ErrorBoundary fallback={<Notice tone="error">{words.failed}</Notice>}>
            <Suspense fallback={<p className="muted">{words.loading}</p>}>
              {tool === 'lab' ? <LabTool plan={plan} /> : tool === 'request' ? <RequestTool plan={plan} /> : tool === 'convert' ? <ConvertTool /> : null}
            </Suspense>
          </ErrorBoundary>
        </Tabs>
      )}
    </PanelSection>
  );
}
