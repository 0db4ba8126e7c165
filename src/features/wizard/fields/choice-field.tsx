import type { ReactNode } from 'react';
import { useController, type FieldPath } from 'react-hook-form';
import { ChoiceOption } from '../../../components/choice-option';
import { Fieldset } from '../../../components/fieldset';
import type { Plan } from '../../../domain/plan/schema';
import { fieldIdOf } from '../../../state/plan-form/field-name';
import { useFieldErrors } from '../../../state/plan-form/use-field-errors';

export interface Choice<T> {
  value: T;
  label: ReactNode;
  description?: ReactNode;
  disabled?: boolean;
}

interface ChoiceFieldProps<T extends string | boolean> {
  name: FieldPath<Plan>;
  legend: ReactNode;
  description?: ReactNode;
  choices: readonly Choice<T>[];
  /** Shown under the options, e.g. a refusal with a way out. */
  after?: ReactNode;
  layout?: 'stack' | 'row';
  /** Runs after the value changes (e.g. to seed a field the new choice reveals). */
  onChoose?: (value: T) => void;
}

/** One choice among a few, as radio buttons (values may be strings or booleans). */
export function ChoiceField<T extends string | boolean>({ name, legend, description, choices, after, layout = 'stack', onChoose }: ChoiceFieldProps<T>) {
  const { field } = useController<Plan>({ name });
  const errors = useFieldErrors(name);
  const id = fieldIdOf(name);
  return (
    <Fieldset id={id} legend={legend} description={description} errors={errors} className={`choices choices-${layout}`}>
      {({ 'aria-invalid': invalid }) => (
        <>
          <div className="choice-list">
            {choices.map((choice, i) => {
              const optionId = `${id}-${i}`;
              return (
                <ChoiceOption
                  key={String(choice.value)}
                  id={optionId}
                  name={field.name}
                  inputRef={i === 0 ? field.ref : undefined}
                  checked={field.value === choice.value}
                  label={choice.label}
                  description={choice.description}
                  disabled={choice.disabled}
                  invalid={invalid}
                  onChange={() => {
                    field.onChange(choice.value);
                    onChoose?.(choice.value);
                  }}
                  onBlur={field.onBlur}
                />
              );
            })}
          </div>
          {after}
        </>
      )}
    </Fieldset>
  );
}
