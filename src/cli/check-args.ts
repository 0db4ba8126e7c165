import { CERT_ROLES, ROLE_FACTS } from '../domain/catalog/roles';
import { SERVER_ROLES, type InspectRole } from '../domain/inspect/shelf';
import { parseAt } from './parse-at';
import { cliWords } from '#words/cli';

/**
 * The roles a file can be given: the plan's certificates, keys and CAs, and the servers'
 * own certificates; never a passphrase file. A Set, so that `__proto__` or `constructor`
 * is not a role because every object has one.
 */
export const KNOWN_ROLES: ReadonlySet<InspectRole> = new Set<InspectRole>([...CERT_ROLES.filter((r) => ROLE_FACTS[r].kind !== 'passphrase'), ...SERVER_ROLES]);

export const isKnownRole = (role: string): role is InspectRole => KNOWN_ROLES.has(role as InspectRole);

/** `--password-file ROLE_OR_FILE=PATH`, as given. */
export interface PasswordFileOption {
  readonly key: string;
  readonly path: string;
}

export interface CheckOptions {
  readonly json: boolean;
  readonly planFile: string | null;
  /** `--at`: the time to judge at; null for now. */
  readonly at: Date | null;
  /** Every file, each once, in the order first given (`--as` files included). */
  readonly paths: readonly string[];
  /** `--as ROLE=FILE`. */
  readonly pinned: ReadonlyMap<InspectRole, string>;
  readonly passwordFiles: readonly PasswordFileOption[];
}

export type ParsedCheckArgs =
  | { readonly ok: true; readonly options: CheckOptions }
  /** A usage error: `message`, then the usage when `withUsage`. */
  | { readonly ok: false; readonly message: string; readonly withUsage: boolean };

const PASSWORD_ON_COMMAND_LINE = new Set(['--password', '--passphrase', '--pass', '--pw']);

/** Splits `NAME=VALUE` at the first `=`; null unless both sides are non-empty. */
function pair(value: string): [string, string] | null {
  const at = value.indexOf('=');
  if (at <= 0 || at === value.length - 1) return null;
  return [value.slice(0, at), value.slice(at + 1)];
}

/** `fleet-tls check` arguments → options, or the usage error. Pure: reads nothing. */
export function parseCheckArgs(args: readonly string[]): ParsedCheckArgs {
  const usageError = (message: string, withUsage = false): ParsedCheckArgs => ({ ok: false, message, withUsage });
  let json = false;
  let planFile: string | null = null;
  let at: Date | null = null;
  const paths: string[] = [];
  const pinned = new Map<InspectRole, string>();
  const passwordFiles: PasswordFileOption[] = [];
  const addPath = (p: string) => {
    if (!paths.includes(p)) paths.push(p);
  };
  let onlyFiles = false;
  for (let i = 0; i < args.length; i++) {
    const a = args[i] ?? '';
    if (onlyFiles || !a.startsWith('-') || a === '-') {
      addPath(a);
      continue;
    }
    if (a === '--') {
      onlyFiles = true;
      continue;
    }
    const eq = a.indexOf('=');
    const name = eq > 0 ? a.slice(0, eq) : a;
    if (PASSWORD_ON_COMMAND_LINE.has(name)) {
      return usageError(cliWords.args.noPasswordOnCommandLine(name));
    }
    if (name === '--json') {
      if (eq > 0) return usageError('--json takes no value.', true);
      json = true;
      continue;
    }
    if (!['--plan', '--as', '--password-file', '--at'].includes(name)) return usageError(cliWords.args.unknownOption(name), true);
    const value = eq > 0 ? a.slice(eq + 1) : args[++i];
    if (value === undefined || value === '') return usageError(cliWords.args.needsValue(name), true);
    if (name === '--plan') {
      if (planFile !== null) return usageError(cliWords.args.onlyOne('--plan'));
      planFile = value;
    } else if (name === '--at') {
      if (at !== null) return usageError(cliWords.args.onlyOne('--at'));
      at = parseAt(value);
      if (at === null) {
        return usageError(cliWords.args.at(value));
      }
    } else if (name === '--as') {
      const p = pair(value);
      if (!p || !isKnownRole(p[0])) return usageError(cliWords.args.asRole([...KNOWN_ROLES].join(', ')));
      const [role, file] = p;
      if (pinned.has(role) && pinned.get(role) !== file) return usageError(cliWords.args.asTwice(role));
      pinned.set(role, file);
      addPath(file);
    } else {
      const p = pair(value);
      if (!p) return usageError('--password-file takes ROLE_OR_FILE=PATH: a role named with --as, or one of the files, and the file that holds its password.');
      if (passwordFiles.some((o) => o.key === p[0])) return usageError(cliWords.args.passwordFileTwice(p[0]));
      passwordFiles.push({ key: p[0], path: p[1] });
    }
  }
  if (paths.length === 0) return usageError(cliWords.args.checkNeedsFiles, true);
  return { ok: true, options: { json, planFile, at, paths, pinned, passwordFiles } };
}
