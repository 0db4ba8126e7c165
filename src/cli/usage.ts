import { PLATFORMS } from '../domain/catalog/platforms';
import { DEFAULT_MAX_BYTES } from '../domain/certs/limits';

/** The CLI's own words: its usage, per command. */
export const RENDER_USAGE = `Usage: fleet-tls render PLAN.json [--platform PLATFORM]... [--json]
  Print the runbook of a saved plan, step by step: the Kibana settings, the Output's
  Advanced YAML, the certificate files for each host, the Fleet Server and agent
  install commands, and how to check each connection; then what to watch for.
  --platform  only the install commands for these platforms (${PLATFORMS.join(', ')})
  --json      machine-readable output
  Exit codes: 0 ready, 1 the plan has problems (nothing is printed but them), 2 usage or unreadable file.`;

export const CHECK_USAGE = `Usage: fleet-tls check [--plan PLAN.json] [--as ROLE=FILE]... [--password-file ROLE_OR_FILE=PATH]...
                       [--at TIME] [--json] [--] FILE...
  Inspect certificate and key files (PEM, DER, PKCS#12) and judge every connection of
  the plan with them: chains, host names, key usage, validity, key pairs. Without a
  plan, check that every certificate chains to a CA among the files.
  Files are matched to roles by evidence; --as names a file's role yourself
  (e.g. --as fleetServerCert=/etc/certs/fleet.crt). Files are named as you give them.
  --password-file  the file holding the password of one file, named by its path or by
                   the role --as gave it; one trailing newline is not part of the
                   password. Files without one use FLEET_TLS_PASSWORD. Never a password
                   on the command line.
  --at TIME        judge at another time: 2026-03-01 (midnight UTC) or
                   2026-03-01T12:00:00Z / +02:00 (ISO 8601, with its offset)
  --json           machine-readable; schema: docs/check-json.schema.json
  Only regular files are read, at most ${DEFAULT_MAX_BYTES / 1048576} MiB each (a FIFO or a device is refused unread).
  Exit codes: 0 every connection passes or only warns (without a plan: every certificate
  chains); 1 a connection fails, a file cannot be read or opened, or the plan has
  problems; 2 usage, or a plan or password file that cannot be read; 3 no connection
  fails, but files are missing (without a plan: no CA among the files).`;

export const USAGE = `Usage: fleet-tls COMMAND [OPTIONS]
  fleet-tls render PLAN.json [--platform PLATFORM]... [--json]
  fleet-tls check [--plan PLAN.json] [--as ROLE=FILE]... [--password-file ROLE_OR_FILE=PATH]... [--at TIME] [--json] FILE...
  fleet-tls COMMAND --help    what a command does
  fleet-tls --version`;
