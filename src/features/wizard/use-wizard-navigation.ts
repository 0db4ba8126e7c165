import { useCallback, useState } from 'react';
import { flushSync } from 'react-dom';
import { useFormContext } from 'react-hook-form';
import type { Plan } from '../../domain/plan/schema';
import type { PlanIssue } from '../../domain/plan/plan-issue';
import { focusById } from '../../lib/focus-element';
import { fieldIdOf, fieldNameOf } from '../../state/plan-form/field-name';
import { planIssues } from '../../state/plan-form/plan-issues';
import { STEPS, STEP_FIELDS, stepIndex, stepOfPath, type StepId } from './steps';

export interface WizardNavigation {
  step: StepId;
  /** Steps whose fields have been checked ("Next", "Check all answers", a summary link). */
  checked: ReadonlySet<StepId>;
  goTo: (step: StepId) => void;
  next: () => Promise<void>;
  back: () => void;
  finish: () => Promise<boolean>;
  /** Opens the step that shows an issue's field, shows its error and focuses the field. */
  goToIssue: (issue: PlanIssue) => void;
  /** After an opened plan or an example: back to the first step, nothing checked. */
  restart: () => void;
}

export const stepHeadingId = (step: StepId) => `step-heading-${step}`;

export function useWizardNavigation(): WizardNavigation {
  const { trigger, getValues } = useFormContext<Plan>();
  const [step, setStep] = useState<StepId>('model');
  const [checked, setChecked] = useState<ReadonlySet<StepId>>(new Set());

  const show = useCallback((target: StepId, focusId: string) => {
    flushSync(() => setStep(target));
    if (!focusById(focusId)) focusById(stepHeadingId(target));
  }, []);

  const markChecked = useCallback((steps: readonly StepId[]) => {
    setChecked((prev) => new Set([...prev, ...steps]));
  }, []);

  const firstIssueField = useCallback(
    (inStep?: StepId) => {
      const values = getValues();
      const issue = planIssues(values).find((i) => !inStep || stepOfPath(i.path) === inStep);
      return issue ? { step: stepOfPath(issue.path), id: fieldIdOf(fieldNameOf(issue.path, values)) } : null;
    },
    [getValues],
  );

  const next = useCallback(async () => {
    markChecked([step]);
    const valid = await trigger([...STEP_FIELDS[step]]);
    const target = firstIssueField(step);
    if (!valid && target) {
      focusById(target.id);
      return;
    }
    const following = STEPS[stepIndex(step) + 1];
    if (following) show(following, stepHeadingId(following));
  }, [firstIssueField, markChecked, show, step, trigger]);

  const finish = useCallback(async () => {
    markChecked(STEPS);
    const valid = await trigger();
    const target = firstIssueField();
    if (!valid && target) {
      show(target.step, target.id);
      return false;
    }
    return true;
  }, [firstIssueField, markChecked, show, trigger]);

  const back = useCallback(() => {
    const previous = STEPS[stepIndex(step) - 1];
    if (previous) show(previous, stepHeadingId(previous));
  }, [show, step]);

  const goTo = useCallback((target: StepId) => show(target, stepHeadingId(target)), [show]);

  const goToIssue = useCallback(
    (issue: PlanIssue) => {
      const target = stepOfPath(issue.path);
      markChecked([target]);
      void trigger([...STEP_FIELDS[target]]);
      show(target, fieldIdOf(fieldNameOf(issue.path, getValues())));
    },
    [getValues, markChecked, show, trigger],
  );

  const restart = useCallback(() => {
    setStep('model');
    setChecked(new Set());
  }, []);

  return { step, checked, goTo, next, back, finish, goToIssue, restart };
}
