import { useFormContext, type FieldPath, type RegisterOptions } from 'react-hook-form';
import type { ReactNode } from 'react';
import { Field } from '../../../components/field';
import type { Plan } from '../../../domain/plan/schema';
import { fieldIdOf } from '../../../state/plan-form/field-name';
import { useFieldErrors } from '../../../state/plan-form/use-field-errors';

interface TextFieldProps {
  name: FieldPath<Plan>;
  label: ReactNode;
  description?: ReactNode;
  type?: 'text' | 'password' | 'number' | 'url';
  multiline?: boolean;
  placeholder?: string;
  /** Monospace for paths, URLs, PEM and tokens. */
  code?: boolean;
  inputMode?: 'text' | 'numeric' | 'url' | 'decimal';
  options?: RegisterOptions<Plan, FieldPath<Plan>>;
  width?: 'short' | 'medium' | 'full';
}

/** A text input (or textarea) bound to one plan field, with its label, hint and errors. */
export function TextField({ name, label, description, type = 'text', multiline, placeholder, code, inputMode, options, width = 'full' }: TextFieldProps) {
  const { register } = useFormContext<Plan>();
  const errors = useFieldErrors(name);
  const className = ['input', code ? 'input-code' : '', `input-${width}`].filter(Boolean).join(' ');
  return (
    <Field id={fieldIdOf(name)} label={label} description={description} errors={errors}>
      {(control) =>
        multiline ? (
          <textarea {...control} {...register(name, options)} className={className} rows={6} spellCheck={false} placeholder={placeholder} />
        ) : (
          <input
            {...control}
            {...register(name, options)}
            className={className}
            type={type}
            inputMode={inputMode}
            placeholder={placeholder}
            spellCheck={false}
            autoCapitalize="off"
            autoCorrect="off"
            // Secrets are never offered to the browser's autofill or to password managers.
            autoComplete="off"
            data-1p-ignore={type === 'password' ? '' : undefined}
            data-lpignore={type === 'password' ? 'true' : undefined}
          />
        )
      }
    </Field>
  );
}
