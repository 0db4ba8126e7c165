import { ErrorBoundary } from '../components/error-boundary';
import { Notice } from '../components/notice';
import { ui } from '#words/ui';
import Planner from './planner';
import { TopBar } from './top-bar';
import './app.css';

/**
 * The page. The first load carries what the first step needs (React, the form, the
 * rules, step 1); steps 2 and 3, the output panel, plan-file parsing (zod) and the
 * certificate worker load after it (ADR 3).
 */
export function App() {
  return (
    <ErrorBoundary
      fallback={
        <>
          <TopBar />
          <main className="layout layout-single">
            <Notice tone="error">{ui.app.plannerFailed}</Notice>
          </main>
        </>
      }
    >
      <Planner />
    </ErrorBoundary>
  );
}
