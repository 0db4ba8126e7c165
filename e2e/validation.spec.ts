import { expect, test, type Page } from '@playwright/test';
import { openApp } from './support';

const form = (page: Page) => page.getByRole('region', { name: 'Your answers', exact: true });

test('an invalid Fleet Server URL shows the reason, and Next keeps what was typed', async ({ page }) => {
  await openApp(page);
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Hosts and versions' })).toBeVisible();

  const urls = page.getByLabel('Fleet Server URLs');
  await urls.fill('fleet.example.com:8220');
  await urls.blur();
  const reason = '“fleet.example.com:8220” must start with https://';
  await expect(form(page).getByText(reason)).toBeVisible();
  await expect(urls).toHaveAttribute('aria-invalid', 'true');

  await page.getByRole('button', { name: 'Next' }).click();
  // Still on the same step, the value as typed, the field focused, the reason still said.
  await expect(page.getByRole('heading', { level: 2, name: 'Hosts and versions' })).toBeVisible();
  await expect(urls).toHaveValue('fleet.example.com:8220');
  await expect(urls).toBeFocused();
  await expect(urls).toHaveAccessibleDescription(new RegExp(reason.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));

  // Going elsewhere and back loses nothing either.
  await page.getByRole('button', { name: 'Back' }).click();
  await page
    .getByRole('navigation', { name: 'Wizard steps' })
    .getByRole('button', { name: /Hosts and versions/ })
    .click();
  await expect(page.getByLabel('Fleet Server URLs')).toHaveValue('fleet.example.com:8220');

  // Fixed: the error goes, and the Fleet Server command uses the URL.
  await page.getByLabel('Fleet Server URLs').fill('https://fleet.example.com:8220');
  await expect(form(page).getByText(reason)).toHaveCount(0);
  await page.getByRole('tab', { name: 'Fleet Server' }).click();
  await expect(page.getByRole('region', { name: /^Fleet Server install script/ }).getByRole('code')).toContainText('--url=https://fleet.example.com:8220');
});

test('a "things to fix" link opens the step, shows the error and focuses the field', async ({ page }) => {
  await openApp(page);
  await page.getByRole('button', { name: /Hosts and versions · Elasticsearch hosts/ }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Hosts and versions' })).toBeVisible();
  await expect(page.getByLabel('Elasticsearch hosts')).toBeFocused();
  await expect(page.getByLabel('Elasticsearch hosts')).toHaveAccessibleDescription(/Add at least one\./);
});

test('mutual TLS on Fleet Server on Elastic Cloud is refused, and the switch keeps mutual TLS', async ({ page }) => {
  await openApp(page);
  await page.getByRole('radio', { name: 'Fleet Server on Elastic Cloud', exact: true }).check();
  await page.getByRole('radio', { name: 'Mutual TLS', exact: true }).check();

  await expect(form(page).getByText('mutual TLS is not supported with Fleet Server on Elastic Cloud')).toBeVisible();
  const fix = page.getByRole('button', { name: 'Switch to “Elastic Cloud behind your proxy”, keeping mutual TLS' });
  await fix.click();

  await expect(page.getByRole('radio', { name: 'Elastic Cloud behind your proxy', exact: true })).toBeChecked();
  await expect(page.getByRole('radio', { name: 'Mutual TLS', exact: true })).toBeChecked();
  await expect(page.getByText('mutual TLS is not supported with Fleet Server on Elastic Cloud')).toHaveCount(0);
  await expect(fix).toHaveCount(0);
  // Mutual TLS now has its options.
  await expect(page.getByRole('group', { name: 'Client certificates at Fleet Server' })).toBeVisible();
});

test('lab mode says what --insecure does not cover', async ({ page }) => {
  await openApp(page);
  await page.getByRole('radio', { name: 'Lab only: self-signed', exact: true }).check();
  const note = page.getByRole('region', { name: 'What --insecure covers, and what it does not' });
  await expect(note).toContainText('Fleet Server → Elasticsearch');
  await expect(note).toContainText('output');
});

test('the forward proxy must be an http(s) URL; unprivileged agents get --unprivileged on install', async ({ page }) => {
  await openApp(page);
  await page.getByRole('button', { name: 'Next' }).click();
  const proxy = page.getByLabel('Forward proxy to Fleet Server');
  await proxy.fill('socks5://proxy.example.com:1080');
  await proxy.blur();
  const reason = '“socks5://proxy.example.com:1080” must start with http:// or https://.';
  await expect(form(page).getByText(reason)).toBeVisible();
  await expect(proxy).toHaveAttribute('aria-invalid', 'true');

  await proxy.fill('http://proxy.example.com:3128');
  await expect(form(page).getByText(reason)).toHaveCount(0);
  await page.getByLabel('Unprivileged agents').check();
  await page.getByRole('tab', { name: 'Agents' }).click();
  const agent = page
    .getByRole('region', { name: /^Agent install script/ })
    .first()
    .getByRole('code');
  await expect(agent).toContainText('--proxy-url=http://proxy.example.com:3128');
  await expect(agent).toContainText('--unprivileged');
});
