import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { artifact, artifactText, openApp, startFromExample } from './support';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

test('Download saves exactly the script shown; Copy gives the same commands as one block to paste', async ({ page }) => {
  await openApp(page);
  await startFromExample(page, 'On-premises, mutual TLS everywhere');
  await page.getByRole('tab', { name: 'Fleet Server' }).click();
  const title = /^Fleet Server install script/;
  const shown = await artifactText(page, title);
  expect(shown).toContain('--fleet-server-client-auth=required');

  await artifact(page, title).getByRole('button', { name: 'Copy' }).click();
  await expect(artifact(page, title).getByRole('status')).toHaveText('Copied to the clipboard.');
  // The paste form: ( … ) with set -eu inside, no comments, the shown file's commands.
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied.startsWith('(\nset -eu\n')).toBe(true);
  expect(copied.endsWith('\n)\n')).toBe(true);
  expect(copied).not.toMatch(/^#/m);
  const commands = (script: string) => script.split('\n').filter((l) => l !== '' && !l.startsWith('#') && l !== '(' && l !== ')');
  expect(commands(copied)).toEqual(commands(shown));

  const [download] = await Promise.all([page.waitForEvent('download'), artifact(page, title).getByRole('button', { name: 'Download' }).click()]);
  expect(download.suggestedFilename()).toBe('fleet-server-linux-x86_64.sh');
  expect(await readFile(await download.path(), 'utf8')).toBe(shown);

  // The Windows agent command downloads as PowerShell.
  await page.getByRole('tab', { name: 'Agents' }).click();
  await page.getByRole('radio', { name: 'Windows x86_64 (zip)', exact: true }).check();
  const windows = 'Agent install script — Windows x86_64 (zip)';
  const ps = await artifactText(page, windows);
  const [psDownload] = await Promise.all([page.waitForEvent('download'), artifact(page, windows).getByRole('button', { name: 'Download' }).click()]);
  expect(psDownload.suggestedFilename()).toBe('agent-windows-x86_64.ps1');
  expect(await readFile(await psDownload.path(), 'utf8')).toBe(ps);
  expect(ps).toMatch(/ `\n/); // PowerShell's backtick continuation
  expect(ps).toContain('Unblock-File .\\agent-windows-x86_64.ps1');
  await artifact(page, windows).getByRole('button', { name: 'Copy' }).click();
  await expect(artifact(page, windows).getByRole('status')).toHaveText('Copied to the clipboard.');
  const psCopied = await page.evaluate(() => navigator.clipboard.readText());
  expect(psCopied.startsWith("& {\n$ErrorActionPreference = 'Stop'\n")).toBe(true);
  expect(psCopied.endsWith('\n}\n')).toBe(true);
});
