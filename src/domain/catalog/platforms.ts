/**
 * Install packages the wizard writes commands for, with the artifact names Kibana's
 * "Add agent" / "Add Fleet Server" generators use.
 * Source: shared/reference/elastic-agent-cli.md §8 (Kibana install_command_utils.ts,
 * enrollment_instructions/manual/index.tsx).
 */
export const PLATFORMS = [
  'linux-x86_64',
  'linux-arm64',
  'darwin-x86_64',
  'darwin-aarch64',
  'windows-x86_64',
  'deb-amd64',
  'deb-arm64',
  'rpm-x86_64',
  'rpm-aarch64',
] as const;
export type Platform = (typeof PLATFORMS)[number];

export type PackageKind = 'tar' | 'zip' | 'deb' | 'rpm';
export type OsFamily = 'posix' | 'windows';

export interface PlatformFacts {
  readonly id: Platform;
  readonly package: PackageKind;
  readonly os: OsFamily;
  /** The artifact's file name for a version. */
  readonly artifact: (version: string) => string;
  /** Directory a tar/zip unpacks to (tar and zip only). */
  readonly unpackedDir?: (version: string) => string;
}

const ARTIFACTS_BASE = 'https://artifacts.elastic.co/downloads/beats/elastic-agent/';

function archive(id: Platform, os: 'linux' | 'darwin' | 'windows', arch: string): PlatformFacts {
  const stem = (v: string) => `elastic-agent-${v}-${os}-${arch}`;
  return {
    id,
    package: os === 'windows' ? 'zip' : 'tar',
    os: os === 'windows' ? 'windows' : 'posix',
    artifact: (v) => `${stem(v)}.${os === 'windows' ? 'zip' : 'tar.gz'}`,
    unpackedDir: stem,
  };
}

function linuxPackage(id: Platform, kind: 'deb' | 'rpm', arch: string): PlatformFacts {
  return { id, package: kind, os: 'posix', artifact: (v) => `elastic-agent-${v}-${arch}.${kind}` };
}

const FACTS: Record<Platform, PlatformFacts> = {
  'linux-x86_64': archive('linux-x86_64', 'linux', 'x86_64'),
  'linux-arm64': archive('linux-arm64', 'linux', 'arm64'),
  'darwin-x86_64': archive('darwin-x86_64', 'darwin', 'x86_64'),
  'darwin-aarch64': archive('darwin-aarch64', 'darwin', 'aarch64'),
  'windows-x86_64': archive('windows-x86_64', 'windows', 'x86_64'),
  'deb-amd64': linuxPackage('deb-amd64', 'deb', 'amd64'),
  'deb-arm64': linuxPackage('deb-arm64', 'deb', 'arm64'),
  'rpm-x86_64': linuxPackage('rpm-x86_64', 'rpm', 'x86_64'),
  'rpm-aarch64': linuxPackage('rpm-aarch64', 'rpm', 'aarch64'),
};

export function platformFacts(id: Platform): PlatformFacts {
  return FACTS[id];
}

export function artifactUrl(id: Platform, version: string): string {
  return ARTIFACTS_BASE + FACTS[id].artifact(version);
}
