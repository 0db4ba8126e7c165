import type { ReactNode } from 'react';
import { useFormContext, type FieldPath } from 'react-hook-form';
import { Field } from '../../../components/field';
import type { Plan } from '../../../domain/plan/schema';
import { fieldIdOf } from '../../../state/plan-form/field-name';
import { useFieldErrors } from '../../../state/plan-form/use-field-errors';

interface SelectFieldProps {
  name: FieldPath<Plan>;
  label: ReactNode;
  description?: ReactNode;
  options: readonly { value: string; label: string }[];
}

export function SelectField({ name, label, description, options }: SelectFieldProps) {
  const { register } = useFormContext<Plan>();
  const errors = useFieldErrors(name);
  return (
    <Field id={fieldIdOf(name)} label={label} description={description} errors={errors}>
      {(control) => (
        <select {...control} {...register(name)} className="input input-medium">
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
