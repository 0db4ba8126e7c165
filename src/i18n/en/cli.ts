import type { CheckStatus, FileReport } from '../../cli/check-report';
import type { FileType } from '../../cli/io';
import type { LegVerdict } from '../../domain/verdict/evaluate';
import { count, plural } from './locale';

/** What `fleet-tls` says in its own name: usage, argument errors, the text report of `check`. */

type Status = Exclude<CheckStatus, 'plan-invalid'>;

export const cliWords = {
  usage: {
    main: `Usage: fleet-tls COMMAND [OPTIONS]
  fleet-tls render PLAN.json [--platform PLATFORM]... [--json]
  fleet-tls check [--plan PLAN.json] [--as ROLE=FILE]... [--password-file ROLE_OR_FILE=PATH]... [--at TIME] [--json] FILE...
  fleet-tls lab PLAN.json --out DIR [--cas one|per-service] [--key TYPE] [--days N] [--passphrase-file FILE] [--agent-host NAME]...
  fleet-tls requests PLAN.json --out DIR [--key TYPE] [--days N]
  fleet-tls convert FILE --to pem|pkcs8|encrypted|plain|split --out DIR [--password-file F] [--passphrase-file F]
  fleet-tls COMMAND --help    what a command does
  fleet-tls --version`,
    render: (platforms: string) => `Usage: fleet-tls render PLAN.json [--platform PLATFORM]... [--json]
  Print the runbook of a saved plan, step by step: the Kibana settings, the Output's
  Advanced YAML, the certificate files for each host, the Fleet Server and agent
  install commands, and how to check each connection; then what to watch for.
  --platform  only the install commands for these platforms (${platforms})
  --json      machine-readable output
  Exit codes: 0 ready, 1 the plan has problems (nothing is printed but them), 2 usage or unreadable file.`,
    check: (maxMiB: number) => `Usage: fleet-tls check [--plan PLAN.json] [--as ROLE=FILE]... [--password-file ROLE_OR_FILE=PATH]...
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
  Only regular files are read, at most ${maxMiB} MiB each (a FIFO or a device is refused unread).
  Exit codes: 0 every connection passes or only warns (without a plan: every certificate
  chains); 1 a connection fails, a file cannot be read or opened, or the plan has
  problems; 2 usage, or a plan or password file that cannot be read; 3 no connection
  fails, but files are missing (without a plan: no CA among the files).`,
    lab: `Usage: fleet-tls lab PLAN.json --out DIR [--cas one|per-service] [--key p256|p384|rsa2048|rsa3072|rsa4096] [--days N]
                    [--passphrase-file FILE] [--agent-host NAME]...
  Make a lab PKI for the plan: its CAs and every certificate and key its connections
  need, with the names its commands use, under DIR by host (fleet-server/, agents/, and
  elasticsearch/, logstash/ or proxy/ where the plan has them), the CA keys apart in ca/,
  and README.txt saying which file goes where. For labs only: a CA made here is not one
  to trust in production. Keys are PKCS#8, readable by their owner only; those the plan
  marks encrypted are encrypted (PBES2, AES-256-CBC), each beside its passphrase file.
  --cas              one CA for everything (default), or one per service
  --key              the key type (default p256; Elastic Defend before 9.1 gets RSA where it needs it)
  --days             validity in days (default 365, at most 825)
  --passphrase-file  the passphrase of the encrypted keys: UTF-8, one line (a final newline is
                     dropped); without it, a random one is written into the passphrase files only
  --agent-host       an agent's host name or IP address, repeatable (at most 64): one agent
                     certificate each, under agents/NAME/; without it, one certificate all agents share
  Exit codes: 0 written, 1 the plan has problems or needs no certificate, 2 usage, or DIR not empty.`,
    unknownCommand: (command: string) => `Unknown command “${command}”.`,
  },
  args: {
    unknownOption: (name: string) => `Unknown option ${name}.`,
    key: (types: string) => `--key takes one of: ${types}`,
    days: (max: number) => `--days takes a whole number of days from 1 to ${max}.`,
    needsValue: (name: string) => `${name} needs a value.`,
    onlyOne: (name: string) => `Only one ${name}, please.`,
    onlyOnePlanFile: 'Only one plan file, please.',
    renderNeedsPlan: 'render needs a plan file.',
    checkNeedsFiles: 'check needs at least one certificate or key file.',
    platform: (platforms: string) => `--platform takes one of: ${platforms}`,
    noPasswordOnCommandLine: (name: string) =>
      `${name}: a password is never taken on the command line (other users see it in ps, and the shell keeps it in its history). ` +
      'Put it in a file and give --password-file ROLE_OR_FILE=PATH, or set FLEET_TLS_PASSWORD.',
    at: (value: string) =>
      `--at takes an ISO 8601 date (2026-03-01, midnight UTC) or a date and time with its offset (2026-03-01T12:00:00Z, 2026-03-01T14:00+02:00), not “${value}”.`,
    asRole: (roles: string) => `--as takes ROLE=FILE, ROLE one of: ${roles}`,
    asTwice: (role: string) => `--as ${role} is given twice, with two files.`,
    passwordFileTwice: (key: string) => `--password-file ${key} is given twice: one password per file.`,
    unusedRoles: (unused: readonly string[], roles: string) =>
      `--as ${unused.join(', ')}: no connection of this plan uses ${plural(unused.length, { one: 'that role', other: 'those roles' })}. Its roles: ${roles}.`,
  },
  lab: {
    needs: 'lab needs a plan file and --out DIR.',
    cas: '--cas takes one or per-service.',
    nothing: 'This plan needs no certificate of its own (Elastic Cloud, or the lab mode where enroll makes Fleet Server its own).',
    notEmpty: (dir: string) => `${dir} exists and is not empty: nothing was written. Give a new directory.`,
    writeError: (dir: string, message: string) => `Writing under ${dir} failed: ${message}`,
    wrote: (n: number, dir: string) =>
      `Wrote ${plural(n, { one: '1 file', other: `${count(n)} files` })} under ${dir}. README.txt says which file goes where. For labs only.`,
    passphraseUnreadable: (refusal: string) => `Passphrase file: ${refusal}`,
    passphraseNotUtf8: (path: string) => `Passphrase file ${path} is not UTF-8 text.`,
    passphraseEmpty: (path: string) => `Passphrase file ${path} is empty: the keys would open for anyone.`,
    passphraseControl: (path: string) =>
      `Passphrase file ${path} holds a control character (a tab, a second line, …): Elastic Agent reads the whole file as the passphrase. Give one line.`,
    passphraseMade: 'The plan marks keys encrypted: their passphrase was made at random and written only into the passphrase files README.txt names.',
  },
  passwords: {
    roleNeedsAs: (key: string) =>
      `--password-file ${key}=… needs --as ${key}=FILE: which file plays a role is known only once the files are open, and an encrypted file does not open without its password.`,
    unknownKey: (key: string) => `--password-file ${key}=…: ${key} is neither a role given with --as nor one of the files to check.`,
    twoForOneFile: (file: string) => `${file} is given two --password-file entries: one password per file.`,
    unreadable: (refusal: string) => `Password file: ${refusal}`,
    notUtf8: (path: string) => `Password file ${path} is not UTF-8 text.`,
  },
  read: {
    fileTypes: {
      directory: 'a directory',
      fifo: 'a FIFO (named pipe)',
      'character-device': 'a character device',
      'block-device': 'a block device',
      socket: 'a socket',
      other: 'not a regular file',
    } satisfies Record<FileType, string>,
    notRegular: (path: string, type: string) => `${path} is ${type}, not a regular file: it was not read.`,
    tooLarge: (path: string, maxBytes: number, size: number) => `${path} is larger than ${maxBytes} bytes (${size} or more): it was not read.`,
    error: (path: string, message: string) => `Cannot read ${path}: ${message}`,
    problemUnreadable: (reason: string) => `The file cannot be read: ${reason}`,
    problemNotRegular: (type: string) => `This is ${type}, not a regular file: it was not read (a FIFO would wait for a writer, a device may never end).`,
  },
  plan: {
    notReady: (n: number) => `The plan is not ready (${plural(n, { one: '1 problem', other: `${count(n)} problems` })}):`,
  },
  report: {
    judgedAt: (at: string) => `Judged at ${at}`,
    files: 'Files',
    roles: 'Roles',
    connections: 'Connections',
    chains: 'Chains (each certificate against the CA certificates among the files)',
    problem: (message: string) => `problem: ${message}`,
    marks: { pass: 'PASS', warn: 'WARN', fail: 'FAIL', incomplete: 'MISSING FILES', 'not-checked': 'NOT CHECKED' } satisfies Record<LegVerdict, string>,
    noCa: 'NO CA',
    containers: { pem: 'PEM', der: 'DER', pkcs12: 'PKCS#12', unknown: 'UNKNOWN' } satisfies Record<NonNullable<FileReport['container']>, string>,
    certificate: (ca: boolean, subject: string) => `${ca ? 'CA certificate' : 'certificate'}  ${subject}`,
    validity: (issuer: string, until: string, days: number, key: string) =>
      `issuer ${issuer}; valid until ${until} (${days < 0 ? plural(-days, { one: 'expired 1 day ago', other: `expired ${count(-days)} days ago` }) : plural(days, { one: '1 day left', other: `${count(days)} days left` })}); ${key}`,
    san: (sans: string) => `SAN ${sans}`,
    key: (format: string, encrypted: boolean, opened: boolean, algorithm: string, inPkcs12: string | null) =>
      `private key  ${format}${encrypted ? (opened ? ', encrypted (opened)' : ', encrypted') : ''}  ${algorithm}${inPkcs12 === null ? '' : `, inside the PKCS#12 archive ${inPkcs12}`}`,
    passwordFrom: (file: string, newlineRemoved: boolean) => `, password from ${file}${newlineRemoved ? ' (its trailing newline removed)' : ''}`,
    sides: { server: 'server', client: 'client' },
    presents: (file: string, subject: string, print: string) => `${file} presents ${subject} (sha256 ${print})`,
    nothingPresented: 'nothing presented yet',
    keyFile: (file: string, inPkcs12: boolean) => `key ${file}${inPkcs12 ? ' (inside the PKCS#12 archive)' : ''}`,
    trustedFile: (file: string) => `trusted: ${file}`,
    trustedFingerprint: (print: string) => `trusted: CA fingerprint ${print}`,
    chainTo: (n: number, anchor: string, print: string) =>
      `chain of ${plural(n, { one: '1 certificate', other: `${count(n)} certificates` })} to ${anchor} (sha256 ${print})`,
    chainStatus: (status: string) => `chain: ${status}`,
    chainDetail: (status: string, anchor: string, days: number) =>
      `${status}, anchor ${anchor}, ${days < 0 ? 'expired' : plural(days, { one: '1 day left', other: `${count(days)} days left` })}`,
    result: (status: string, meaning: string, exitCode: number) => `Result: ${status.toUpperCase()}, ${meaning} (exit ${exitCode}).`,
    statuses: {
      plan: {
        pass: 'every connection passes',
        warn: 'no connection fails; some warn',
        incomplete: 'no connection fails, but some lack files and were not judged',
        fail: 'a connection fails, or a file could not be read or opened',
      } satisfies Record<Status, string>,
      files: {
        pass: 'every certificate chains to a CA among the files',
        warn: 'every certificate chains; some expire soon',
        incomplete: 'no CA among the files to chain the certificates to',
        fail: 'a certificate does not chain, or a file could not be read or opened',
      } satisfies Record<Status, string>,
    },
  },
  /** `fleet-tls convert` (its conversions' words are #words/convert's, shared with the page). */
  convert: {
    usage: `Usage: fleet-tls convert FILE --to pem|pkcs8|encrypted|plain|split --out DIR [--password-file F] [--passphrase-file F]
  Convert a certificate or key file into what Elastic Agent, Fleet Server and Logstash read,
  into a new directory, and print the openssl commands that do the same on the host.
  --to pem        PKCS#12 to PEM (certificate, key as PKCS#8, CA chain), or DER to PEM
  --to pkcs8      a PKCS#1 or SEC1 key as PKCS#8 (Logstash reads only PKCS#8)
  --to encrypted  the key as encrypted PKCS#8 (AES-256), with its passphrase file (no newline)
  --to plain      an encrypted key as unencrypted PKCS#8 (then unprotected on disk)
  --to split      one file per certificate and key of a PEM bundle
  --password-file F    the file's password (else ${'$'}FLEET_TLS_PASSWORD); one trailing newline is ignored
  --passphrase-file F  the passphrase for --to encrypted; one trailing newline is ignored
  Keys and passphrase files are written readable by their owner only.
  Exit codes: 0 written, 1 the file cannot be converted so (wrong password, …), 2 usage, unreadable file, or DIR not empty.`,
    needs: 'convert needs a file, --to and --out DIR.',
    oneFile: 'convert takes one file.',
    to: (targets: string) => `--to takes one of: ${targets}`,
    notEmpty: (dir: string) => `${dir} exists and is not empty: nothing was written. Give a new directory.`,
    writeError: (dir: string, message: string) => `Writing under ${dir} failed: ${message}`,
    wrote: (names: readonly string[], dir: string) =>
      `Wrote ${plural(names.length, { one: '1 file', other: `${count(names.length)} files` })} under ${dir}: ${names.join(', ')}`,
  },
};
