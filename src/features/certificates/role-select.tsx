import { useId } from 'react';
import type { AssignmentOverrides } from '../../domain/verdict/evaluate';
import type { InspectRole } from '../../domain/inspect/shelf';
import { shelfUi } from '#words/ui-certificates';
import { shownChoice, type RoleChoice } from '../../state/shelf/role-choice';
import { roleLabel } from './role-label';
import type { ShelfEntry } from '../../state/shelf/shelf-store';
import { shelf } from '../../state/shelf/use-shelf';

const words = shelfUi.files;

interface RoleSelectProps {
  entry: ShelfEntry;
  roles: readonly InspectRole[];
  playing: readonly InspectRole[];
  overrides: AssignmentOverrides;
  unused: boolean;
}

/** "Use as": one of the plan's roles, or not used. The choice is the user's, kept as an override. */
export function RoleSelect({ entry, roles, playing, overrides, unused }: RoleSelectProps) {
  const id = useId();
  return (
    <div className="role-select">
      <label className="role-select-label" htmlFor={id}>
        <span aria-hidden="true">{words.useAs}</span>
        <span className="visually-hidden">{words.useAsHidden(entry.name)}</span>
      </label>
      <select
        id={id}
        className="input"
        value={unused ? 'none' : shownChoice(entry.id, overrides, playing)}
        onChange={(e) => shelf.chooseRole(entry.id, e.target.value as RoleChoice)}
      >
        <option value="none">{words.none}</option>
        {roles.map((role) => (
          <option key={role} value={role}>
            {roleLabel(role)}
          </option>
        ))}
      </select>
    </div>
  );
}
