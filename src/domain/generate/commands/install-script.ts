import { gateOpen, type Versions } from '../../catalog/gates';
import { artifactUrl, platformFacts, type Platform } from '../../catalog/platforms';
import type { FlagName } from '../../catalog/flags';
import type { ScriptNote } from '../artifact-note';
import type { Arg, Script, ScriptStep } from '../script';

export interface InstallScriptInput {
  readonly platform: Platform;
  readonly version: string;
  /** The plan's releases, for the version gates. */
  readonly versions: Versions;
  readonly fleetServer: boolean;
  readonly flags: readonly Arg[];
  /** Notes placed right before the elastic-agent command. */
  readonly commandNotes?: readonly ScriptNote[];
  /** Certificate directory on this host and the files the admin places there. */
  readonly dir: string;
  readonly files: readonly string[];
  /** Files this host also needs in another folder (the Output's, for the Fleet Server policy). */
  readonly alsoFiles?: { readonly dir: string; readonly files: readonly string[] };
  /** Files written from a prompt: passphrases and the service token. */
  readonly secrets: readonly { path: string; file: string; kind: 'passphrase' | 'service-token' }[];
  /** `install --unprivileged`, with the key and passphrase files and the certificates the agent reads. */
  readonly unprivileged?: { readonly keys: readonly string[]; readonly certs: readonly string[] } | undefined;
  /** Windows only: install with the MSI package instead of the zip, from cmd or PowerShell. */
  readonly msi?: 'cmd' | 'powershell';
}

/**
 * The group `install --unprivileged` makes and runs the agent in: ElasticGroupName in
 * elastic-agent internal/pkg/agent/install/install.go (user: ElasticUsername, "elastic-agent-user").
 */
const AGENT_GROUP = 'elastic-agent';

/**
 * Download, unpack or install the package, then `install` (tar, zip) or, for DEB and
 * RPM, enable and start the service first and then `enroll` (elastic-agent-cli.md §3.5, §8).
 */
export function installScript(input: InstallScriptInput): Script {
  const { platform, version, flags } = input;
  const facts = platformFacts(platform);
  const artifact = facts.artifact(version);
  const url = artifactUrl(platform, version);
  const steps = placementSteps(input);

  const run = (argv: Arg[], elevated = false): ScriptStep => ({ kind: 'command', argv, elevated });
  const placeholders = flags.some((f) => typeof f !== 'string' && /^<[A-Z_]+>$/.test(f.value));
  // `install` of a 9.x Fleet Server from a tar or zip: the servers flavor (with fleet-server)
  // comes only with --install-servers in 9.0.0; we always pass it, as Kibana does (audit row 3).
  const installServers = input.fleetServer && gateOpen('install-servers', input.versions) === true;
  const { unprivileged } = input;
  const args = (sub: 'install' | 'enroll'): Arg[] => [
    ...flags,
    ...(sub === 'install' && installServers ? ['--install-servers' satisfies FlagName] : []),
    ...(sub === 'install' && unprivileged ? ['--unprivileged' satisfies FlagName] : []),
  ];
  const agentCommand = (program: string, sub: 'install' | 'enroll', msi?: string): ScriptStep[] => [
    ...(input.commandNotes ?? []).map((note): ScriptStep => ({ kind: 'comment', note })),
    ...(placeholders ? [{ kind: 'comment', note: { code: 'replace-placeholder' } } as const] : []),
    ...(msi
      ? // The MSI refuses upgrades and runs `elastic-agent uninstall -f` with INSTALLARGS on
        // msiexec /x (AgentCustomAction.cs UpgradeAction, UnInstallAction; install flags
        // there fail with 1603: elastic/docs-content#7927, kibana#284635).
        ([
          { kind: 'comment', note: { code: 'msi-log', params: { log: `${msi}.log` } } },
          { kind: 'msi', package: msi, argv: args(sub) },
        ] as const)
      : [{ kind: 'command', argv: [program, sub, ...args(sub)], elevated: facts.os === 'posix', multiline: true } as const]),
  ];
  const installNote: ScriptStep = { kind: 'comment', note: { code: input.fleetServer ? 'install-fleet-server' : 'install-agent' } };
  const purpose = input.fleetServer ? 'fleet-server' : 'agent';
  const ownership = (): ScriptStep[] => {
    // install runs `enroll` as elastic-agent-user (enrollCmdExtras in cmd/install_enroll.go,
    // SysProcAttr Credential), so the group must read the files before install. install
    // reuses an existing group (EnsureUserAndGroup, install/prereq.go); on Linux it makes it
    // with `groupadd -f` (CreateGroup, install/user_linux.go), as we do. macOS makes it with
    // dscl and a computed GID (user_darwin.go): left to the admin.
    const { keys = [], certs = [] } = unprivileged ?? {};
    if (keys.length + certs.length === 0) return [];
    return [
      { kind: 'comment', note: { code: 'unprivileged-files' } },
      platform.startsWith('darwin') ? { kind: 'comment', note: { code: 'unprivileged-group-macos' } } : run(['groupadd', '-f', AGENT_GROUP], true),
      run(['chgrp', AGENT_GROUP, ...keys, ...certs], true),
      ...(keys.length > 0 ? [run(['chmod', '0640', ...keys], true)] : []),
      ...(certs.length > 0 ? [run(['chmod', '0644', ...certs], true)] : []),
    ];
  };

  switch (facts.package) {
    case 'tar':
      steps.push({ kind: 'comment', note: { code: 'download', params: { artifact } } });
      steps.push(run(['curl', '-fL', '-O', url]));
      steps.push(run(['tar', 'xzvf', artifact]));
      steps.push(run(['cd', facts.unpackedDir?.(version) ?? artifact]));
      steps.push(...ownership());
      steps.push(installNote, ...agentCommand('./elastic-agent', 'install'));
      break;
    case 'zip': {
      // Windows: install's enroll runs as the administrator (enrollCmdExtras in
      // cmd/install_enroll_windows.go sets no credential); the service reads the files later,
      // through the ACL they inherit from their folder. No ACL commands are written.
      // The MSI sits beside the zip: Kibana's windowsMSICommand (fleet/public/components/
      // enrollment_instructions/manual/index.tsx, kibana#217217, #236994).
      const msi = input.msi && `${facts.unpackedDir?.(version)}.msi`;
      const from = msi ? url.replace(/zip$/, 'msi') : url;
      if (input.msi === 'cmd') steps.push({ kind: 'comment', note: { code: 'download', params: { artifact: from } } });
      else {
        steps.push({ kind: 'statement', text: "$ProgressPreference = 'SilentlyContinue'" });
        steps.push(run(['Invoke-WebRequest', '-Uri', from, '-OutFile', msi || artifact]));
      }
      if (!msi) {
        steps.push(run(['Expand-Archive', `.\\${artifact}`, '-DestinationPath', '.']));
        steps.push(run(['cd', facts.unpackedDir?.(version) ?? artifact]));
      }
      steps.push(installNote, ...agentCommand('.\\elastic-agent.exe', 'install', msi));
      break;
    }
    case 'deb':
    case 'rpm': {
      // From 9.0 the packages carry Fleet Server only in the "servers" flavor, chosen at
      // package-install time by the preinstall script (elastic-agent-cli.md §8).
      const servers = input.fleetServer && gateOpen('servers-flavor', input.versions) === true;
      steps.push({ kind: 'comment', note: { code: 'download', params: { artifact } } });
      steps.push(run(['curl', '-fL', '-O', url]));
      steps.push({
        kind: 'command',
        argv: facts.package === 'deb' ? ['dpkg', '-i', artifact] : ['rpm', '-vi', artifact],
        elevated: true,
        ...(servers ? { env: [['ELASTIC_AGENT_FLAVOR', 'servers'] as const] } : {}),
      });
      steps.push({ kind: 'comment', note: { code: 'start-service-first' } });
      steps.push(run(['systemctl', 'enable', 'elastic-agent'], true));
      steps.push(run(['systemctl', 'start', 'elastic-agent'], true));
      // Unprivileged mode does not work for DEB/RPM installs (elastic/elastic-agent#9918,
      // docs-content#4435) and `enroll` has no --unprivileged (elastic/elastic-agent#4125).
      if (unprivileged) steps.push({ kind: 'comment', note: { code: 'unprivileged-package' } });
      steps.push({ kind: 'comment', note: { code: purpose === 'fleet-server' ? 'enroll-fleet-server' : 'enroll-agent' } });
      steps.push(...agentCommand('elastic-agent', 'enroll'));
      break;
    }
  }
  return steps;
}

/** Where a host's files go and the secrets written from a prompt: what the install script and the container form both do first. */
export type HostPlacement = Pick<InstallScriptInput, 'dir' | 'files' | 'alsoFiles' | 'secrets'>;

/** The files to copy (comments) and the secret files written from a prompt. */
export function placementSteps(input: HostPlacement): ScriptStep[] {
  const steps: ScriptStep[] = [];
  if (input.files.length > 0) {
    steps.push({ kind: 'comment', note: { code: 'place-files', params: { dir: input.dir, files: input.files } } });
  }
  if (input.alsoFiles && input.alsoFiles.files.length > 0) {
    const { dir, files } = input.alsoFiles;
    steps.push({ kind: 'comment', note: { code: 'place-policy-output-files', params: { dir, files: files.join(', ') } } });
  }
  for (const secret of input.secrets) {
    const code = secret.kind === 'passphrase' ? 'write-passphrase' : 'write-service-token';
    steps.push({ kind: 'comment', note: { code, params: { file: secret.file, path: secret.path } } });
    const prompt: ScriptNote =
      secret.kind === 'passphrase' ? { code: 'prompt-passphrase', params: { key: secret.file.replace(/\.pass$/, '') } } : { code: 'prompt-service-token' };
    steps.push({ kind: 'write-secret-file', path: secret.path, prompt });
  }
  return steps;
}
