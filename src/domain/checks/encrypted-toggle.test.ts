import { describe, expect, test } from 'vitest';
import { encryptedToggleOf } from './encrypted-toggle';

describe('encryptedToggleOf', () => {
  test('the finding about an encrypted key names the toggle to turn on; other findings none', () => {
    expect(
      encryptedToggleOf({
        code: 'key-encrypted-toggle-off',
        severity: 'error',
        leg: 'agent-fleet',
        roles: ['fleetServerKey'],
        params: { keyFile: 'fleet-server.key', flag: '--fleet-server-cert-key-passphrase' },
      }),
    ).toBe('fleetServerKey');
    expect(
      encryptedToggleOf({
        code: 'key-encrypted-no-passphrase-flag',
        severity: 'error',
        leg: 'fleet-es',
        roles: ['fleetServerEsKey'],
        params: { keyFile: 'fleet-server-es.key' },
      }),
    ).toBeNull();
    expect(
      encryptedToggleOf({
        code: 'key-mismatch',
        severity: 'error',
        leg: 'agent-fleet',
        roles: ['agentKey'],
        params: { keyFile: 'agent.key', file: 'agent.crt' },
      }),
    ).toBeNull();
  });
});
