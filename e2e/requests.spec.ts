import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { parse } from 'yaml';
import { dropOnWizard, openCertTools } from './support';

// Issue 15, "Ask for production certificates": per certificate what to ask a PKI for, and a
// key and CSR made in the browser; signed by a CA outside the page and dropped back on it
// with its key, the certificate is checked and the plan takes its file name.

const leg = (page: Page, name: string) => page.locator('#certificate-shelf').getByRole('listitem', { name, exact: true });
const tool = (page: Page) => page.getByRole('tabpanel', { name: 'Ask your PKI' });

async function openRequestTool(page: Page): Promise<void> {
  await openCertTools(page, 'Ask your PKI');
  await expect(page.getByRole('heading', { name: 'What to ask for' })).toBeVisible();
}

const openssl = (cwd: string, args: string[]) => execFileSync('openssl', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 10_000 });

/** The SANs of a CSR or certificate as `openssl -text` prints them: DNS:a, DNS:b. */
const sansIn = (text: string) => /X509v3 Subject Alternative Name:\s*\n\s*(.+)\n/.exec(text)?.[1]?.trim();

test.describe.configure({ timeout: 60_000 });

test('the OpenSSL config shown for a certificate makes, with real openssl, a CSR asking for the names shown', async ({ page }) => {
  await openRequestTool(page);
  const card = tool(page).getByRole('article', { name: /^Fleet Server’s server certificate/ });
  await expect(card).toContainText('CN=fleet.example.com');
  const shown = await card.locator('dt:text-is("Names (SANs)") + dd code').allTextContents();
  expect(shown).toEqual(['fleet.example.com', 'localhost']);

  await expect(tool(page).getByLabel('With OpenSSL on the host')).toBeChecked();
  const config = (await tool(page).getByRole('region', { name: 'fleet-server.cnf' }).getByRole('code').textContent()) ?? '';
  const dir = mkdtempSync(join(tmpdir(), 'requests-e2e-'));
  try {
    writeFileSync(join(dir, 'fleet-server.cnf'), config);
    openssl(dir, ['genpkey', '-algorithm', 'EC', '-pkeyopt', 'ec_paramgen_curve:P-256', '-out', 'fleet-server.key']);
    openssl(dir, ['req', '-new', '-key', 'fleet-server.key', '-config', 'fleet-server.cnf', '-out', 'fleet-server.csr']);
    const text = openssl(dir, ['req', '-in', 'fleet-server.csr', '-noout', '-text']);
    expect(text).toMatch(/Subject: CN\s?=\s?fleet\.example\.com/);
    expect(sansIn(text)).toBe(shown.map((n) => `DNS:${n}`).join(', '));
    expect(text).toContain('TLS Web Server Authentication');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a key and CSR made in the browser, signed outside and dropped back with the key, pass the check and fill the plan', async ({ page }) => {
  await openRequestTool(page);
  await tool(page).getByLabel('In this browser').check();
  await expect(tool(page).getByText('The key file you download is the only copy')).toBeVisible();
  const row = tool(page).getByRole('region', { name: /^Fleet Server’s server certificate/ });
  await row.getByRole('button', { name: 'Make a key and CSR here' }).click();
  await expect(row.getByRole('status')).toHaveText(/^Made the key \(ECDSA P-256\) and its CSR\./, { timeout: 20_000 });

  const dir = mkdtempSync(join(tmpdir(), 'requests-e2e-'));
  try {
    for (const name of ['fleet-server.csr', 'fleet-server.key']) {
      const [file] = await Promise.all([page.waitForEvent('download'), row.getByRole('button', { name: `Download ${name}` }).click()]);
      expect(file.suggestedFilename()).toBe(name);
      await file.saveAs(join(dir, name));
    }
    expect(readFileSync(join(dir, 'fleet-server.key'), 'utf8')).toMatch(/^-----BEGIN PRIVATE KEY-----\n/);
    expect(openssl(dir, ['req', '-in', 'fleet-server.csr', '-noout', '-verify'])).toBe('');

    // A throwaway CA signs it, as a PKI would, keeping the extensions the CSR asks for.
    openssl(dir, [
      'req',
      '-x509',
      '-newkey',
      'ec',
      '-pkeyopt',
      'ec_paramgen_curve:P-256',
      '-nodes',
      '-keyout',
      'prod-ca.key',
      '-out',
      'prod-ca.crt',
      '-days',
      '365',
      '-subj',
      '/CN=Throwaway production CA',
      '-addext',
      'basicConstraints=critical,CA:TRUE',
      '-addext',
      'keyUsage=critical,keyCertSign,cRLSign',
    ]);
    openssl(dir, [
      'x509',
      '-req',
      '-in',
      'fleet-server.csr',
      '-CA',
      'prod-ca.crt',
      '-CAkey',
      'prod-ca.key',
      '-days',
      '90',
      '-copy_extensions',
      'copyall',
      '-out',
      'fleet-prod.pem',
    ]);
    expect(sansIn(openssl(dir, ['x509', '-in', 'fleet-prod.pem', '-noout', '-text']))).toBe('DNS:fleet.example.com, DNS:localhost');

    await expect(tool(page).getByText('Drop the signed certificate and its key anywhere on the page')).toBeVisible();
    await dropOnWizard(page, [
      ...['fleet-prod.pem', 'fleet-server.key', 'prod-ca.crt'].map((name) => ({ name, bytes: readFileSync(join(dir, name)) })),
      // The agents' side of the mutual connection: fixtures.
      'agent-ca.crt',
      'agent-client.crt',
      'agent-client.key',
    ]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }

  await expect(leg(page, 'Agents → Fleet Server')).toContainText('passes');
  await expect(page.getByRole('article', { name: 'fleet-prod.pem', exact: true })).toContainText('Used as: Fleet Server certificate');
  await expect(page.getByRole('article', { name: 'fleet-server.key', exact: true })).toContainText('Used as: Fleet Server key');
  // The plan now names the file as it came back: the tab says so, and so does the Certificates step.
  await expect(row).toHaveAccessibleName('Fleet Server’s server certificate fleet-prod.pem');
  await page.getByRole('button', { name: 'Certificates', exact: true }).click();
  await expect(page.getByRole('textbox', { name: 'Fleet Server certificate', exact: true })).toHaveValue('fleet-prod.pem');
});

test('the key type and days reach every way: certutil’s instances.yml and commands, the signing commands; a wrong number of days says so', async ({ page }) => {
  await openRequestTool(page);
  await tool(page).getByLabel('Key type').selectOption({ label: 'RSA 3072' });
  await expect(tool(page).getByRole('article', { name: /^Fleet Server’s server certificate/ })).toContainText('RSA 3072');
  await expect(tool(page).getByRole('article', { name: /^Fleet Server’s server certificate/ })).toContainText('digitalSignature, keyEncipherment');

  await tool(page).getByLabel('Valid for (days)').fill('0');
  await expect(tool(page).getByText('Enter a whole number of days from 1 to 825.')).toBeVisible();
  await tool(page).getByLabel('Valid for (days)').fill('90');
  await expect(tool(page).getByText('Enter a whole number of days from 1 to 825.')).toHaveCount(0);
  await expect(tool(page).getByRole('region', { name: 'Your PKI signs them' }).getByRole('code')).toContainText(
    'openssl x509 -req -in fleet-server.csr -CA fleet-ca.crt -CAkey fleet-ca.key -days 90 -copy_extensions copyall -out fleet-server.crt',
  );

  await tool(page).getByLabel('With elasticsearch-certutil').check();
  const yml = (await tool(page).getByRole('region', { name: 'instances.yml' }).getByRole('code').textContent()) ?? '';
  expect((parse(yml) as { instances: unknown[] }).instances[0]).toEqual({
    name: 'fleet.example.com',
    filename: 'fleet-server',
    dns: ['fleet.example.com', 'localhost'],
  });
  await expect(tool(page).getByRole('region', { name: 'Your PKI signs the CSRs' }).getByRole('code')).toContainText('--keysize 3072');
  await expect(tool(page).getByRole('region', { name: 'Or certutil’s own CA signs them' }).getByRole('code')).toContainText('--days 90');
  // RSA asked: certutil can make it; it still sets no extended key usage.
  await expect(tool(page).getByText('certutil makes RSA keys only')).toHaveCount(0);
  await expect(tool(page).getByText('certutil sets no extended key usage')).toBeVisible();
});
