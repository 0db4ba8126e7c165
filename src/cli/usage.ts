import { PLATFORMS } from '../domain/catalog/platforms';

/** The CLI's own words: its usage, per command. */
export const RENDER_USAGE = `Usage: fleet-tls render PLAN.json [--platform PLATFORM]... [--json]
  Print the runbook of a saved plan, step by step: the Kibana settings, the Output's
  Advanced YAML, the certificate files for each host, the Fleet Server and agent
  install commands, and how to check each connection; then what to watch for.
  --platform  only the install commands for these platforms (${PLATFORMS.join(', ')})
  --json      machine-readable output
  Exit codes: 0 ready, 1 the plan has problems (nothing is printed but them), 2 usage or unreadable file.`;

export const CHECK_USAGE = `Usage: fleet-tls check [--plan PLAN.json] [--as ROLE=FILE]... [--json] FILE...
  Inspect certificate and key files (PEM, DER, PKCS#12) and judge every connection of
  the plan with them: chains, host names, key usage, validity, key pairs.
  Files are matched to roles by evidence; --as names a file's role yourself
  (e.g. --as fleetServerCert=/etc/certs/fleet.crt).
  Passwords for PKCS#12 files and encrypted keys come from FLEET_TLS_PASSWORD.
  Exit codes: 0 no connection fails, 1 a connection fails, a file cannot be read or the
  plan has problems, 2 usage or unreadable file.`;

export const USAGE = `Usage: fleet-tls COMMAND [OPTIONS]
  fleet-tls render PLAN.json [--platform PLATFORM]... [--json]
  fleet-tls check [--plan PLAN.json] [--as ROLE=FILE]... [--json] FILE...
  fleet-tls COMMAND --help    what a command does
  fleet-tls --version`;
