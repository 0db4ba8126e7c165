/** makeLab tells its caller after each key pair, and stops between key pairs when asked (the UI's Cancel). */
import { describe, expect, it } from 'vitest';
import { LabStopped, makeLab, type CaToWrite, type LeafToWrite } from './make-lab';

const EC = { kind: 'EC', curve: 'P-256' } as const;
const ca: CaToWrite = { id: 'lab', commonName: 'Lab CA', keyType: EC, files: [{ name: 'ca.crt' }] };
const leaf = (id: string): LeafToWrite => ({
  id,
  commonName: id,
  dns: [`${id}.example.com`],
  ips: [],
  eku: ['serverAuth'],
  keyType: EC,
  signedBy: 'lab',
  chain: false,
  cert: { name: `${id}.crt` },
  key: { name: `${id}.key` },
});
const spec = { cas: [ca], leaves: [leaf('a'), leaf('b')] };
const options = { now: new Date('2026-11-29T12:00:00Z'), validityDays: 30 };

describe('makeLab progress and stop', () => {
  it('reports each key pair made, in order, out of the total', async () => {
    const seen: string[] = [];
    await makeLab(spec, { ...options, onProgress: (done, total) => seen.push(`${done}/${total}`) });
    expect(seen).toEqual(['1/3', '2/3', '3/3']);
  });

  it('stops before the next key pair once asked, rejecting with LabStopped', async () => {
    let made = 0;
    const lab = makeLab(spec, { ...options, onProgress: (done) => (made = done), stopped: () => made >= 1 });
    await expect(lab).rejects.toBeInstanceOf(LabStopped);
    expect(made).toBe(1);
  });
});
