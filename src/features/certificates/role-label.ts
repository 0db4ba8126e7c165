import type { InspectRole } from '../../domain/inspect/shelf';
import { stepsUi } from '../../i18n/en-ui-steps';
import { shelfUi } from '../../i18n/en-ui-certificates';

/** A role by the name the Certificates step gives its file; the other ends' certificates by theirs. */
export function roleLabel(role: InspectRole): string {
  return role in stepsUi.roles ? stepsUi.roles[role as keyof typeof stepsUi.roles].label : shelfUi.files.serverRoles[role as keyof typeof shelfUi.files.serverRoles];
}
