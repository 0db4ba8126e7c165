import type { FlagName } from '../../catalog/flags';
import type { Arg } from '../script';

/** An `elastic-agent` flag; only flags in the catalogue can be written. */
export function flag(name: FlagName, value?: string): Arg {
  return value === undefined ? name : { flag: name, value };
}

/** Placeholders for what the user has not typed yet; quoted, they fail loudly if run as is. */
export const PLACEHOLDER = {
  fleetUrl: '<FLEET_SERVER_URL>',
  esUrl: '<ELASTICSEARCH_URL>',
  enrollmentToken: '<ENROLLMENT_TOKEN>',
  serviceToken: '<FLEET_SERVER_SERVICE_TOKEN>',
  fingerprint: '<CA_TRUSTED_FINGERPRINT>',
} as const;

export function orPlaceholder(value: string | undefined, placeholder: string): string {
  return value === undefined || value.trim() === '' ? placeholder : value.trim();
}
