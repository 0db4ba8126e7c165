import type { Artifact } from './build-artifacts';
import type { Words } from './artifact-note';
import { renderPosix } from './render-posix';
import { renderPowerShell } from './render-powershell';
import { serializeYaml } from './serialize-yaml';

/** An artifact's text, as copied or downloaded. */
export function renderArtifact(artifact: Artifact, words: Words): string {
  switch (artifact.kind) {
    case 'fleet-server-install':
    case 'agent-install':
      return artifact.shell === 'bash' ? renderPosix(artifact.script, words) : renderPowerShell(artifact.script, words);
    case 'output-yaml':
      return artifact.document ? serializeYaml(artifact.document) : `# ${words({ code: 'output-yaml-none' })}\n`;
    case 'kibana-settings':
      return artifact.sections
        .map((section) => {
          const title = words({ code: `kibana-${section.id}` });
          const rows = section.rows.map((r) => {
            if (typeof r.value === 'string' || Array.isArray(r.value)) {
              const value = typeof r.value === 'string' ? r.value : r.value.join(', ');
              return `  ${r.label}: ${value === '' ? `(${words({ code: 'kibana-advanced-yaml-none' })})` : value}`;
            }
            const yaml = serializeYaml((r.value as { yaml: unknown }).yaml).trimEnd().split('\n');
            return [`  ${r.label}:`, ...yaml.map((l) => `    ${l}`)].join('\n');
          });
          return [title, ...rows].join('\n');
        })
        .join('\n\n') + '\n';
  }
}
