import { lazy, Suspense } from 'react';
import { ErrorBoundary } from '../components/error-boundary';
import { Notice } from '../components/notice';
import { ui } from '../i18n/en-ui';
import { TopBar } from './top-bar';

// The shell (name and promise) paints at once; the planner (form, rules, wizard) is its
// own chunk, requested on the first render. It cannot join the first load: defaultPlan()
// imports PLAN_VERSION from the plan schema, which brings zod (about 25 KB gzip) with it.
const Planner = lazy(() => import('./planner'));

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
      <Suspense
        fallback={
          <>
            <TopBar />
            <main className="layout layout-single">
              <p className="muted">{ui.app.loadingPlanner}</p>
            </main>
          </>
        }
      >
        <Planner />
      </Suspense>
    </ErrorBoundary>
  );
}
