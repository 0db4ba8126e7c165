import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';

// Each invocation writes its argv, NUL-separated, to the next numbered file.
const STUB_AGENT = `#!/bin/bash
n=$(ls "$ARGV_DIR" | wc -l)
printf '%s\\0' "$@" > "$ARGV_DIR/$n"
`;

/**
 * Runs a generated POSIX script in bash, in a scratch directory, with stand-ins for
 * sudo, curl, tar, dpkg, rpm, systemctl, install and tee, and an elastic-agent that
 * records the argv it receives. Returns each elastic-agent invocation's argv.
 */
export function runWithStubs(script: string, stdin = ''): { calls: string[][]; status: number | null; stderr: string } {
  const root = mkdtempSync(join(tmpdir(), 'fleet-tls-bash-'));
  const bin = join(root, 'bin');
  const work = join(root, 'work');
  mkdirSync(bin);
  mkdirSync(work);
  const stub = (name: string, body: string) => {
    writeFileSync(join(bin, name), `#!/bin/bash\n${body}\n`);
    chmodSync(join(bin, name), 0o755);
  };
  // sudo VAR=value cmd args…: export the assignments, then run the command.
  stub('sudo', 'while [[ "$1" =~ ^[A-Za-z_][A-Za-z0-9_]*= ]]; do export "$1"; shift; done\nexec "$@"');
  for (const noop of ['curl', 'dpkg', 'rpm', 'systemctl', 'install']) stub(noop, 'exit 0');
  stub('tee', 'cat > /dev/null');
  // tar xzvf NAME.tar.gz: make the unpacked directory with an elastic-agent inside.
  stub('tar', `dir="\${2%.tar.gz}"; mkdir -p "$dir"; cp "${join(bin, 'elastic-agent')}" "$dir/elastic-agent"`);
  writeFileSync(join(bin, 'elastic-agent'), STUB_AGENT);
  chmodSync(join(bin, 'elastic-agent'), 0o755);
  const argvDir = join(root, 'argv');
  mkdirSync(argvDir);
  const r = spawnSync('bash', ['-c', script], {
    cwd: work,
    input: stdin,
    env: { PATH: `${bin}:/usr/bin:/bin`, ARGV_DIR: argvDir, HOME: root, LANG: 'C.UTF-8' },
    encoding: 'utf8',
  });
  const calls = readdirSync(argvDir)
    .sort((a, b) => Number(a) - Number(b))
    .map((f) => readFileSync(join(argvDir, f), 'utf8').split('\0').slice(0, -1));
  return { calls, status: r.status, stderr: r.stderr };
}
