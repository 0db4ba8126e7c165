import { MIGRATIONS } from './migrations';
import { PLAN_LIMITS } from './limits';
import { controlCharacters } from './plan-strings';
import { PLAN_VERSION, planShape, type Plan } from './schema';

/**
 * Reading a saved plan file. Each past version has a migration to the next; a file from
 * a newer release, one that is not a plan, one too large to be a plan, or one holding
 * control characters is refused with the reason. Tokens never come from a file: any it
 * carries are removed, and the result says so.
 */
export type OpenPlanError =
  | { code: 'not-json' }
  | { code: 'not-a-plan' }
  | { code: 'too-large'; bytes: number; maxBytes: number }
  | { code: 'newer-version'; version: number }
  | { code: 'unsupported-version'; version: number }
  | { code: 'control-characters'; fields: string[] }
  | { code: 'invalid-fields'; fields: string[] };

/** Something the file had that was left out on purpose. */
export type OpenPlanNotice = 'tokens-removed';

export type OpenPlanResult = { ok: true; plan: Plan; notices: OpenPlanNotice[] } | { ok: false; error: OpenPlanError };

const NO_SECRETS = { enrollmentToken: '', serviceToken: '' };

export function openPlan(text: string): OpenPlanResult {
  // UTF-16 length bounds the UTF-8 size from below; the exact byte count is only needed in the message.
  if (text.length > PLAN_LIMITS.fileBytes) {
    return { ok: false, error: { code: 'too-large', bytes: new TextEncoder().encode(text).length, maxBytes: PLAN_LIMITS.fileBytes } };
  }
  let raw: unknown;
  try {
    // Editors on Windows save UTF-8 with a byte order mark.
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, error: { code: 'not-json' } };
  }
  return openPlanValue(raw);
}

export function openPlanValue(raw: unknown): OpenPlanResult {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw) || !('version' in raw)) {
    return { ok: false, error: { code: 'not-a-plan' } };
  }
  let value = raw as Record<string, unknown>;
  const version = value.version;
  if (typeof version !== 'number' || !Number.isInteger(version)) return { ok: false, error: { code: 'not-a-plan' } };
  if (version > PLAN_VERSION) return { ok: false, error: { code: 'newer-version', version } };
  for (let v = version; v < PLAN_VERSION; v++) {
    const migrate = MIGRATIONS[v];
    if (!migrate) return { ok: false, error: { code: 'unsupported-version', version } };
    value = migrate(value);
  }
  const { secrets, ...rest } = value;
  const carriedTokens = typeof secrets === 'object' && secrets !== null && Object.values(secrets).some((t) => typeof t === 'string' && t.trim() !== '');
  const parsed = planShape.safeParse({ ...rest, secrets: NO_SECRETS });
  if (!parsed.success) {
    const fields = [...new Set(parsed.error.issues.map((i) => i.path.join('.') || '(root)'))];
    return { ok: false, error: { code: 'invalid-fields', fields } };
  }
  const control = controlCharacters(parsed.data);
  if (control.length > 0) return { ok: false, error: { code: 'control-characters', fields: [...new Set(control.map((c) => c.path.join('.')))] } };
  return { ok: true, plan: parsed.data, notices: carriedTokens ? ['tokens-removed'] : [] };
}

/**
 * The plan as saved or shared: only the schema's fields (a pasted PEM left behind by a
 * switch back to a file path is dropped), and tokens blanked, so no secret leaves in a file.
 */
export function exportPlan(plan: Plan): Plan {
  const parsed = planShape.safeParse(plan);
  return { ...(parsed.success ? parsed.data : plan), secrets: NO_SECRETS };
}

export function serializePlan(plan: Plan): string {
  return JSON.stringify(exportPlan(plan), null, 2) + '\n';
}
