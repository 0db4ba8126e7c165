import type { ReactNode } from 'react';
import { FieldHelp, fieldHelp } from './field';
import './field.css';

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
  const { describedBy, invalid } = fieldHelp(id, description, errors);
  return (
    <fieldset
      className={['fieldset', className].filter(Boolean).join(' ')}
      id={id}
      tabIndex={-1}
      aria-describedby={describedBy}
      data-invalid={invalid ? '' : undefined}
    >
      <legend className="field-label">{legend}</legend>
      <FieldHelp id={id} description={description} errors={errors} />
      {children({ 'aria-describedby': describedBy, 'aria-invalid': invalid })}
    </fieldset>
  );
}
