import { artifactFileName, type Artifact } from './build-artifacts';
import type { Words } from './artifact-note';
import type { RenderOptions } from './render-options';
import { renderPosix } from './render-posix';
import { renderPowerShell } from './render-powershell';
import { serializeYaml } from './serialize-yaml';

/**
 * An artifact's text: a script in the form asked for (the file Download saves, or the
 * block Copy puts on the clipboard; ./render-options.ts); settings and YAML are the
 * same text in both.
 */
export function renderArtifact(artifact: Artifact, words: Words, options: Omit<RenderOptions, 'fileName'>): string {
  switch (artifact.kind) {
    case 'fleet-server-install':
    case 'agent-install': {
      const withName: RenderOptions = { ...options, fileName: artifactFileName(artifact) };
      return artifact.shell === 'bash' ? renderPosix(artifact.script, words, withName) : renderPowerShell(artifact.script, words, withName);
    }
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
