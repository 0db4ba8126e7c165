import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { PLAN_VERSION } from '../src/domain/plan/plan-version';
import { openApp, startFromExample } from './support';

test('a garbage plan file shows a clear error and the answers stay', async ({ page }) => {
  await openApp(page);
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByLabel('Fleet Server URLs').fill('https://fleet.example.com:8220');
  await page.getByLabel('Plan name (optional)').fill('Kept');

  await page.getByLabel('Open plan…').setInputFiles({ name: 'garbage.json', mimeType: 'application/json', buffer: Buffer.from('this is not { a plan') });
  await expect(page.getByRole('alert')).toHaveText(/“garbage\.json” is not a plan: it is not JSON\. Your answers are unchanged\./);
  await expect(page.getByLabel('Fleet Server URLs')).toHaveValue('https://fleet.example.com:8220');
  await expect(page.getByLabel('Plan name (optional)')).toHaveValue('Kept');

  await page.getByLabel('Open plan…').setInputFiles({ name: 'future.json', mimeType: 'application/json', buffer: Buffer.from('{"version": 99}') });
  await expect(page.getByRole('alert')).toContainText('“future.json” was saved by a newer release of this wizard (plan format 99');
  await expect(page.getByLabel('Plan name (optional)')).toHaveValue('Kept');
});

test('a downloaded plan opens again, and never carries the tokens', async ({ page }) => {
  await openApp(page);
  await startFromExample(page, 'On-premises, mutual TLS everywhere');
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByLabel('Enrollment token (optional)').fill('c2VjcmV0LWVucm9sbG1lbnQ=');
  await expect(page.getByLabel('Enrollment token (optional)')).toHaveAttribute('type', 'password');

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download plan (JSON)' }).click()]);
  expect(download.suggestedFilename()).toBe('on-premises-mutual-tls-everywhere-plan.json');
  const text = await readFile(await download.path(), 'utf8');
  const saved = JSON.parse(text) as { version: number; tls: string; secrets: { enrollmentToken: string } };
  expect(saved.version).toBe(PLAN_VERSION);
  expect(saved.tls).toBe('mutual');
  expect(saved.secrets.enrollmentToken).toBe('');
  expect(text).not.toContain('c2VjcmV0LWVucm9sbG1lbnQ=');
  // Nothing secret in the address bar or in browser storage either.
  expect(page.url()).not.toContain('c2VjcmV0');
  const stored = await page.evaluate(() => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }));
  expect(stored).not.toContain('c2VjcmV0');

  await page.reload();
  await page.getByLabel('Open plan…').setInputFiles({ name: 'saved.json', mimeType: 'application/json', buffer: Buffer.from(text) });
  await expect(page.getByRole('status').filter({ hasText: 'Opened “saved.json”' })).toBeVisible();
  await expect(page.getByRole('radio', { name: 'Mutual TLS', exact: true })).toBeChecked();
});
