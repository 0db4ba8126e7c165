import { CERT_ROLES, ROLE_FACTS } from '../src/domain/catalog/roles';
import { defaultPlan } from '../src/domain/plan/defaults';
import type { Plan } from '../src/domain/plan/schema';

/** Files a hostile value tries to create; none may appear. */
export const MARKERS = [
  'PWNED-subst',
  'PWNED-backtick',
  'PWNED-semicolon',
  'PWNED-pipe',
  'PWNED-amp',
  'PWNED-redirect',
  'PWNED-dq',
  'PWNED-home',
  'PWNED-ps',
  'PWNED-newline',
] as const;

/** Pieces of values that would run something if a shell read them unquoted, or broke a quote. */
export const FRAGMENTS = [
  '$(touch PWNED-subst)',
  '`touch PWNED-backtick`',
  "'; touch PWNED-semicolon; '",
  '| touch PWNED-pipe |',
  '& touch PWNED-amp &',
  '> PWNED-redirect <PWNED-redirect',
  '"$(touch PWNED-dq)" "`touch PWNED-dq`"',
  '$(touch $HOME/PWNED-home) ~ * ? [a-z] {a,b} !! !$ ^x =ls # %',
  // PowerShell: subexpressions, the call operator, and typographic quotes that end a string.
  '$(New-Item PWNED-ps) @(ni PWNED-ps) ’; & ni PWNED-ps; ‘ “$(ni PWNED-ps)” `n',
  'ça 証明書 Вася 😀',
] as const;

/**
 * Line breaks, terminal escapes and other control characters: a pasted block would have
 * them read as keys by the shell's line editor, so the POSIX paste form refuses them.
 */
export const CONTROL_FRAGMENT = '\n touch PWNED-newline \r touch PWNED-newline \t \u2028 \u2029 \u0085 \u001b[31m \u001bb \u0015 \u0007';

/**
 * Plans built in code, bypassing validation: every field that reaches a script (folders,
 * file names, URLs, policy id, tokens, the service token path, the version) carries
 * hostile fragments.
 */
export function hostilePlans(): { name: string; plan: Plan }[] {
  return [
    ...hostileVariants(FRAGMENTS),
    ...hostileVariants([CONTROL_FRAGMENT, ...FRAGMENTS]).map((v) => ({ ...v, name: `${v.name}, with control characters` })),
  ];
}

function hostileVariants(fragments: readonly string[]): { name: string; plan: Plan }[] {
  let n = 0;
  const next = () => fragments[n++ % fragments.length]!;
  const files = (stem: string) =>
    Object.fromEntries(CERT_ROLES.map((r) => [r, `${stem}-${ROLE_FACTS[r].defaultFile.replace(/\.(\w+)$/, ` ${next()}.$1`)}`])) as Plan['certs']['files'];

  const withFiles = (fleetPlatform: Plan['fleetServer']['platform'], variant: 'file-token' | 'fingerprint'): Plan => {
    const p = defaultPlan('on-prem');
    return {
      ...p,
      tls: 'mutual',
      mutualFleetServerEs: true,
      agentVersion: variant === 'fingerprint' ? `9.2.1${next()}` : '9.2.1',
      fleetServer: {
        ...p.fleetServer,
        platform: fleetPlatform,
        urls: [`https://fleet.example.com:8220/${next()}`],
        policyId: `policy ${next()}`,
        serviceTokenSource: variant === 'file-token' ? 'file' : 'inline',
        serviceTokenPath: fleetPlatform.startsWith('windows') ? `C:\\tokens ${next()}\\service-token` : `/etc/tokens ${next()}/service-token`,
      },
      elasticsearch: {
        hosts: [`https://es.example.com:9200/${next()}`],
        trust: variant === 'fingerprint' ? 'fingerprint' : 'ca',
        fingerprint: next(),
        clientAuthentication: 'required',
      },
      agents: {
        platforms: ['linux-x86_64', 'darwin-aarch64', 'deb-amd64', 'rpm-aarch64', 'windows-x86_64'],
        unprivileged: true,
        proxyUrl: `http://proxy.example.com:3128/${next()}`,
      },
      certs: {
        ...p.certs,
        fleetServerDir: fleetPlatform.startsWith('windows') ? `C:\\certs ${next()}` : `/opt/certs ${next()}`,
        agentDirPosix: `/etc/agent ${next()}/certs`,
        agentDirWindows: `C:\\Agent ${next()}\\certs`,
        files: files(variant),
        encrypted: { fleetServerKey: true, agentKey: true, outputKey: true },
      },
      secrets: { enrollmentToken: `tok ${next()}`, serviceToken: `svc ${next()}` },
    };
  };
  return [
    { name: 'Fleet Server on Linux, service token from a file', plan: withFiles('linux-x86_64', 'file-token') },
    { name: 'Fleet Server on Windows, service token from a file', plan: withFiles('windows-x86_64', 'file-token') },
    { name: 'Fleet Server as a DEB, Elasticsearch trusted by fingerprint, hostile version', plan: withFiles('deb-amd64', 'fingerprint') },
  ];
}
