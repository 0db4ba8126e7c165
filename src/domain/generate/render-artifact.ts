import type { Artifact } from './build-artifacts';
import type { Words } from './artifact-note';
import { renderPosix } from './render-posix';
import { renderPowerShell } from './render-powershell';
import { renderElasticsearchSettings } from './elasticsearch/render-elasticsearch-settings';
import { renderCertificateFiles } from './files/render-certificate-files';
import { renderKibanaSettings } from './kibana/render-kibana';
import { serializeYaml } from './serialize-yaml';

/** An artifact's text, as copied or downloaded. */
export function renderArtifact(artifact: Artifact, words: Words): string {
  switch (artifact.kind) {
    case 'fleet-server-install':
    case 'agent-install':
    case 'connection-checks':
      return artifact.shell === 'bash' ? renderPosix(artifact.script, words) : renderPowerShell(artifact.script, words);
    case 'output-yaml':
      return artifact.document ? serializeYaml(artifact.document) : `# ${words({ code: `output-yaml-none-${artifact.emptyBecause}` })}\n`;
    case 'kibana-settings':
      return renderKibanaSettings(artifact.sections, words);
    case 'elasticsearch-settings':
      return renderElasticsearchSettings(artifact.settings, words);
    case 'certificate-files':
      return renderCertificateFiles(artifact.hosts, words);
  }
}
