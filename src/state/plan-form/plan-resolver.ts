import type { FieldErrors, Resolver } from 'react-hook-form';
import type { Plan } from '../../domain/plan/schema';
import type { PlanIssue } from '../../domain/plan/plan-issue';
import { encodeIssue } from './issue-message';
import { fieldNameOf } from './field-name';
import { planIssues } from './plan-issues';

/** One leaf error per field; its message and `types` hold issues as JSON, never words. */
export interface EncodedFieldError {
  type: string;
  message: string;
  types?: Record<string, string>;
}

/**
 * Issues → react-hook-form's nested errors. Every field gets one leaf error (the first
 * issue in `message`, all of them in `types` when there are several), so that
 * validating a single field finds its error where react-hook-form looks for it.
 */
export function issuesToFieldErrors(issues: readonly PlanIssue[], values: unknown): Record<string, unknown> {
  const byField = new Map<string, PlanIssue[]>();
  for (const issue of issues) {
    const name = fieldNameOf(issue.path, values);
    byField.set(name, [...(byField.get(name) ?? []), issue]);
  }
  const errors: Record<string, unknown> = {};
  for (const [name, list] of byField) {
    const [first] = list;
    if (!first) continue;
    const error: EncodedFieldError = { type: first.code, message: encodeIssue(first) };
    if (list.length > 1) error.types = Object.fromEntries(list.map((issue, i) => [String(i), encodeIssue(issue)]));
    setIn(errors, name.split('.'), error);
  }
  return errors;
}

function setIn(target: Record<string, unknown>, keys: readonly string[], value: unknown): void {
  let node = target;
  keys.forEach((key, i) => {
    if (i === keys.length - 1) {
      node[key] = value;
      return;
    }
    const next = node[key];
    const child = typeof next === 'object' && next !== null ? (next as Record<string, unknown>) : {};
    node[key] = child;
    node = child;
  });
}

/** The form's resolver: shape (zod) and semantic rules (validatePlan) as field errors. */
export const planResolver: Resolver<Plan> = (values) => {
  const issues = planIssues(values);
  if (issues.length === 0) return { values, errors: {} };
  return { values: {}, errors: issuesToFieldErrors(issues, values) as FieldErrors<Plan> };
};
