import { PLAN_LIMITS } from '../plan/limits';
import type { PlanIssue } from '../plan/plan-issue';
import { controlCharacterIn, forEachString, isPemPath } from '../plan/plan-strings';
import { planContext, QUESTIONS, type Question } from './questions';
import type { Plan } from '../plan/schema';

type Path = PlanIssue['path'];

/**
 * Values no rule below should ever see: control characters and absurd sizes, in any
 * string of the plan. Such a field gets this one issue and no other.
 */
function unsafeValues(plan: Plan): PlanIssue[] {
  const issues: PlanIssue[] = [];
  forEachString(plan, (path, text) => {
    const pem = isPemPath(path);
    const char = controlCharacterIn(text, pem);
    const limit = pem ? PLAN_LIMITS.pem : path[0] === 'certs' && path[1] === 'files' ? PLAN_LIMITS.fileName : PLAN_LIMITS.text;
    if (char) issues.push({ path, code: 'control-character', params: { char } });
    else if (text.length > limit) issues.push({ path, code: 'too-long', params: { length: text.length, limit } });
  });
  const lists: Path[] = [
    ['fleetServer', 'urls'],
    ['elasticsearch', 'hosts'],
    ['output', 'logstashHosts'],
  ];
  for (const path of lists) {
    const list = path.reduce<unknown>((v, k) => (v as Record<string | number, unknown>)[k], plan) as readonly string[];
    if (list.length > PLAN_LIMITS.listItems) issues.push({ path, code: 'too-many', params: { count: list.length, limit: PLAN_LIMITS.listItems } });
  }
  return issues;
}

const samePath = (a: Path, b: Path) => a.length === b.length && a.every((k, i) => k === b[i]);
/** True when the issue sits on `path` or inside it (a list and its items). */
const within = (path: Path, outer: Path) => outer.every((k, i) => k === path[i]);

/**
 * Everything that keeps a structurally valid plan from being ready to use: the checks of
 * the questions the wizard asks for it (./questions.ts), so a field hidden by the wizard
 * never blocks it. A value refused as unsafe (control characters, size) is reported once,
 * before any question looks at it.
 */
export function validatePlan(plan: Plan): PlanIssue[] {
  const unsafe = unsafeValues(plan);
  if (unsafe.some((i) => i.code === 'too-many')) return unsafe;
  const context = planContext(plan);
  const asked = QUESTIONS.filter((q: Question) => q.asked(context));
  const issues = asked.flatMap((q: Question) => q.check?.(context) ?? []);
  return [...unsafe, ...issues.filter((i) => !unsafe.some((u) => within(i.path, u.path) || samePath(i.path, u.path)))];
}
