import { useFormContext } from 'react-hook-form';
import { PLAN_LIMITS } from '../../domain/plan/limits';
import type { Plan } from '../../domain/plan/schema';
import { ui } from '#words/ui';
import { ExamplesMenu } from './examples-menu';
import './plan-file.css';

interface PlanToolbarProps {
  /** A plan was opened (file or example): the form is to show it. */
  onOpen: (plan: Plan, message: string) => void;
  onError: (message: string) => void;
}

/** Start from an example, open a saved plan, download this one. */
export function PlanToolbar({ onOpen, onError }: PlanToolbarProps) {
  const { getValues } = useFormContext<Plan>();

  const openFile = async (file: File) => {
    // A plan is a few KB: a larger file is refused before a byte of it is read.
    if (file.size > PLAN_LIMITS.fileBytes) {
      const { openPlanMessage } = await import('./open-plan-message');
      onError(openPlanMessage(file.name, { code: 'too-large', bytes: file.size, maxBytes: PLAN_LIMITS.fileBytes }));
      return;
    }
    let text: string;
    try {
      text = await file.text();
    } catch {
      onError(ui.planFile.readFailed(file.name));
      return;
    }
    // Reading plan files needs the zod schema: loaded on first use, not with the page.
    const { readPlanText } = await import('./read-plan-text');
    const result = readPlanText(text, file.name);
    if (result.ok) onOpen(result.plan, [ui.planFile.opened(file.name), ...result.notes].join(' '));
    else onError(result.message);
  };

  const download = async () => {
    const plan = getValues();
    const { downloadPlan } = await import('./download-plan');
    downloadPlan(plan);
  };

  return (
    <div className="plan-toolbar" role="group" aria-label={ui.planFile.toolbar}>
      <ExamplesMenu onOpen={onOpen} onError={onError} />
      <label className="button file-button">
        <input
          type="file"
          className="visually-hidden"
          accept=".json,application/json"
          onChange={(e) => {
            const file = e.target.files?.[0];
            // Reset so that choosing the same file again still opens it.
            e.target.value = '';
            if (file) void openFile(file);
          }}
        />
        {ui.planFile.open}
      </label>
      <button type="button" className="button" onClick={download} title={ui.planFile.downloadNote}>
        {ui.planFile.download}
      </button>
    </div>
  );
}
