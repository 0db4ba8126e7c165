import type { ReactNode } from 'react';
import { ui } from '#words/ui';

/** The product's name and promise; the planner adds the plan actions once loaded. */
export function TopBar({ actions }: { actions?: ReactNode }) {
  return (
    <header className="topbar">
      <div className="topbar-inner">
        <div className="brand">
          <p className="brand-name">{ui.app.name}</p>
          <p className="brand-promise">{ui.app.promise}</p>
        </div>
        {actions}
      </div>
    </header>
  );
}
