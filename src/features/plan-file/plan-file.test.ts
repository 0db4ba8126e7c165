import { describe, expect, test } from 'vitest';
import { openPlan } from '../../domain/plan/open-plan';
import { PLAN_VERSION } from '../../domain/plan/plan-version';
import { parseExampleIndex } from './example-index';
import { openPlanMessage } from './open-plan-message';
import { planFileName } from './plan-file-name';

describe('parseExampleIndex', () => {
  test('keeps well-formed entries in order', () => {
    const text = JSON.stringify([
      { file: 'on-prem-mutual.json', title: 'On-premises, mutual TLS', model: 'on-prem', tls: 'mutual' },
      { file: 'cloud.json', title: 'Cloud' },
    ]);
    expect(parseExampleIndex(text)).toEqual([
      { file: 'on-prem-mutual.json', title: 'On-premises, mutual TLS', model: 'on-prem', tls: 'mutual' },
      { file: 'cloud.json', title: 'Cloud', model: '', tls: '' },
    ]);
  });
  test.each([
    { title: 'not JSON', text: '<html>' },
    { title: 'not an array', text: '{"file":"a.json"}' },
    { title: 'a path that leaves the folder', text: '[{"file":"../secret.json","title":"x"}]' },
    { title: 'a URL', text: '[{"file":"https://evil.example/a.json","title":"x"}]' },
    { title: 'no title', text: '[{"file":"a.json"}]' },
    { title: 'not a JSON file', text: '[{"file":"a.txt","title":"x"}]' },
  ])('refuses $title', ({ text }) => {
    expect(parseExampleIndex(text)).toEqual([]);
  });
});

describe('planFileName', () => {
  test.each([
    { title: '', file: 'fleet-tls-plan.json' },
    { title: 'Prod DC 1 — mTLS', file: 'prod-dc-1-mtls-plan.json' },
    { title: 'Zürich / Fleet', file: 'zurich-fleet-plan.json' },
    { title: '***', file: 'fleet-tls-plan.json' },
  ])('“$title” → $file', ({ title, file }) => {
    expect(planFileName(title)).toBe(file);
  });
});

describe('openPlanMessage', () => {
  const messageFor = (text: string) => {
    const result = openPlan(text);
    if (result.ok) throw new Error('expected a refusal');
    return openPlanMessage('plan.json', result.error);
  };
  test('garbage', () => {
    expect(messageFor('garbage')).toBe('“plan.json” is not a plan: it is not JSON. Your answers are unchanged.');
  });
  test('a newer plan names both versions', () => {
    expect(messageFor('{"version": 7}')).toBe(
      `“plan.json” was saved by a newer release of this wizard (plan format 7; this one reads up to ${PLAN_VERSION}). Open it with the newer release. Your answers are unchanged.`,
    );
  });
  test('JSON that is not a plan', () => {
    expect(messageFor('[1,2]')).toBe('“plan.json” is JSON but not a Fleet TLS Wizard plan (it has no version). Your answers are unchanged.');
  });
  test('a plan with bad fields lists them', () => {
    expect(messageFor('{"version": 1, "model": "moon"}')).toMatch(/^“plan\.json” is a plan, but these answers in it are not valid: title, model, /);
  });
});
