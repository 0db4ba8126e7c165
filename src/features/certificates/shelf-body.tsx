import { useMemo } from 'react';
import type { Plan } from '../../domain/plan/schema';
import { shelfUi } from '#words/ui-certificates';
import { assignableRoles } from '../../domain/inspect/assignable-roles';
import { DropZone } from './drop-zone';
import { LegVerdicts } from './leg-verdicts';
import { PastePem } from './paste-pem';
import { PlanFillInsList } from './plan-fill-ins-list';
import { ShelfFileCard } from './shelf-file-card';
import { shelfFiles } from '../../state/shelf/shelf-store';
import { FILES_HEADING_ID, useShelf } from '../../state/shelf/use-shelf';

const words = shelfUi;

/** The open panel: add files, the connections' verdicts, then each file and its role. */
export default function ShelfBody({ plan }: { plan: Plan }) {
  const state = useShelf();
  const roles = useMemo(() => assignableRoles(plan), [plan]);
  const files = useMemo(() => shelfFiles(state), [state]);
  const evaluation = state.evaluation?.result ?? null;
  const assignments = evaluation?.assignments ?? {};
  return (
    <div className="shelf-body">
      <p className="shelf-intro">{words.intro}</p>
      <DropZone />
      <PastePem />
      {state.entries.length > 0 ? (
        <>
          <LegVerdicts plan={plan} evaluation={evaluation} />
          {evaluation ? <PlanFillInsList plan={plan} assignments={assignments} files={files} /> : null}
          <section className="shelf-files" aria-labelledby={FILES_HEADING_ID}>
            <h3 className="shelf-section-title" id={FILES_HEADING_ID} tabIndex={-1}>
              {words.files.title}
            </h3>
            <ul className="shelf-file-list">
              {state.entries.map((entry) => (
                <li key={entry.id}>
                  <ShelfFileCard entry={entry} roles={roles} assignments={assignments} overrides={state.overrides} unused={state.unused.includes(entry.id)} />
                </li>
              ))}
            </ul>
          </section>
        </>
      ) : null}
    </div>
  );
}
