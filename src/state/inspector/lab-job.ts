import { zipSync, strToU8 } from 'fflate';
import { makeLab, LabStopped } from '../../domain/certs/write/make-lab';
import { labSpec } from '../../domain/lab/lab-spec';
import type { InspectRole } from '../../domain/inspect/shelf';
import { LAB_CANCELLED, type LabCheckFile, type LabRequest, type LabResult } from './lab-protocol';

/**
 * A lab PKI for the plan, made in the inspector worker (it shares the ASN.1 layers the
 * reader loaded there): the keys with WebCrypto, the certificates, the ZIP. Loaded with the
 * first lab asked for. `stopped` is polled between key pairs; `progress` is told after each.
 */
export async function runLab(req: LabRequest, progress: (done: number, total: number) => void, stopped: () => boolean): Promise<LabResult> {
  const spec = labSpec(req.plan, { cas: req.cas, keyType: req.keyType });
  let made;
  try {
    made = await makeLab(spec, { now: new Date(req.now), validityDays: req.validityDays, onProgress: progress, stopped });
  } catch (error) {
    throw error instanceof LabStopped ? new Error(LAB_CANCELLED) : error;
  }
  const files = [...made.files].map(([path, content]) => ({ path, content }));
  const zip = zipSync(Object.fromEntries(files.map((f) => [f.path, strToU8(f.content)])), { level: 6, mtime: new Date(req.now) });
  const checkFiles: LabCheckFile[] = [];
  for (const file of [...spec.cas.flatMap((c) => c.files), ...spec.leaves.flatMap((l) => [l.cert, l.key])]) {
    const content = made.files.get(file.name);
    if (content === undefined || checkFiles.some((f) => f.name === file.name)) continue;
    checkFiles.push({ name: file.name, content, roles: file.roles as readonly InspectRole[] });
  }
  return {
    zip: zip.buffer as ArrayBuffer,
    zipName: 'fleet-tls-lab.zip',
    paths: files.map((f) => f.path),
    certificates: [
      ...spec.cas.map((c) => ({ id: c.id, commonName: c.commonName, names: [], eku: [], key: keyName(c.keyType), signedBy: null, days: req.validityDays })),
      ...spec.leaves.map((l) => ({
        id: l.id,
        commonName: l.commonName,
        names: [...l.dns, ...l.ips],
        eku: l.eku,
        key: keyName(l.keyType),
        signedBy: l.signedBy,
        days: req.validityDays,
      })),
    ],
    checkFiles,
  };
}

function keyName(type: LabRequest['keyType']): string {
  return type.kind === 'RSA' ? `RSA ${type.bits}` : `ECDSA ${type.curve}`;
}
