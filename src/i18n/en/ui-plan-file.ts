import type { OpenPlanError, OpenPlanNotice } from '../../domain/plan/open-plan';

/**
 * Why a plan file or an example could not be opened, naming it, and what was left out
 * of one that opened. Shared by the page and the command line; loaded with the plan
 * reader (zod), only when a file is opened, not with the page (ADR 3).
 */
export function openPlanErrorText(name: string, error: OpenPlanError, supported: number): string {
  switch (error.code) {
    case 'not-json':
      return `“${name}” is not a plan: it is not JSON.`;
    case 'not-a-plan':
      return `“${name}” is JSON but not a Fleet TLS Wizard plan (it has no version).`;
    case 'too-large':
      return `“${name}” is ${Math.ceil(error.bytes / 1024)} KB; a plan is a few KB (the limit is ${error.maxBytes / 1024} KB). It was not read.`;
    case 'newer-version':
      return `“${name}” was saved by a newer release of this wizard (plan format ${error.version}; this one reads up to ${supported}). Open it with the newer release.`;
    case 'unsupported-version':
      return `“${name}” uses plan format ${error.version}, which this release can no longer read.`;
    case 'control-characters':
      return `“${name}” holds line breaks or control characters in ${list(error.fields)}; plan values never do. It was not opened.`;
    case 'invalid-fields':
      return `“${name}” is a plan, but these answers in it are not valid: ${list(error.fields)}.`;
  }
}

function list(fields: readonly string[]): string {
  return fields.slice(0, 6).join(', ') + (fields.length > 6 ? ', …' : '');
}

export const openPlanNotices: Record<OpenPlanNotice, string> = {
  'tokens-removed': 'It carried tokens; they were left out. Tokens never come from a file: type them in the wizard.',
};

export const answersUnchanged = 'Your answers are unchanged.';
