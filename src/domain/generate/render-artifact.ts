import { artifactFileName, type Artifact } from './build-artifacts';
import type { Words } from './artifact-note';
import type { RenderOptions } from './render-options';
import { renderPosix } from './render-posix';
import { renderPowerShell } from './render-powershell';
import { renderCmd } from './render-cmd';
import { renderElasticsearchSettings } from './elasticsearch/render-elasticsearch-settings';
import { renderCertificateFiles } from './files/render-certificate-files';
import { renderKubernetes } from './containers/render-kubernetes';
import { renderKibanaSettings } from './kibana/render-kibana';
import { renderLogstashInput } from './logstash/render-logstash-input';
import { renderHaproxy, renderNginx } from './proxy/render-proxy';
import { serializeYaml } from './serialize-yaml';

/**
 * An artifact's text: a script in the form asked for (the file Download saves, or the
 * block Copy puts on the clipboard; ./render-options.ts); settings and YAML are the
 * same text in both.
 */
export function renderArtifact(artifact: Artifact, words: Words, options: Omit<RenderOptions, 'fileName'>): string {
  switch (artifact.kind) {
    case 'fleet-server-install':
    case 'agent-install':
    case 'fleet-server-msi':
    case 'agent-msi':
    case 'connection-checks':
    case 'docker-run': {
      const withName: RenderOptions = { ...options, fileName: artifactFileName(artifact) };
      const render = { bash: renderPosix, powershell: renderPowerShell, cmd: renderCmd }[artifact.shell];
      return render(artifact.script, words, withName);
    }
    case 'output-yaml':
      return artifact.document ? serializeYaml(artifact.document) : `# ${words({ code: `output-yaml-none-${artifact.emptyBecause}` })}\n`;
    case 'kibana-settings':
      return renderKibanaSettings(artifact.sections, words);
    case 'elasticsearch-settings':
      return renderElasticsearchSettings(artifact.settings, words);
    case 'logstash-input':
      return renderLogstashInput(artifact.input, words);
    case 'proxy-nginx':
      return renderNginx(artifact.proxy, words);
    case 'proxy-haproxy':
      return renderHaproxy(artifact.proxy, words);
    case 'certificate-files':
      return renderCertificateFiles(artifact.hosts, artifact.conversions, words);
    case 'kubernetes':
      return renderKubernetes(artifact.containers, artifact.image, words);
  }
}
