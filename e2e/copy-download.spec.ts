import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { artifact, artifactText, openApp, startFromExample } from './support';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

test('Copy and Download give exactly the artifact shown', async ({ page }) => {
  await openApp(page);
  await startFromExample(page, 'On-premises, mutual TLS everywhere');
  await page.getByRole('tab', { name: 'Fleet Server' }).click();
  const title = /^Fleet Server install command/;
  const shown = await artifactText(page, title);
  expect(shown).toContain('--fleet-server-client-auth=required');

  await artifact(page, title).getByRole('button', { name: 'Copy' }).click();
  await expect(artifact(page, title).getByRole('status')).toHaveText('Copied to the clipboard.');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(shown);

  const [download] = await Promise.all([page.waitForEvent('download'), artifact(page, title).getByRole('button', { name: 'Download' }).click()]);
  expect(download.suggestedFilename()).toBe('fleet-server-linux-x86_64.sh');
  expect(await readFile(await download.path(), 'utf8')).toBe(shown);

  // The Windows agent command downloads as PowerShell.
  await page.getByRole('tab', { name: 'Agents' }).click();
  await page.getByRole('radio', { name: 'Windows x86_64 (zip)', exact: true }).check();
  const windows = 'Agent install command — Windows x86_64 (zip)';
  const ps = await artifactText(page, windows);
  const [psDownload] = await Promise.all([page.waitForEvent('download'), artifact(page, windows).getByRole('button', { name: 'Download' }).click()]);
  expect(psDownload.suggestedFilename()).toBe('agent-windows-x86_64.ps1');
  expect(await readFile(await psDownload.path(), 'utf8')).toBe(ps);
  expect(ps).toMatch(/ `\n/); // PowerShell's backtick continuation
});
