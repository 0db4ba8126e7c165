import { readFileSync, statSync } from 'node:fs';
import { PLATFORMS } from '../domain/catalog/platforms';
import { check } from './check';
import type { Io } from './io';
import { render } from './render';

const USAGE = `Usage:
  fleet-tls render PLAN.json [--platform PLATFORM]... [--json]
      Print every artifact of a saved plan: Fleet Server and agent install commands,
      Kibana Fleet settings, the Output's Advanced YAML.
      --platform  only the install commands for these platforms (${PLATFORMS.join(', ')})
      --json      machine-readable output
  fleet-tls check [--plan PLAN.json] [--as ROLE=FILE]... [--json] FILE...
      Inspect certificate and key files (PEM, DER, PKCS#12) and judge every connection
      of the plan with them: chains, host names, key usage, validity, key pairs.
      Files are matched to roles by evidence; --as names a file's role yourself
      (e.g. --as fleetServerCert=/etc/certs/fleet.crt).
      Passwords for PKCS#12 files and encrypted keys come from FLEET_TLS_PASSWORD.
Exit codes: 0 ready, 1 the plan has problems or a connection fails, 2 usage or unreadable file.`;

export type { Io };

const nodeIo: Io = {
  out: (t) => process.stdout.write(t),
  err: (t) => process.stderr.write(t),
  readFile: (p) => readFileSync(p, 'utf8'),
  fileSize: (p) => statSync(p).size,
  readBytes: (p) => new Uint8Array(readFileSync(p)),
  env: (name) => process.env[name],
  now: () => new Date(),
};

export async function main(argv: readonly string[], io: Io = nodeIo): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    io.out(`${USAGE}\n`);
    return command === undefined ? 2 : 0;
  }
  if (command === 'render') return render(rest, io, USAGE);
  if (command === 'check') return check(rest, io, USAGE);
  io.err(`Unknown command “${command}”.\n${USAGE}\n`);
  return 2;
}
