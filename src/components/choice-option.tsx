import type { ReactNode, Ref } from 'react';

interface ChoiceOptionProps {
  id: string;
  name: string;
  checked: boolean;
  label: ReactNode;
  description?: ReactNode;
  disabled?: boolean | undefined;
  invalid?: boolean | undefined;
  inputRef?: Ref<HTMLInputElement> | undefined;
  onChange: () => void;
  onBlur?: (() => void) | undefined;
}

/** One radio option of a choice list: its label and, when it has one, the description its input is described by. */
export function ChoiceOption({ id, name, checked, label, description, disabled, invalid, inputRef, onChange, onBlur }: ChoiceOptionProps) {
  return (
    <div className="choice" data-disabled={disabled ? '' : undefined}>
      <input
        type="radio"
        id={id}
        name={name}
        ref={inputRef}
        checked={checked}
        disabled={disabled}
        aria-invalid={invalid}
        aria-describedby={description ? `${id}-description` : undefined}
        onChange={onChange}
        onBlur={onBlur}
      />
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
