import { useEffect } from 'react';
import { useFormContext } from 'react-hook-form';
import { CLIENT_AUTH, MODEL_FACTS, TLS_MODES } from '../../domain/catalog/models';
import type { Plan } from '../../domain/plan/schema';
import { ui } from '#words/ui';
import { usePlanValues } from '../../state/plan-form/use-plan-values';
import { CheckboxField } from './fields/checkbox-field';
import { ChoiceField } from './fields/choice-field';
import { ModelField } from './model-field';
import { asked } from './asked';

export function ModelStep() {
  const { setValue, trigger } = useFormContext<Plan>();
  const plan = usePlanValues();
  const shown = asked(plan);
  const labAllowed = MODEL_FACTS[plan.model].lab;
  const refusedMutual = plan.tls === 'mutual' && !MODEL_FACTS[plan.model].mutualFleet;

  // A refusal (mutual on Elastic Cloud, lab without a self-managed Fleet Server) is said
  // at once, not only after "Next": it explains a choice just made.
  useEffect(() => {
    void trigger('tls');
  }, [plan.model, plan.tls, trigger]);

  return (
    <>
      <ModelField />
      {shown.has('proxy.frontsElasticsearch') ? (
        <ChoiceField<boolean>
          name="proxy.frontsElasticsearch"
          legend={ui.model.frontsEs.legend}
          description={ui.model.frontsEs.description}
          choices={[
            { value: true, label: ui.model.frontsEs.yes },
            { value: false, label: ui.model.frontsEs.no },
          ]}
        />
      ) : null}
      <ChoiceField
        name="tls"
        legend={ui.tls.legend}
        choices={TLS_MODES.map((mode) => ({
          value: mode,
          label: ui.tls.names[mode],
          description: mode === 'lab' && !labAllowed ? `${ui.tls.descriptions.lab} ${ui.tls.labNotHere}` : ui.tls.descriptions[mode],
          disabled: mode === 'lab' && !labAllowed && plan.tls !== 'lab',
        }))}
        after={
          refusedMutual ? (
            <button
              type="button"
              className="button button-primary"
              onClick={() => setValue('model', 'cloud-fleet-proxy', { shouldDirty: true, shouldValidate: true })}
            >
              {ui.tls.switchToProxy}
            </button>
          ) : null
        }
      />
      {plan.tls === 'lab' && labAllowed ? <LabExplained /> : null}
      {shown.has('clientAuth') ? (
        <>
          <ChoiceField
            name="clientAuth"
            legend={ui.tls.clientAuth.legend}
            description={ui.tls.clientAuth.description}
            choices={CLIENT_AUTH.map((value) => ({
              value,
              label: ui.tls.clientAuth.names[value],
              description: ui.tls.clientAuth.descriptions[value],
            }))}
          />
          {shown.has('mutualFleetServerEs') ? (
            <CheckboxField name="mutualFleetServerEs" label={ui.tls.mutualFleetServerEs.label} description={ui.tls.mutualFleetServerEs.description} />
          ) : null}
          {shown.has('mutualOutput') ? (
            <CheckboxField name="mutualOutput" label={ui.tls.mutualOutput.label} description={ui.tls.mutualOutput.description} />
          ) : null}
        </>
      ) : null}
    </>
  );
}

function LabExplained() {
  const words = ui.tls.labExplained;
  return (
    <section className="callout callout-warning" aria-labelledby="lab-explained-title">
      <h3 id="lab-explained-title">{words.title}</h3>
      <ul>
        <li>{words.covers}</li>
        <li>{words.notFleetEs}</li>
        <li>{words.notOutput}</li>
        <li>{words.traffic}</li>
      </ul>
    </section>
  );
}
