import { useId } from 'react';
import { useController } from 'react-hook-form';
import { Fieldset } from '../../components/fieldset';
import { DiagramLegend, ModelDiagram } from '../../components/model-diagram';
import { DEPLOYMENT_MODELS, type DeploymentModel } from '../../domain/catalog/models';
import type { Plan } from '../../domain/plan/schema';
import { ui } from '#words/ui';
import { fieldIdOf } from '../../state/plan-form/field-name';
import { useFieldErrors } from '../../state/plan-form/use-field-errors';
import { useAnyVerdicts, useJudgedVerdicts } from '../../state/shelf/verdict-feed';

/** The four deployment models as radio cards, each with its diagram. */
export function ModelField() {
  const { field } = useController<Plan, 'model'>({ name: 'model' });
  const errors = useFieldErrors('model');
  const id = fieldIdOf('model');
  const base = useId();
  const judged = useAnyVerdicts();
  return (
    <Fieldset id={id} legend={ui.model.legend} errors={errors} className="choices">
      {() => (
        <>
          <div className="model-cards">
            {DEPLOYMENT_MODELS.map((model, i) => {
              const optionId = `${id}-${model}`;
              const nameId = `${base}-${model}-name`;
              const summaryId = `${base}-${model}-summary`;
              const checked = field.value === model;
              return (
                <label className="model-card" key={model} htmlFor={optionId} data-checked={checked ? '' : undefined}>
                  <span className="model-card-head">
                    <input
                      type="radio"
                      id={optionId}
                      name={field.name}
                      ref={i === 0 ? field.ref : undefined}
                      checked={checked}
                      aria-labelledby={nameId}
                      aria-describedby={summaryId}
                      onChange={() => field.onChange(model)}
                      onBlur={field.onBlur}
                    />
                    <span className="model-card-name" id={nameId}>
                      {ui.model.names[model]}
                    </span>
                  </span>
                  <JudgedModelDiagram model={model} />
                  <span className="model-card-summary" id={summaryId}>
                    {ui.model.summaries[model]}
                  </span>
                </label>
              );
            })}
          </div>
          <DiagramLegend judged={judged} />
        </>
      )}
    </Fieldset>
  );
}

/** A model's picture, its connections coloured once the files are judged for a plan of that model. */
function JudgedModelDiagram({ model }: { model: DeploymentModel }) {
  return <ModelDiagram model={model} judged={useJudgedVerdicts(model)} />;
}
