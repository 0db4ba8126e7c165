import { strToU8, Zip, ZipPassThrough } from 'fflate';
import { randomPassphrase } from '../../domain/certs/write/encrypt-pkcs8';
import { LabStopped, makeLab } from '../../domain/certs/write/make-lab';
import { keyTypeLabel } from '../../domain/certs/write/key-types';
import { labInspectionFiles, labTree } from '../../domain/lab/lab-tree';
import { labWords } from '#words/lab';
import { LAB_CANCELLED, type LabRequest, type LabResult } from './lab-protocol';

/** The ZIP's owner-only mode for keys, CA keys and passphrase files (as the CLI writes them), in the entries' external attributes. */
const SECRET_MODE = 0o100600;
const FILE_MODE = 0o100644;

/**
 * A lab PKI for the plan, made in the inspector worker (it shares the ASN.1 layers the
 * reader loaded there): keys with WebCrypto, certificates, the ZIP laid out by host with
 * its README, as `fleet-tls lab` writes it. Loaded with the first lab asked for. `stopped`
 * is polled between key pairs; `progress` is told after each.
 */
export async function runLab(req: LabRequest, progress: (done: number, total: number) => void, stopped: () => boolean): Promise<LabResult> {
  const { spec } = req;
  if (spec.problems.length > 0) throw new Error(spec.problems.map(labWords.problem).join(' '));
  const encrypts = spec.leaves.some((l) => l.keyPassphrase);
  let made;
  try {
    made = await makeLab(spec, {
      now: new Date(req.now),
      validityDays: req.validityDays,
      ...(encrypts ? { passphrase: req.passphrase || randomPassphrase() } : {}),
      onProgress: progress,
      stopped,
    });
  } catch (error) {
    throw error instanceof LabStopped ? new Error(LAB_CANCELLED) : error;
  }
  const tree = labTree(req.plan, spec, made);
  const files = [...tree.files, { path: 'README.txt', content: labWords.readme(tree.readme), secret: false }];
  const zip = storedZip(files, new Date(req.now));
  return {
    zip,
    zipName: 'fleet-tls-lab.zip',
    paths: files.map((f) => f.path),
    certificates: [
      ...spec.cas.map((c) => ({
        id: c.id,
        commonName: c.commonName,
        names: [],
        eku: [],
        key: keyTypeLabel(c.keyType),
        signedBy: null,
        days: req.validityDays,
      })),
      ...spec.leaves.map((l) => ({
        id: l.id,
        commonName: l.commonName,
        names: [...l.dns, ...l.ips],
        eku: l.eku,
        key: keyTypeLabel(l.keyType),
        signedBy: l.signedBy,
        days: req.validityDays,
      })),
    ],
    checkFiles: labInspectionFiles(spec, made).map((f) => ({
      name: f.name.split('/').pop() ?? f.name,
      content: f.content,
      roles: f.roles,
      ...(f.passphrase === null ? {} : { password: f.passphrase }),
    })),
  };
}

/**
 * The files as a ZIP, stored (not deflated: a few kilobytes of PEM, and fflate's streaming
 * writer without its deflate code keeps the worker small), with each entry's Unix mode.
 */
function storedZip(files: readonly { path: string; content: string; secret: boolean }[], mtime: Date): ArrayBuffer {
  const parts: Uint8Array[] = [];
  let failed: Error | null = null;
  const zip = new Zip((error, chunk) => {
    if (error) failed = error;
    else parts.push(chunk);
  });
  for (const f of files) {
    const entry = new ZipPassThrough(f.path);
    entry.mtime = mtime;
    entry.os = 3; // Unix: the high 16 bits of attrs are the file's mode
    entry.attrs = (f.secret ? SECRET_MODE : FILE_MODE) << 16;
    zip.add(entry);
    entry.push(strToU8(f.content), true);
  }
  zip.end();
  if (failed) throw failed;
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out.buffer;
}
