import type { ArtifactNote, Words } from '../artifact-note';
import { PROXY_CERT, PROXY_DIR, PROXY_KEY, type ProxyFront, type ProxyFronts } from './proxy-fronts';

/** Debian's and Ubuntu's bundle of the public CAs (package ca-certificates) that sign Elastic Cloud's certificates. */
export const PUBLIC_CA_BUNDLE = '/etc/ssl/certs/ca-certificates.crt';

/**
 * How long the proxy waits on a request: Fleet Server holds an agent's check-in open 5
 * minutes by default, and up to the poll_timeout the agent asks for, at most 1 hour
 * (elastic/fleet-server internal/pkg/config/timeouts.go, ServerTimeouts.InitDefaults:
 * CheckinLongPoll, CheckinMaxPoll); the agent waits up to 12 minutes for the answer
 * (elastic/elastic-agent docs/fleet-long-polls.md, fleet.timeout 12m0s); docs-content#5273
 * saw check-ins cut by a load balancer's shorter timeout. 15 minutes is above both, and above
 * the 90 s the agents' Elasticsearch output waits for a bulk request (libbeat's `timeout`).
 */
const WAIT = '15m';

const backend = (f: ProxyFront) => `elastic_cloud_${f.upstream}`;

const comment = (words: Words, notes: readonly ArtifactNote[]) => notes.map((n) => words(n).replace(/^/gm, '# ') + '\n').join('');
/** Where the file goes, how to check it, and what the proxy reads. */
const head = (p: ProxyFronts, words: Words, file: string, check: string) =>
  comment(words, [{ code: 'proxy-files', params: { file, check, dir: PROXY_DIR, files: p.files.join(', '), ca: p.serverCa } }]);

/**
 * A conf.d snippet for nginx's http block (ngx_http_ssl_module, ngx_http_proxy_module):
 * nginx checks no upstream certificate and sends no SNI unless told (proxy_ssl_verify and
 * proxy_ssl_server_name default off), and would name the upstream block in SNI and Host
 * without proxy_ssl_name and Host. Its request body limit (client_max_body_size, default
 * 1m) is raised to Elasticsearch's own (http.max_content_length, default 100mb) for bulk requests.
 */
export function renderNginx(p: ProxyFronts, words: Words): string {
  return (
    head(p, words, '/etc/nginx/conf.d/fleet-tls-proxy.conf', 'nginx -t') +
    p.fronts
      .map(
        (f) => `${comment(words, f.notes)}upstream ${backend(f)} {
    server ${f.cloudHost}:${f.cloudPort};
}
server {
    listen ${f.port} ssl;
    server_name ${f.host};
    ssl_certificate ${PROXY_DIR}/${PROXY_CERT};
    ssl_certificate_key ${PROXY_DIR}/${PROXY_KEY};
    ssl_protocols TLSv1.2 TLSv1.3;
${f.verify ? `    ssl_client_certificate ${PROXY_DIR}/${f.clientCa};\n    ssl_verify_client ${f.verify};\n    ssl_verify_depth 2;\n` : ''}${f.upstream === 'es' ? '    client_max_body_size 100m;\n' : ''}    location / {
        proxy_pass https://${backend(f)};
        proxy_http_version 1.1;
        proxy_set_header Host ${f.cloudHost};
        proxy_ssl_server_name on;
        proxy_ssl_name ${f.cloudHost};
        proxy_ssl_verify on;
        proxy_ssl_trusted_certificate ${PUBLIC_CA_BUNDLE};
        proxy_ssl_verify_depth 3;
        proxy_read_timeout ${WAIT};
        proxy_send_timeout ${WAIT};
    }
}
`,
      )
      .join('')
  );
}

/**
 * A whole haproxy.cfg: one frontend per port, routed by SNI (ssl_fc_sni), one backend per
 * cloud endpoint that checks its certificate and sends its name in SNI and Host. `crt` takes
 * one PEM holding the certificate and its key. Verification is per bind: `required` when every
 * front on the port requires a client certificate, else `optional`, with the requests
 * without one refused on the fronts that require it (ssl_c_used).
 */
export function renderHaproxy(p: ProxyFronts, words: Words): string {
  const pem = `${PROXY_DIR}/proxy.pem`;
  const frontend = (port: number) => {
    const fronts = p.fronts.filter((f) => f.port === port);
    const asked = fronts.find((f) => f.verify);
    const all = fronts.every((f) => f.verify === 'on');
    const verify = asked ? ` ca-file ${PROXY_DIR}/${asked.clientCa} verify ${all ? 'required' : 'optional'}` : '';
    const routes = fronts.map(
      (f) =>
        (f.verify === 'on' && !all ? `    http-request deny if { ssl_fc_sni -i ${f.host} } !{ ssl_c_used }\n` : '') +
        `    use_backend ${backend(f)} if { ssl_fc_sni -i ${f.host} }\n`,
    );
    return `${comment(
      words,
      fronts.flatMap((f) => f.notes),
    )}frontend fleet_tls_${port}\n    bind :${port} ssl crt ${pem}${verify}\n${routes.join('')}`;
  };
  const toCloud = (f: ProxyFront) =>
    `backend ${backend(f)}\n    http-request set-header Host ${f.cloudHost}\n    server cloud ${f.cloudHost}:${f.cloudPort} ssl verify required ca-file ${PUBLIC_CA_BUNDLE} sni str(${f.cloudHost})\n`;
  return (
    head(p, words, '/etc/haproxy/haproxy.cfg', 'haproxy -c -f') +
    comment(words, [{ code: 'proxy-pem', params: { command: `cat ${PROXY_DIR}/${PROXY_CERT} ${PROXY_DIR}/${PROXY_KEY} > ${pem}` } }]) +
    `global
    ssl-default-bind-options ssl-min-ver TLSv1.2
defaults
    mode http
    timeout connect 10s
    timeout client ${WAIT}
    timeout server ${WAIT}
` +
    [...new Set(p.fronts.map((f) => f.port))].map(frontend).join('') +
    p.fronts.map(toCloud).join('')
  );
}
