import type { ReactNode } from 'react';
import { useFormContext, type FieldPathByValue } from 'react-hook-form';
import type { Plan } from '../../../domain/plan/schema';
import { fieldIdOf } from '../../../state/plan-form/field-name';

interface CheckboxFieldProps {
  name: FieldPathByValue<Plan, boolean>;
  label: ReactNode;
  description?: ReactNode;
}

/** A yes/no answer as a checkbox, label beside it and hint below. */
export function CheckboxField({ name, label, description }: CheckboxFieldProps) {
  const { register } = useFormContext<Plan>();
  const id = fieldIdOf(name);
  return (
    <div className="choice checkbox-field">
      <input type="checkbox" id={id} {...register(name)} aria-describedby={description ? `${id}-description` : undefined} />
      <div className="choice-text">
        <label htmlFor={id}>{label}</label>
        {description ? (
          <p className="choice-description" id={`${id}-description`}>
            {description}
          </p>
        ) : null}
      </div>
    </div>
  );
}
