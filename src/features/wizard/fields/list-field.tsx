import { useState, type ReactNode } from 'react';
import { useController, type FieldPathByValue } from 'react-hook-form';
import { Field } from '../../../components/field';
import type { Plan } from '../../../domain/plan/schema';
import { fieldIdOf } from '../../../state/plan-form/field-name';
import { useFieldErrors } from '../../../state/plan-form/use-field-errors';
import { parseLines, textShows } from './list-lines';

interface ListFieldProps {
  name: FieldPathByValue<Plan, string[]>;
  label: ReactNode;
  description?: ReactNode;
  placeholder?: string;
}

/** A list of URLs or hosts as a one-per-line textarea. The text typed is kept as typed. */
export function ListField({ name, label, description, placeholder }: ListFieldProps) {
  const { field } = useController<Plan, typeof name>({ name });
  const errors = useFieldErrors(name);
  const value = field.value as string[];
  const [text, setText] = useState(() => value.join('\n'));
  // The list changed from outside (an opened plan, an example): show it.
  if (!textShows(text, value)) setText(value.join('\n'));
  return (
    <Field id={fieldIdOf(name)} label={label} description={description} errors={errors}>
      {(control) => (
        <textarea
          {...control}
          ref={field.ref}
          name={field.name}
          className="input input-code"
          rows={Math.min(Math.max(value.length + 1, 2), 6)}
          spellCheck={false}
          autoCapitalize="off"
          autoCorrect="off"
          placeholder={placeholder}
          value={text}
          onChange={(e) => {
            setText(e.target.value);
            field.onChange(parseLines(e.target.value));
          }}
          onBlur={field.onBlur}
        />
      )}
    </Field>
  );
}
