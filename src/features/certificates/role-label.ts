import type { InspectRole } from '../../domain/inspect/shelf';
import { stepsUi } from '#words/ui-steps';
import { shelfUi } from '#words/ui-certificates';

/** A role by the name the Certificates step gives its file; the other ends' certificates by theirs. */
export function roleLabel(role: InspectRole): string {
  return role in stepsUi.roles
    ? stepsUi.roles[role as keyof typeof stepsUi.roles].label
    : shelfUi.files.serverRoles[role as keyof typeof shelfUi.files.serverRoles];
}
