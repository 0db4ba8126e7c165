import { expect, test } from 'vitest';
import { CERT_ROLES } from '../../domain/catalog/roles';
import { SERVER_ROLES } from '../../domain/inspect/shelf';
import { roleLabel } from './role-label';

test('every role has a label, the plan’s roles the Certificates step’s own', () => {
  expect(roleLabel('fleetServerCert')).toBe('Fleet Server certificate');
  expect(roleLabel('esServerCert')).toBe('Elasticsearch’s HTTP certificate');
  const labels = [...CERT_ROLES, ...SERVER_ROLES].map(roleLabel);
  expect(labels.every((l) => typeof l === 'string' && l.length > 0)).toBe(true);
});
