import type { LegCheck } from './leg-check';

/** Without the files, a connection cannot be judged: say which ones to bring. */
export const filesMissing: LegCheck = (e) =>
  e.missing.map((role) => ({ code: 'file-missing', severity: 'info', leg: e.leg.id, roles: [role], params: { role } }));
