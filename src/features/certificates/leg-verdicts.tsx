import { useFormContext } from 'react-hook-form';
import type { Plan } from '../../domain/plan/schema';
import { ui } from '#words/ui';
import { shelfUi } from '#words/ui-certificates';
import { ModelDiagram, VerdictLegend } from '../../components/model-diagram';
import type { WordedEvaluation, WordedFinding } from '../../state/inspector/word-results';
import { encryptedToggleOf } from '../../domain/checks/encrypted-toggle';
import { useJudgedVerdicts } from '../../state/shelf/verdict-feed';
import { errorsFirst } from './verdict-order';

const words = shelfUi.legs;

/** Every connection of the plan: its verdict in words, then what is wrong and how to fix it. */
export function LegVerdicts({ plan, evaluation }: { plan: Plan; evaluation: WordedEvaluation | null }) {
  const judged = useJudgedVerdicts(plan.model);
  return (
    <section className="legs" aria-labelledby="shelf-legs-title">
      <h3 className="shelf-section-title" id="shelf-legs-title">
        {words.title}
      </h3>
      {evaluation ? (
        <>
          <ModelDiagram model={plan.model} judged={judged} />
          <VerdictLegend />
          <ul className="leg-list">
            {evaluation.legs.map((leg) => (
              <li key={leg.id} className={`leg leg-${leg.verdict}`} aria-labelledby={`leg-${leg.id}`}>
                <p className="leg-head">
                  <span className="leg-name" id={`leg-${leg.id}`}>
                    {leg.name}
                  </span>
                  <span className={`verdict verdict-${leg.verdict}`}>{ui.certificates.verdicts[leg.verdict]}</span>
                </p>
                {leg.findings.length > 0 ? (
                  <ul className="finding-list">
                    {errorsFirst(leg.findings).map((finding, i) => (
                      <FindingItem key={i} finding={finding} />
                    ))}
                  </ul>
                ) : null}
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p className="muted">{words.waiting}</p>
      )}
    </section>
  );
}

function FindingItem({ finding }: { finding: WordedFinding }) {
  const { setValue } = useFormContext<Plan>();
  const toggle = encryptedToggleOf(finding);
  return (
    <li className={`finding finding-${finding.severity}`}>
      <span className="finding-severity">{words.severity[finding.severity]}:</span> {finding.text}
      {toggle ? (
        <button
          type="button"
          className="button button-small finding-fix"
          onClick={() => setValue(`certs.encrypted.${toggle}`, true, { shouldDirty: true, shouldValidate: true })}
        >
          {words.turnOnEncrypted}
        </button>
      ) : null}
    </li>
  );
}
