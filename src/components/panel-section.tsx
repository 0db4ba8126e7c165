import type { ReactNode } from 'react';
import './panel-section.css';

interface PanelSectionProps {
  /** The section's id (for links and focus); its title and body ids derive from it. */
  id: string;
  className: string;
  open: boolean;
  onToggle: () => void;
  title: ReactNode;
  /** Shown under the title while closed. */
  hint?: ReactNode;
  /** Beside the body, open or closed (a live status, an overlay). */
  around?: ReactNode;
  /** Rendered only while open. */
  children: () => ReactNode;
}

/** A section of the output column that opens and closes by its title (a disclosure button inside the heading). */
export function PanelSection({ id, className, open, onToggle, title, hint, around, children }: PanelSectionProps) {
  const bodyId = `${id}-body`;
  return (
    <section className={`panel-section ${className}`} id={id} aria-labelledby={`${id}-title`} tabIndex={-1}>
      <h2 className="panel-section-title" id={`${id}-title`}>
        <button type="button" className="panel-section-toggle" aria-expanded={open} aria-controls={bodyId} onClick={onToggle}>
          <span className="panel-section-caret" aria-hidden="true" />
          {title}
        </button>
      </h2>
      {!open && hint ? <p className="panel-section-hint">{hint}</p> : null}
      {around}
      <div id={bodyId} hidden={!open}>
        {open ? children() : null}
      </div>
    </section>
  );
}
