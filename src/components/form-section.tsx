import type { ReactNode } from 'react';
import './form-section.css';

/** A titled group of fields within a wizard step. */
export function FormSection({ title, description, children }: { title: string; description?: string; children: ReactNode }) {
  return (
    <section className="form-section">
      <h3 className="form-section-title">{title}</h3>
      {description ? <p className="form-section-description">{description}</p> : null}
      {children}
    </section>
  );
}
