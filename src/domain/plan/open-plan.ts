import { PLAN_VERSION, planShape, type Plan } from './schema';

/**
 * Reading a saved plan file. Each past version has a migration to the next; a file from
 * a newer release, or one that is not a plan, is refused with the reason.
 */
export type OpenPlanError =
  | { code: 'not-json' }
  | { code: 'not-a-plan' }
  | { code: 'newer-version'; version: number }
  | { code: 'unsupported-version'; version: number }
  | { code: 'invalid-fields'; fields: string[] };

export type OpenPlanResult = { ok: true; plan: Plan } | { ok: false; error: OpenPlanError };

/** version N → N+1. Empty while the format is at version 1. */
const MIGRATIONS: Record<number, (old: Record<string, unknown>) => Record<string, unknown>> = {};

export function openPlan(text: string): OpenPlanResult {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
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
  // Secrets are never saved; a file without them is complete.
  const withSecrets = { ...value, secrets: { enrollmentToken: '', serviceToken: '', ...(value.secrets as object | undefined) } };
  const parsed = planShape.safeParse(withSecrets);
  if (!parsed.success) {
    const fields = [...new Set(parsed.error.issues.map((i) => i.path.join('.') || '(root)'))];
    return { ok: false, error: { code: 'invalid-fields', fields } };
  }
  return { ok: true, plan: parsed.data };
}

/**
 * The plan as saved or shared: only the schema's fields (a pasted PEM left behind by a
 * switch back to a file path is dropped), and tokens blanked, so no secret leaves in a file.
 */
export function exportPlan(plan: Plan): Plan {
  const parsed = planShape.safeParse(plan);
  return { ...(parsed.success ? parsed.data : plan), secrets: { enrollmentToken: '', serviceToken: '' } };
}

export function serializePlan(plan: Plan): string {
  return JSON.stringify(exportPlan(plan), null, 2) + '\n';
}
