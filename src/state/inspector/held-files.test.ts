import { describe, expect, test } from 'vitest';
import type { DecodedFile, DecodeInput } from '../../domain/certs/types';
import { decodeFixture, fixtureBytes, loadManifest } from '../../domain/certs/fixtures.test-helper';
import { createHeldFiles } from './held-files';

/** A decoder that says which bytes and password it saw, and finishes when told. */
function fakeDecoder() {
  const waiting: (() => void)[] = [];
  const decode = (input: DecodeInput) =>
    new Promise<DecodedFile>((resolve) =>
      waiting.push(() => resolve({ name: `${input.name}:${input.bytes.length}:${input.password ?? '-'}`, container: 'pem', items: [], problems: [] })),
    );
  return { decode, finish: () => waiting.splice(0).forEach((f) => f()) };
}

const bytes = (n: number) => new Uint8Array(n);

describe('the files the inspector worker holds', () => {
  test('an evaluation gets the decoded files asked for, in the order asked, and skips the others', async () => {
    const fake = fakeDecoder();
    const held = createHeldFiles(fake.decode);
    const a = held.decode('a', 'a.pem', bytes(1));
    const b = held.decode('b', 'b.pem', bytes(2));
    expect(held.shelfFiles(['a', 'b'])).toEqual([]); // nothing decoded yet
    fake.finish();
    await Promise.all([a, b]);
    expect(held.shelfFiles(['b', 'missing', 'a']).map((f) => f.decoded.name)).toEqual(['b.pem:2:-', 'a.pem:1:-']);
  });

  test('a password retries the same bytes, and what it opens replaces the earlier facts', async () => {
    const fake = fakeDecoder();
    const held = createHeldFiles(fake.decode);
    const first = held.decode('p', 'p.p12', bytes(3));
    fake.finish();
    await first;
    const unlocked = held.unlock('p', 'secret');
    fake.finish();
    expect((await unlocked).name).toBe('p.p12:3:secret');
    expect(held.shelfFiles(['p'])[0]?.decoded.name).toBe('p.p12:3:secret');
  });

  test('a forgotten file is out of every evaluation, even when its decoding ends afterwards', async () => {
    const fake = fakeDecoder();
    const held = createHeldFiles(fake.decode);
    const pending = held.decode('f', 'f.pem', bytes(1));
    held.forget('f');
    fake.finish();
    await pending;
    expect(held.shelfFiles(['f'])).toEqual([]);
    await expect(held.unlock('f', 'x')).rejects.toThrow('file no longer held');
  });

  test('with the real engine: a PKCS#12 holds nothing until its password opens it', async () => {
    const { passphrases } = loadManifest();
    const held = createHeldFiles();
    const closed = await held.decode('p12', 'fleet-server.p12', fixtureBytes('fleet-server.p12'));
    expect(closed.items).toEqual([]);
    await held.unlock('p12', passphrases.pkcs12);
    expect(held.shelfFiles(['p12'])[0]?.decoded).toEqual(await decodeFixture('fleet-server.p12', passphrases.pkcs12));
  });

  test('a conversion gets a held file’s name and bytes, without any password it was opened with; nothing once forgotten', async () => {
    const fake = fakeDecoder();
    const held = createHeldFiles(fake.decode);
    const data = Uint8Array.of(1, 2, 3);
    const opened = held.decode('k', 'k.key', data, 'secret');
    fake.finish();
    await opened;
    expect(held.source('k')).toEqual({ name: 'k.key', bytes: data });
    expect(held.source('missing')).toBeNull();
    held.forget('k');
    expect(held.source('k')).toBeNull();
  });

  test('with the real engine: what is held converts, once given the password it was not kept with', async () => {
    const { passphrases } = loadManifest();
    const held = createHeldFiles();
    await held.decode('p12', 'fleet-server.p12', fixtureBytes('fleet-server.p12'));
    await held.unlock('p12', passphrases.pkcs12);
    const { convert } = await import('../../domain/certs/convert/convert');
    const source = held.source('p12')!;
    expect((await convert(source, 'pkcs12-to-pem')).kind).toBe('refused');
    const result = await convert({ ...source, password: passphrases.pkcs12 }, 'pkcs12-to-pem');
    expect(result.kind === 'converted' ? result.outputs.map((o) => o.name) : result).toEqual(['fleet-server.crt', 'fleet-server.key', 'fleet-server-ca.crt']);
  });
});
