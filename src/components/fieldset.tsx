import type { ReactNode } from 'react';
import { FieldErrorList } from './field';

interface FieldsetProps {
  id: string;
  legend: ReactNode;
  description?: ReactNode;
  errors?: readonly string[];
  className?: string;
  children: (describedBy: { 'aria-describedby': string | undefined; 'aria-invalid': true | undefined }) => ReactNode;
}

/** A group of radios or checkboxes: legend, hint, error, options. Focusable for "go to field". */
export function Fieldset({ id, legend, description, errors = [], className, children }: FieldsetProps) {
  const descriptionId = description ? `${id}-description` : undefined;
  const errorId = errors.length > 0 ? `${id}-error` : undefined;
  const describedBy = [descriptionId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <fieldset
      className={['fieldset', className].filter(Boolean).join(' ')}
      id={id}
      tabIndex={-1}
      aria-describedby={describedBy}
      data-invalid={errorId ? '' : undefined}
    >
      <legend className="field-label">{legend}</legend>
      {description ? (
        <p className="field-description" id={descriptionId}>
          {description}
        </p>
      ) : null}
      <FieldErrorList id={errorId} errors={errors} />
      {children({ 'aria-describedby': describedBy, 'aria-invalid': errorId ? true : undefined })}
    </fieldset>
  );
}
