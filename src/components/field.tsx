import type { ReactNode } from 'react';
import './field.css';

/** What a field hands to its control so that label, hint and error reach assistive tech. */
export interface ControlProps {
  id: string;
  'aria-describedby': string | undefined;
  'aria-invalid': true | undefined;
}

interface FieldProps {
  id: string;
  label: ReactNode;
  description?: ReactNode;
  /** Error messages, already in words; empty when the field is fine. */
  errors?: readonly string[];
  children: (control: ControlProps) => ReactNode;
}

/** One labelled control: label, hint, error (in words), control — in that reading order. */
export function Field({ id, label, description, errors = [], children }: FieldProps) {
  const help = fieldHelp(id, description, errors);
  return (
    <div className="field" data-invalid={help.invalid ? '' : undefined}>
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      <FieldHelp id={id} description={description} errors={errors} />
      {children({ id, 'aria-describedby': help.describedBy, 'aria-invalid': help.invalid })}
    </div>
  );
}

/** The ids of a field's hint and error, and what its control is described by. */
export function fieldHelp(id: string, description: ReactNode, errors: readonly string[]) {
  const descriptionId = description ? `${id}-description` : undefined;
  const errorId = errors.length > 0 ? `${id}-error` : undefined;
  return {
    descriptionId,
    errorId,
    describedBy: [descriptionId, errorId].filter(Boolean).join(' ') || undefined,
    invalid: errorId ? (true as const) : undefined,
  };
}

/** A field's hint and its errors, in words, under the label or legend (Field, Fieldset). */
export function FieldHelp({ id, description, errors }: { id: string; description: ReactNode; errors: readonly string[] }) {
  const { descriptionId, errorId } = fieldHelp(id, description, errors);
  return (
    <>
      {description ? (
        <p className="field-description" id={descriptionId}>
          {description}
        </p>
      ) : null}
      <FieldErrorList id={errorId} errors={errors} />
    </>
  );
}

function FieldErrorList({ id, errors }: { id: string | undefined; errors: readonly string[] }) {
  if (!id || errors.length === 0) return null;
  return (
    <div className="field-error" id={id}>
      {errors.length === 1 ? (
        <p>{errors[0]}</p>
      ) : (
        <ul>
          {errors.map((e, i) => (
            <li key={i}>{e}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
