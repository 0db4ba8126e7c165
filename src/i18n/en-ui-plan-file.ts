/**
 * Why a plan file or an example could not be opened. Loaded with the plan reader (zod),
 * only when a file is opened, not with the page (ADR 3).
 */
export const openErrors = {
  'not-json': (name: string) => `“${name}” is not a plan: it is not JSON. Your answers are unchanged.`,
  'not-a-plan': (name: string) =>
    `“${name}” is JSON but not a Fleet TLS Wizard plan (it has no version). Your answers are unchanged.`,
  'newer-version': (name: string, version: number, supported: number) =>
    `“${name}” was saved by a newer release of this wizard (plan format ${version}; this one reads up to ${supported}). Open it with the newer release. Your answers are unchanged.`,
  'unsupported-version': (name: string, version: number) =>
    `“${name}” uses plan format ${version}, which this release can no longer read. Your answers are unchanged.`,
  'invalid-fields': (name: string, fields: string) =>
    `“${name}” is a plan, but these answers in it are not valid: ${fields}. Your answers are unchanged.`,
};
