import type { OpenPlanError } from '../../domain/plan/open-plan';
import { PLAN_VERSION } from '../../domain/plan/plan-version';
import { openErrors } from '../../i18n/en-ui-plan-file';

/** Why a plan file could not be opened, in words, naming the file. */
export function openPlanMessage(fileName: string, error: OpenPlanError): string {
  const words = openErrors;
  switch (error.code) {
    case 'not-json':
      return words['not-json'](fileName);
    case 'not-a-plan':
      return words['not-a-plan'](fileName);
    case 'newer-version':
      return words['newer-version'](fileName, error.version, PLAN_VERSION);
    case 'unsupported-version':
      return words['unsupported-version'](fileName, error.version);
    case 'invalid-fields':
      return words['invalid-fields'](fileName, error.fields.slice(0, 6).join(', ') + (error.fields.length > 6 ? ', …' : ''));
  }
}
