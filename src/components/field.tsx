import type { ReactNode } from 'react';

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
  const descriptionId = description ? `${id}-description` : undefined;
  const errorId = errors.length > 0 ? `${id}-error` : undefined;
  return (
    <div className="field" data-invalid={errorId ? '' : undefined}>
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      {description ? (
        <p className="field-description" id={descriptionId}>
          {description}
        </p>
      ) : null}
      <FieldErrorList id={errorId} errors={errors} />
      {children({
        id,
        'aria-describedby': [descriptionId, errorId].filter(Boolean).join(' ') || undefined,
        'aria-invalid': errorId ? true : undefined,
      })}
    </div>
  );
}

export function FieldErrorList({ id, errors }: { id: string | undefined; errors: readonly string[] }) {
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
