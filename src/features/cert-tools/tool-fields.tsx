import type { ReactNode, Ref } from 'react';
import { ChoiceOption } from '../../components/choice-option';
import { Field } from '../../components/field';
import { KEY_TYPES, keyTypeLabel } from '../../domain/certs/write/key-types';

/** Radio buttons inside a Fieldset, as the wizard's choices look; a choice may carry a description. */
export function RadioList<T extends string>(props: {
  name: string;
  value: T;
  disabled?: boolean;
  onChange: (value: T) => void;
  choices: readonly { value: T; label: string; description?: string }[];
}) {
  return (
    <div className="choice-list">
      {props.choices.map((choice) => (
        <ChoiceOption
          key={choice.value}
          id={`${props.name}-${choice.value}`}
          name={props.name}
          checked={props.value === choice.value}
          label={choice.label}
          description={choice.description}
          disabled={props.disabled}
          onChange={() => props.onChange(choice.value)}
        />
      ))}
    </div>
  );
}

/** The key type choice of the lab and the requests (ids as the CLI's `--key` takes them). */
export function KeyTypeField(props: { id: string; label: string; description: ReactNode; value: string; disabled?: boolean; onChange: (id: string) => void }) {
  return (
    <Field id={props.id} label={props.label} description={props.description}>
      {(control) => (
        <select {...control} className="input input-short" value={props.value} disabled={props.disabled} onChange={(e) => props.onChange(e.target.value)}>
          {KEY_TYPES.map((k) => (
            <option key={k.id} value={k.id}>
              {keyTypeLabel(k.type)}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

/** Days of validity, as typed: the error is said beside the field (validityDays decides). */
export function DaysField(props: {
  id: string;
  words: { label: string; description: string; invalid: string };
  value: string;
  valid: boolean;
  disabled?: boolean;
  onChange: (text: string) => void;
}) {
  return (
    <Field id={props.id} label={props.words.label} description={props.words.description} errors={props.valid ? [] : [props.words.invalid]}>
      {(control) => (
        <input
          {...control}
          className="input input-short"
          inputMode="numeric"
          value={props.value}
          disabled={props.disabled}
          onChange={(e) => props.onChange(e.target.value)}
        />
      )}
    </Field>
  );
}

/** A passphrase or password, never echoed or autofilled from another site's; its errors beside it. */
export function SecretField(props: {
  id: string;
  label: string;
  description: ReactNode;
  errors?: readonly string[];
  value: string;
  autoComplete: 'off' | 'new-password';
  disabled?: boolean;
  inputRef?: Ref<HTMLInputElement>;
  onChange: (text: string) => void;
}) {
  return (
    <Field id={props.id} label={props.label} description={props.description} errors={props.errors ?? []}>
      {(control) => (
        <input
          {...control}
          ref={props.inputRef}
          className="input"
          type="password"
          autoComplete={props.autoComplete}
          value={props.value}
          disabled={props.disabled}
          onChange={(e) => props.onChange(e.target.value)}
        />
      )}
    </Field>
  );
}
