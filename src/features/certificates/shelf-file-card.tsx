import { useId } from 'react';
import type { AssignmentOverrides } from '../../domain/verdict/evaluate';
import type { Assignments, InspectRole } from '../../domain/inspect/shelf';
import { shelfUi } from '#words/ui-certificates';
import { rolesOfFile } from '../../domain/inspect/assignable-roles';
import { FileItems } from './file-items';
import { FilePassword } from './file-password';
import { FileProblems } from './file-problems';
import { roleLabel } from './role-label';
import { RoleSelect } from './role-select';
import { isReading, type ShelfEntry } from '../../state/shelf/shelf-store';
import { FILES_HEADING_ID, shelf } from '../../state/shelf/use-shelf';

const words = shelfUi.files;

interface ShelfFileCardProps {
  entry: ShelfEntry;
  roles: readonly InspectRole[];
  assignments: Assignments;
  overrides: AssignmentOverrides;
  unused: boolean;
}

/** Removes a file; focus goes to the list's heading rather than to nowhere. */
function removeAndKeepFocus(id: string) {
  shelf.remove(id);
  document.getElementById(FILES_HEADING_ID)?.focus();
}

/** One file: its name and kind, what is wrong with it, the roles it plays, what it holds. */
export function ShelfFileCard({ entry, roles, assignments, overrides, unused }: ShelfFileCardProps) {
  const id = useId();
  const decoded = entry.decoded;
  const playing = rolesOfFile(entry.id, assignments, roles);
  const needsPassword = decoded?.problems.some((p) => p.code === 'password-needed' || p.code === 'password-wrong') ?? false;
  const usable = (decoded?.items.length ?? 0) > 0;
  return (
    <article className="shelf-file" aria-labelledby={`${id}-name`} aria-busy={isReading(entry) || entry.unlocking}>
      <header className="shelf-file-head">
        <h4 className="shelf-file-name" id={`${id}-name`}>
          {entry.name}
        </h4>
        {decoded ? <span className="shelf-file-kind">{shelfUi.files.containers[decoded.container]}</span> : null}
        <button
          type="button"
          className="button button-small button-quiet shelf-file-remove"
          aria-label={words.removeLabel(entry.name)}
          onClick={() => removeAndKeepFocus(entry.id)}
        >
          {words.remove}
        </button>
      </header>
      {isReading(entry) ? (
        <p className="muted shelf-file-busy">
          {words.reading}{' '}
          <button type="button" className="button button-small" aria-label={words.stopReadingLabel(entry.name)} onClick={() => void shelf.stop(entry.id)}>
            {words.stop}
          </button>
        </p>
      ) : null}
      {entry.trouble ? <p className="shelf-file-problem">{words.trouble[entry.trouble]}</p> : null}
      <FileProblems texts={entry.problemTexts} />
      {needsPassword ? <FilePassword entry={entry} /> : null}
      {usable ? (
        <>
          <p className="shelf-file-roles">
            {playing.length > 0 ? (
              <>
                <span className="shelf-file-roles-label">{words.playsLabel}</span> {playing.map(roleLabel).join('; ')}
              </>
            ) : (
              words.notUsed
            )}
          </p>
          {roles.length > 0 ? <RoleSelect entry={entry} roles={roles} playing={playing} overrides={overrides} unused={unused} /> : null}
        </>
      ) : null}
      {decoded && usable ? <FileItems items={decoded.items} /> : null}
      {decoded && !usable && decoded.problems.length === 0 ? <p className="muted">{words.noItems}</p> : null}
    </article>
  );
}
