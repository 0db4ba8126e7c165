import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { dropOnWizard, fixture, openApp } from './support';

// Issue 15, "Convert a file": files from the certificate panel converted in the browser,
// downloaded, and read by OpenSSL on disk; the openssl command shown does the same on the host.

const FIXTURES = new URL('../.fixtures/', import.meta.url);
const fixturePath = (name: string) => new URL(name, FIXTURES).pathname;
const PASSWORDS = JSON.parse(fixture('manifest.json').toString('utf8')).passphrases as { key: string; pkcs12: string };

async function openConvertTool(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Make, request or convert certificates' }).click();
  await page.getByRole('tab', { name: 'Convert a file' }).click();
  await expect(page.getByRole('tab', { name: 'Convert a file' })).toHaveAttribute('aria-selected', 'true');
}

const openssl = (cwd: string, args: string[]) => execFileSync('openssl', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 10_000 });
const bash = (cwd: string, script: string) =>
  execFileSync('bash', ['-euo', 'pipefail', '-c', script], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 20_000 });

/** Clicks "Download NAME" and saves the file under `dir`. */
async function download(page: Page, name: string, dir: string): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: `Download ${name}`, exact: true }).click()]);
  expect(file.suggestedFilename()).toBe(name);
  const path = join(dir, name);
  await file.saveAs(path);
  return path;
}

/** The openssl command shown, exactly as Copy gives it. */
const shownCommand = async (page: Page) => (await page.locator('.convert-result .convert-command code').textContent()) ?? '';

test.describe.configure({ timeout: 60_000 });

let dir = '';
test.beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'convert-e2e-'));
});
test.afterEach(() => rmSync(dir, { recursive: true, force: true }));

test('with no file yet, the tab says how to add one and opens the certificate panel', async ({ page }) => {
  await openApp(page);
  await openConvertTool(page);
  await expect(page.getByText('No file to convert yet. Drop a certificate, key or PKCS#12 file anywhere on this page')).toBeVisible();
  await page.getByRole('button', { name: 'Open “Certificate and key files”' }).click();
  await expect(page.getByRole('heading', { name: /Certificate and key files/ }).getByRole('button')).toHaveAttribute('aria-expanded', 'true');
  await expect(page.locator('#certificate-shelf')).toBeFocused();
});

test('a PKCS#1 key converts to PKCS#8 that OpenSSL reads, the same key; the command shown does the same on the host', async ({ page }) => {
  await openApp(page);
  await dropOnWizard(page, ['rsa-server.pkcs1.key', 'fleet-server.p12']);
  await openConvertTool(page);
  await page.getByLabel('File to convert').selectOption({ label: 'rsa-server.pkcs1.key' });
  await expect(page.getByLabel('Key to PKCS#8')).toBeChecked();
  await page.getByRole('button', { name: 'Convert', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Converted: 1 file to download.' })).toBeVisible();
  await expect(page.getByText('Secret: keep it readable by its owner only (chmod 600).')).toBeVisible();

  const key = await download(page, 'rsa-server.pkcs8.key', dir);
  const text = readFileSync(key, 'utf8');
  expect(text.startsWith('-----BEGIN PRIVATE KEY-----\n')).toBe(true);
  openssl(dir, ['pkey', '-in', key, '-noout']);
  const original = openssl(dir, ['pkey', '-in', fixturePath('rsa-server.pkcs1.key'), '-pubout']);
  expect(openssl(dir, ['pkey', '-in', key, '-pubout'])).toBe(original);

  // The command, run where the original is, writes the same key.
  const command = await shownCommand(page);
  expect(command).toBe('openssl pkcs8 -topk8 -nocrypt -in rsa-server.pkcs1.key -out rsa-server.pkcs8.key');
  const host = mkdtempSync(join(dir, 'host-'));
  copyFileSync(fixturePath('rsa-server.pkcs1.key'), join(host, 'rsa-server.pkcs1.key'));
  bash(host, command);
  expect(readFileSync(join(host, 'rsa-server.pkcs8.key'), 'utf8')).toBe(text);
});

test('a PKCS#12 archive: a wrong password is refused in words and kept; the right one gives three PEM files OpenSSL verifies', async ({ page }) => {
  await openApp(page);
  await dropOnWizard(page, ['rsa-server.pkcs1.key', 'fleet-server.p12']);
  await openConvertTool(page);
  await page.getByLabel('File to convert').selectOption({ label: 'fleet-server.p12' });
  await expect(page.getByLabel('PKCS#12 to PEM')).toBeChecked();
  const password = page.getByLabel('Password of fleet-server.p12');
  await password.fill('not-the-password');
  await page.getByRole('button', { name: 'Convert', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Nothing was converted.' })).toBeVisible();
  await expect(password).toHaveAccessibleDescription(/The password does not open this file\./);
  await expect(password).toHaveAttribute('aria-invalid', 'true');
  await expect(password).toHaveValue('not-the-password');
  await expect(password).toBeFocused();

  await password.fill(PASSWORDS.pkcs12);
  await page.getByRole('button', { name: 'Convert', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Converted: 3 files to download.' })).toBeVisible();
  // The password served this conversion only.
  await expect(password).toHaveValue('');
  const [leaf, key, chain] = [
    await download(page, 'fleet-server.crt', dir),
    await download(page, 'fleet-server.key', dir),
    await download(page, 'fleet-server-ca.crt', dir),
  ];
  expect(openssl(dir, ['verify', '-CAfile', fixturePath('fleet-ca.crt'), '-untrusted', chain, '-purpose', 'sslserver', leaf]).trim()).toMatch(/: OK$/);
  for (const cert of [leaf, chain]) openssl(dir, ['x509', '-in', cert, '-noout']);
  expect(openssl(dir, ['pkey', '-in', key, '-pubout'])).toBe(openssl(dir, ['x509', '-in', leaf, '-noout', '-pubkey']));
  expect(readFileSync(key, 'utf8').startsWith('-----BEGIN PRIVATE KEY-----\n')).toBe(true);

  // The commands read the password from a file the admin writes; run so, they give the same certificate and key.
  await expect(page.getByText('The commands read the password from fleet-server.password')).toBeVisible();
  const command = await shownCommand(page);
  expect(command).toContain('openssl pkcs12 -in fleet-server.p12 -passin file:fleet-server.password -clcerts -nokeys -out fleet-server.crt');
  const host = mkdtempSync(join(dir, 'host-'));
  copyFileSync(fixturePath('fleet-server.p12'), join(host, 'fleet-server.p12'));
  writeFileSync(join(host, 'fleet-server.password'), PASSWORDS.pkcs12);
  bash(host, command);
  const fingerprint = (cwd: string, file: string) => openssl(cwd, ['x509', '-in', file, '-noout', '-fingerprint', '-sha256']);
  expect(fingerprint(host, 'fleet-server.crt')).toBe(fingerprint(dir, leaf));
  expect(fingerprint(host, 'fleet-server-ca.crt')).toBe(fingerprint(dir, chain));
  expect(openssl(host, ['pkey', '-in', 'fleet-server.key', '-pubout'])).toBe(openssl(dir, ['pkey', '-in', key, '-pubout']));

  // "Check the converted files" puts them in the certificate panel.
  await page.getByRole('button', { name: 'Check the converted files' }).click();
  await expect(page.getByText('Added to “Certificate and key files”.')).toBeVisible();
  for (const name of ['fleet-server.crt', 'fleet-server.key', 'fleet-server-ca.crt'])
    await expect(page.getByRole('article', { name, exact: true })).toBeVisible();
});

test('encrypting a key: the passphrase rules show in words, and OpenSSL opens the download with the passphrase file', async ({ page }) => {
  await openApp(page);
  await dropOnWizard(page, ['rsa-server.pkcs1.key']);
  await openConvertTool(page);
  await page.getByLabel('Encrypt the key').check();
  const passphrase = page.getByLabel('Passphrase for the encrypted key');
  await page.getByRole('button', { name: 'Convert', exact: true }).click();
  await expect(passphrase).toHaveAccessibleDescription(/Give the passphrase that will encrypt the key\./);
  await passphrase.fill('x'.repeat(1024));
  await expect(passphrase).toHaveAccessibleDescription(/The passphrase is longer than the 1,023 bytes OpenSSL reads from a file\./);
  await passphrase.fill('tab\there');
  await expect(passphrase).toHaveAccessibleDescription(/The passphrase has a control character/);
  await page.getByRole('button', { name: 'Convert', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Nothing was converted.' })).toBeVisible();
  await expect(passphrase).toHaveValue('tab\there');

  await passphrase.fill('correct horse battery staple');
  await page.getByRole('button', { name: 'Convert', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Converted: 2 files to download.' })).toBeVisible();
  await expect(page.getByText('rsa-server.passphrase opens rsa-server.encrypted.key')).toBeVisible();
  const key = await download(page, 'rsa-server.encrypted.key', dir);
  const pass = await download(page, 'rsa-server.passphrase', dir);
  expect(readFileSync(pass, 'utf8')).toBe('correct horse battery staple');
  expect(readFileSync(key, 'utf8').startsWith('-----BEGIN ENCRYPTED PRIVATE KEY-----\n')).toBe(true);
  const original = openssl(dir, ['pkey', '-in', fixturePath('rsa-server.pkcs1.key'), '-pubout']);
  expect(openssl(dir, ['pkey', '-in', key, '-passin', `file:${pass}`, '-pubout'])).toBe(original);

  const command = await shownCommand(page);
  expect(command).toBe('openssl pkcs8 -topk8 -v2 aes-256-cbc -in rsa-server.pkcs1.key -passout file:rsa-server.passphrase -out rsa-server.encrypted.key');
  const host = mkdtempSync(join(dir, 'host-'));
  copyFileSync(fixturePath('rsa-server.pkcs1.key'), join(host, 'rsa-server.pkcs1.key'));
  copyFileSync(pass, join(host, 'rsa-server.passphrase'));
  bash(host, command);
  expect(openssl(host, ['pkey', '-in', 'rsa-server.encrypted.key', '-passin', 'file:rsa-server.passphrase', '-pubout'])).toBe(original);
});

test('decrypting a key warns that it is unprotected before its download; a legacy PKCS#12 is refused with the host’s command', async ({ page }) => {
  await openApp(page);
  await dropOnWizard(page, ['fleet-server.encrypted-pkcs8.key', 'fleet-server-legacy.p12']);
  await openConvertTool(page);
  await page.getByLabel('File to convert').selectOption({ label: 'fleet-server.encrypted-pkcs8.key' });
  await page.getByLabel('Decrypt the key').check();
  await page.getByLabel('Password of fleet-server.encrypted-pkcs8.key').fill(PASSWORDS.key);
  await page.getByRole('button', { name: 'Convert', exact: true }).click();
  const warning = page
    .getByRole('status')
    .filter({ hasText: 'fleet-server.encrypted-pkcs8.unencrypted.key is not encrypted: whoever can read the file has the key.' });
  await expect(warning).toBeVisible();
  const downloadButton = page.getByRole('button', { name: 'Download fleet-server.encrypted-pkcs8.unencrypted.key' });
  expect((await warning.boundingBox())!.y).toBeLessThan((await downloadButton.boundingBox())!.y);
  const key = await download(page, 'fleet-server.encrypted-pkcs8.unencrypted.key', dir);
  expect(openssl(dir, ['pkey', '-in', key, '-pubout'])).toBe(openssl(dir, ['x509', '-in', fixturePath('fleet-server.crt'), '-noout', '-pubkey']));

  await page.getByLabel('File to convert').selectOption({ label: 'fleet-server-legacy.p12' });
  await page.getByLabel('Password of fleet-server-legacy.p12').fill(PASSWORDS.pkcs12);
  await page.getByRole('button', { name: 'Convert', exact: true }).click();
  const refusal = page.getByRole('alert').filter({ hasText: 'This PKCS#12 archive is encrypted with' });
  await expect(refusal).toContainText('OpenSSL 3 converts it with its legacy provider');
  await expect(refusal.locator('code')).toContainText('openssl pkcs12 -legacy -in fleet-server-legacy.p12');
  await expect(page.getByLabel('Password of fleet-server-legacy.p12')).toHaveValue(PASSWORDS.pkcs12);
});
