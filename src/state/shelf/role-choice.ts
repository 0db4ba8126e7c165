import type { AssignmentOverrides } from '../../domain/verdict/evaluate';
import type { InspectRole } from '../../domain/inspect/shelf';

/** What a file's "Use as" select offers: one of the plan's roles, or not used at all. */
export type RoleChoice = InspectRole | 'none';

/** The role the select shows: the user's own choice for this file first, then the evidence's. */
export function shownChoice(fileId: string, overrides: AssignmentOverrides, playing: readonly InspectRole[]): RoleChoice {
  return playing.find((r) => overrides[r] === fileId) ?? playing[0] ?? 'none';
}

/**
 * The user picked `choice` for a file. Their earlier choice for it is replaced; the file
 * takes the role (from whichever file had it). "Not used" only drops the file's choices:
 * the shelf store then keeps the file out of the evidence, so its roles stay open to
 * other files, now and after it is removed.
 */
export function chooseRole(overrides: AssignmentOverrides, fileId: string, choice: RoleChoice): AssignmentOverrides {
  const next: AssignmentOverrides = {};
  for (const [role, id] of Object.entries(overrides) as [InspectRole, string | null][]) if (id !== fileId) next[role] = id;
  if (choice !== 'none') next[choice] = fileId;
  return next;
}
