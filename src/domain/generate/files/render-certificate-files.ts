import { conversionArgv, type Conversion } from '../../catalog/conversions';
import { isSecretFile, type HostFiles } from '../../topology/host-files';
import type { ArtifactNoteCode, Words } from '../artifact-note';
import { quotePosix } from '../shell/posix-quote';

const WHERE = {
  'fleet-server': 'files-on-fleet-server',
  posix: 'files-on-agents-posix',
  windows: 'files-on-agents-windows',
} as const satisfies Record<string, ArtifactNoteCode>;

/** Which file goes where, per host: the files step of the runbook, after the conversions it needs. */
export function renderCertificateFiles(hosts: readonly HostFiles[], conversions: readonly Conversion[], words: Words): string {
  const secret = words({ code: 'files-secret' });
  const blocks = hosts.map((h) => {
    const where = h.host === 'fleet-server' ? WHERE['fleet-server'] : WHERE[h.os];
    const width = Math.max(0, ...[...h.files, ...h.secrets].map((f) => f.file.length));
    const line = (file: string, what: string) => `  ${file.padEnd(width)}  ${what}`;
    return [
      words({ code: where, params: { dir: h.dir } }),
      ...h.files.map((f) => line(f.file, words({ code: 'role-name', params: { role: f.role } }))),
      ...h.secrets.map((s) => line(s.file, secret)),
      ...(h.alsoAtOutputPaths.length > 0
        ? [`  ${words({ code: 'files-also-at-output-paths' })}`, ...h.alsoAtOutputPaths.map((f) => `    ${f.path}${isSecretFile(f) ? `  ${secret}` : ''}`)]
        : []),
    ].join('\n');
  });
  const convert =
    conversions.length > 0
      ? [[words({ code: 'files-convert-first' }), ...conversions.map((c) => `  ${conversionArgv(c).map(quotePosix).join(' ')}`)].join('\n')]
      : [];
  return [...convert, ...blocks, words({ code: 'files-keys-private' })].join('\n\n') + '\n';
}
