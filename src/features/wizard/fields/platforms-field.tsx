import { useController } from 'react-hook-form';
import { Fieldset } from '../../../components/fieldset';
import { PLATFORMS, type Platform } from '../../../domain/catalog/platforms';
import type { Plan } from '../../../domain/plan/schema';
import { ui } from '#words/ui';
import { stepsUi } from '#words/ui-steps';
import { fieldIdOf } from '../../../state/plan-form/field-name';
import { useFieldErrors } from '../../../state/plan-form/use-field-errors';

/** The agent platforms as checkboxes; the list keeps the catalogue's order. */
export function PlatformsField() {
  const name = 'agents.platforms';
  const { field } = useController<Plan, typeof name>({ name });
  const errors = useFieldErrors(name);
  const id = fieldIdOf(name);
  const chosen = new Set<Platform>(field.value);
  const toggle = (platform: Platform, on: boolean) => {
    const next = new Set(chosen);
    if (on) next.add(platform);
    else next.delete(platform);
    field.onChange(PLATFORMS.filter((p) => next.has(p)));
  };
  return (
    <Fieldset id={id} legend={stepsUi.hosts.platforms.legend} description={stepsUi.hosts.platforms.description} errors={errors} className="choices">
      {({ 'aria-invalid': invalid }) => (
        <div className="checkbox-grid">
          {PLATFORMS.map((platform, i) => (
            <div className="choice" key={platform}>
              <input
                type="checkbox"
                id={`${id}-${platform}`}
                ref={i === 0 ? field.ref : undefined}
                checked={chosen.has(platform)}
                aria-invalid={invalid}
                onChange={(e) => toggle(platform, e.target.checked)}
                onBlur={field.onBlur}
              />
              <label htmlFor={`${id}-${platform}`}>{ui.platforms[platform]}</label>
            </div>
          ))}
        </div>
      )}
    </Fieldset>
  );
}
