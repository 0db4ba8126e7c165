import { createHash, createPublicKey } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { dropOnWizard, fixture, openApp, startFromExample } from './support';

// The fixtures' passwords, from the manifest scripts/make-fixtures.sh writes.
const PASSWORDS = JSON.parse(fixture('manifest.json').toString('utf8')).passphrases as { key: string; pkcs12: string };

const fileCard = (page: Page, name: string) => page.getByRole('article', { name, exact: true });
const leg = (page: Page, name: string) => page.locator('#certificate-shelf').getByRole('listitem', { name, exact: true });
const useAs = (card: Locator, name: string) => card.getByRole('combobox', { name: `Use ${name} as` });

/** The on-premises mutual TLS example, with the hosts of the main path. */
async function mutualPlan(page: Page): Promise<void> {
  await openApp(page);
  await startFromExample(page, 'On-premises, mutual TLS everywhere');
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByLabel('Fleet Server URLs').fill('https://fleet.example.com:8220');
  await page.getByLabel('Elasticsearch hosts').fill('https://node1.es.example.com:9200');
}

test('a wrong Fleet Server certificate fails its connection, explained; the right one, chosen by role, passes', async ({ page }) => {
  await mutualPlan(page);
  await dropOnWizard(page, [
    'fleet-ca.crt',
    'fleet-intermediate.crt',
    'san-mismatch.crt',
    'san-mismatch.key',
    'agent-ca.crt',
    'agent-client.crt',
    'agent-client.key',
    'es-ca.crt',
    'es-server.crt',
  ]);
  await expect(page.getByRole('heading', { name: /Certificate and key files/ }).getByRole('button')).toHaveAttribute('aria-expanded', 'true');
  await useAs(fileCard(page, 'san-mismatch.crt'), 'san-mismatch.crt').selectOption({ label: 'Fleet Server certificate' });

  await expect(leg(page, 'Agents → Fleet Server')).toContainText('fails');
  await expect(leg(page, 'Agents → Fleet Server')).toContainText('san-mismatch.crt does not cover fleet.example.com (it covers: other.example.com)');
  await expect(fileCard(page, 'san-mismatch.key')).toContainText('Used as: Fleet Server key');
  await expect(page.getByRole('status').filter({ hasText: 'Connections:' })).toContainText('fail');
  // Readiness counts the verdicts: every answer checks out, yet the plan is not ready.
  await expect(
    page.getByRole('heading', { name: /^Your answers check out, but \d connections? fails? with your certificate files\. Not ready\.$/ }),
  ).toBeVisible();
  // The diagram colours that connection red, and says so in words.
  const diagram = page.locator('#certificate-shelf svg[role="img"]');
  await expect(diagram.locator('g[data-verdict="fail"] title').filter({ hasText: /^Agents → Fleet Server: fails/ })).toHaveCount(1);
  await expect(page.locator('#certificate-shelf').getByText('red: fails')).toBeVisible();

  await dropOnWizard(page, ['fleet-server-bundle.pem', 'fleet-server.key']);
  await useAs(fileCard(page, 'fleet-server-bundle.pem'), 'fleet-server-bundle.pem').selectOption({ label: 'Fleet Server certificate' });
  await expect(leg(page, 'Agents → Fleet Server')).toContainText('passes');
  await expect(leg(page, 'Agents → Fleet Server')).not.toContainText('does not cover');
  await expect(leg(page, 'Fleet Server host’s own agent → localhost:8221')).toContainText('passes');
  await expect(fileCard(page, 'fleet-server.key')).toContainText('Used as: Fleet Server key');
  await expect(fileCard(page, 'san-mismatch.crt')).toContainText('Not used by this plan.');
  await expect(diagram.locator('g[data-verdict="fail"]')).toHaveCount(0);
  await expect(diagram.locator('g[data-verdict="pass"] title').first()).toHaveText(/Agents → Fleet Server: passes/);
  // The Fleet Server host's own connection is drawn too: a loop over Fleet Server.
  await expect(diagram.locator('g[data-verdict="pass"] title').filter({ hasText: 'Fleet Server host’s own agent → localhost:8221: passes' })).toHaveCount(1);
  // Step 1's picture of the chosen model follows the verdicts too, with the key in words.
  await page.getByRole('button', { name: 'Deployment model' }).click();
  const chosen = page.locator('.model-card[data-checked] svg[role="img"]');
  await expect(chosen.locator('g[data-verdict="pass"]').first()).toBeAttached();
  await expect(page.getByRole('region', { name: 'Your answers', exact: true }).getByText('green: passes')).toBeVisible();
});

test('bad files each say what is wrong, on that file alone; a PKCS#12 opens with its password', async ({ page }) => {
  const console: string[] = [];
  page.on('console', (m) => console.push(m.text()));
  await mutualPlan(page);
  await dropOnWizard(page, ['fleet-ca.crt', 'empty.pem', 'truncated.pem', 'bad-base64.pem', 'random.bin', 'fleet-server.p12']);
  const big = join(mkdtempSync(join(tmpdir(), 'fleet-tls-')), 'huge.pem');
  writeFileSync(big, Buffer.alloc(50 * 1024 * 1024, 0x41));
  await page.getByLabel('Certificate and key files to check', { exact: true }).setInputFiles(big);

  const expected: [string, string][] = [
    ['empty.pem', 'The file is empty.'],
    ['truncated.pem', 'A PEM block starts but never ends'],
    ['bad-base64.pem', 'base64 text is damaged'],
    ['random.bin', 'This is not a certificate or a key'],
    ['huge.pem', 'The file is 50 MB; certificate files are far smaller (the limit is 5 MB)'],
    ['fleet-server.p12', 'This file is encrypted: enter its password'],
  ];
  for (const [name, message] of expected) {
    await expect(fileCard(page, name)).toContainText(message);
    // Every other file's message stays on its own file.
    for (const [other, otherMessage] of expected) if (other !== name) await expect(fileCard(page, name)).not.toContainText(otherMessage);
  }
  await expect(fileCard(page, 'fleet-ca.crt')).toContainText('Fleet Server Test Root CA');

  const p12 = fileCard(page, 'fleet-server.p12');
  await p12.getByLabel('Password for fleet-server.p12').fill('not-the-password');
  await p12.getByRole('button', { name: 'Open' }).click();
  await expect(p12).toContainText('That password does not open this file.');
  // Said aloud too, while the password field keeps the focus.
  await expect(p12.getByRole('alert')).toHaveText('That password does not open fleet-server.p12. Try again; passwords are case-sensitive.');
  await expect(p12.getByLabel('Password for fleet-server.p12')).toBeFocused();
  await p12.getByLabel('Password for fleet-server.p12').fill(PASSWORDS.pkcs12);
  await p12.getByRole('button', { name: 'Open' }).click();
  await expect(p12).toContainText('fleet.example.com');
  await expect(p12).toContainText('Private key');
  await expect(p12).not.toContainText('password');
  for (const [name, message] of expected.slice(0, 5)) await expect(fileCard(page, name)).toContainText(message);

  // Removing a file takes only that file away.
  await page.getByRole('button', { name: 'Remove random.bin' }).click();
  await expect(fileCard(page, 'random.bin')).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Files', exact: true })).toBeFocused();
  await expect(fileCard(page, 'truncated.pem')).toBeVisible();
  // Nothing from the files in the address bar, browser storage or the console.
  const stored = await page.evaluate(() => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }));
  expect(stored).not.toMatch(/BEGIN|fleet-ca|p12/);
  expect(page.url()).not.toMatch(/BEGIN|fleet-ca|p12/);
  expect(console.filter((text) => /BEGIN|fleet|PRIVATE|password/i.test(text))).toEqual([]);
});

test('a subject with <script> in it is shown as text, and nothing runs', async ({ page }) => {
  let dialogs = 0;
  page.on('dialog', (dialog) => {
    dialogs += 1;
    void dialog.dismiss();
  });
  await mutualPlan(page);
  await dropOnWizard(page, ['xss-cn.crt']);
  const card = fileCard(page, 'xss-cn.crt');
  await expect(card.getByText('<script>alert(1)</script>', { exact: true })).toBeVisible();
  await card.getByText('<script>alert(1)</script>', { exact: true }).click();
  await expect(card.getByText('CN=\\<script\\>alert(1)\\</script\\>', { exact: true }).first()).toBeVisible();
  expect(await page.locator('#certificate-shelf script').count()).toBe(0);
  expect(dialogs).toBe(0);
});

test('opening the file picker starts the certificate reader before a file is chosen', async ({ page }) => {
  const workerLoaded = () => page.evaluate(() => performance.getEntriesByType('resource').some((e) => e.name.includes('inspector.worker')));
  await mutualPlan(page);
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('button', { name: 'Check your certificate files against this plan' }).click();
  await page.bringToFront();
  expect(await workerLoaded()).toBe(false);
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Choose files…' }).click()]);
  await expect.poll(workerLoaded).toBe(true);
  await chooser.setFiles([{ name: 'es-ca.crt', mimeType: 'application/x-pem-file', buffer: fixture('es-ca.crt') }]);
  await expect(fileCard(page, 'es-ca.crt')).toContainText('Elasticsearch Test CA');
});

test('pasting PEM text starts the certificate reader before the text is checked', async ({ page }) => {
  const workerLoaded = () => page.evaluate(() => performance.getEntriesByType('resource').some((e) => e.name.includes('inspector.worker')));
  await mutualPlan(page);
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('button', { name: 'Check your certificate files against this plan' }).click();
  await page.getByText('Paste PEM text').click();
  expect(await workerLoaded()).toBe(false);
  await page.getByLabel('PEM text').fill(fixture('agent-ca.crt').toString('utf8'));
  await expect.poll(workerLoaded).toBe(true);
  await page.getByRole('button', { name: 'Check the pasted text' }).click();
  await expect(fileCard(page, 'pasted-1.pem')).toContainText('Agent Test Root CA');
});

test('the certificate reader loads when files come, by drag or by keyboard, and nothing leaves the page’s origin', async ({ page, baseURL }) => {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  const workerLoaded = () => page.evaluate(() => performance.getEntriesByType('resource').some((e) => e.name.includes('inspector.worker')));
  await mutualPlan(page);
  // From the Certificates step, one button opens the panel and takes the user there.
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('button', { name: 'Check your certificate files against this plan' }).click();
  await expect(page.getByRole('heading', { name: /Certificate and key files/ }).getByRole('button')).toHaveAttribute('aria-expanded', 'true');
  await expect(page.locator('#certificate-shelf')).toBeFocused();
  await expect(page.getByRole('button', { name: 'Choose files…' })).toBeVisible();
  // Files dragged over the page are welcomed before they are dropped.
  const drag = (type: string) =>
    page.locator('main').evaluate((main, type) => {
      const data = new DataTransfer();
      data.items.add(new File(['x'], 'x.pem'));
      main.dispatchEvent(new DragEvent(type, { dataTransfer: data, bubbles: true }));
    }, type);
  // Not before files come: opening the panel loads no reader.
  expect(await workerLoaded()).toBe(false);
  await drag('dragenter');
  await expect(page.getByText('Drop the files to check them')).toBeVisible();
  // Files dragged over the page start the reader, so it is ready when they land.
  await expect.poll(workerLoaded).toBe(true);
  await drag('dragleave');
  await expect(page.getByText('Drop the files to check them')).toHaveCount(0);

  // The drop zone by keyboard: the button opens the file picker. (Chromium shows a file
  // chooser only to a focused page; with two workers the page may not have focus.)
  await page.bringToFront();
  const choose = page.getByRole('button', { name: 'Choose files…' });
  await choose.focus();
  await expect(choose).toBeFocused();
  // locator.press focuses the button again right before the key, should anything have taken focus.
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), choose.press('Enter')]);
  expect(chooser.isMultiple()).toBe(true);
  await chooser.setFiles([{ name: 'es-ca.crt', mimeType: 'application/x-pem-file', buffer: fixture('es-ca.crt') }]);
  await expect(fileCard(page, 'es-ca.crt')).toContainText('Elasticsearch Test CA');
  expect(await workerLoaded()).toBe(true);

  // Pasted PEM is a file like the others; its facts include the fingerprint Fleet takes.
  await page.getByText('Paste PEM text').click();
  await page.getByLabel('PEM text').fill(fixture('agent-ca.crt').toString('utf8'));
  await page.getByRole('button', { name: 'Check the pasted text' }).click();
  const pasted = fileCard(page, 'pasted-1.pem');
  await pasted.getByText('Agent Test Root CA').click();
  const der = Buffer.from(
    fixture('agent-ca.crt')
      .toString('utf8')
      .replace(/-----[^-]+-----|\s/g, ''),
    'base64',
  );
  await expect(pasted).toContainText(createHash('sha256').update(der).digest('hex'));

  const origin = new URL(baseURL ?? '').origin;
  expect(requests.filter((url) => new URL(url).origin !== origin && !/^(data|blob):/.test(url))).toEqual([]);
});

test('assigned files fill in the plan: the CA trusted fingerprint, inline PEM, and an encrypted key’s toggle', async ({ page }) => {
  await openApp(page);
  await startFromExample(page, 'On-premises, one-way TLS');
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('radio', { name: 'The CA’s SHA-256 fingerprint (CA trusted fingerprint)' }).check();
  await dropOnWizard(page, ['es-ca.crt', 'fleet-server-bundle.pem', 'fleet-ca.crt', 'fleet-server.encrypted-pkcs8.key']);
  await useAs(fileCard(page, 'es-ca.crt'), 'es-ca.crt').selectOption({ label: 'Elasticsearch CA' });
  await page.getByRole('button', { name: 'Fill in the CA trusted fingerprint from es-ca.crt' }).click();
  const esCaDer = Buffer.from(
    fixture('es-ca.crt')
      .toString('utf8')
      .replace(/-----[^-]+-----|\s/g, ''),
    'base64',
  );
  await expect(page.getByRole('textbox', { name: 'CA trusted fingerprint' })).toHaveValue(createHash('sha256').update(esCaDer).digest('hex'));

  // The encrypted key matches the certificate once opened; the plan must then say it is encrypted.
  const key = fileCard(page, 'fleet-server.encrypted-pkcs8.key');
  await key.getByLabel('Password for fleet-server.encrypted-pkcs8.key').fill(PASSWORDS.key);
  await key.getByRole('button', { name: 'Open' }).click();
  await expect(key).toContainText('Used as: Fleet Server key');
  await expect(leg(page, 'Agents → Fleet Server')).toContainText('is encrypted. Turn on “key is encrypted”');
  await leg(page, 'Agents → Fleet Server').getByRole('button', { name: 'Turn on “key is encrypted”' }).click();
  await expect(leg(page, 'Agents → Fleet Server')).toContainText('passes');

  // Back to a CA file: the Output's YAML can carry that CA inline, filled from the file.
  await page.getByRole('radio', { name: 'The CA certificate file' }).check();
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByLabel('The Fleet Server key is encrypted (adds a passphrase file)')).toBeChecked();
  await page.getByRole('group', { name: 'Output CA' }).getByLabel('Inline PEM in the YAML').check();
  // Offered beside the field, and in the panel.
  await expect(
    page.getByRole('region', { name: 'Use your files in the plan' }).getByRole('button', { name: 'Fill in the output CA (inline PEM) from es-ca.crt' }),
  ).toBeVisible();
  await page
    .getByRole('region', { name: 'Your answers', exact: true })
    .getByRole('button', { name: 'Fill in the output CA (inline PEM) from es-ca.crt' })
    .click();
  await expect(page.getByLabel('Output CA certificate (PEM)')).toHaveValue(
    new RegExp(`^-----BEGIN CERTIFICATE-----\n${esCaDer.toString('base64').slice(0, 64).replace(/[+/]/g, '\\$&')}`),
  );
  await expect(page.getByRole('button', { name: /Fill in the output CA/ })).toHaveCount(0);
});

test('a CA with an Ed25519 key: Chromium’s WebCrypto verifies the signature, and the connection passes', async ({ page }) => {
  await openApp(page);
  await startFromExample(page, 'On-premises, one-way TLS');
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByLabel('Fleet Server URLs').fill('https://ed.example.com:8220');
  await dropOnWizard(page, ['ed25519.crt', 'ed25519-signed.crt', 'ed25519-signed.key']);
  await expect(fileCard(page, 'ed25519.crt')).toContainText('Used as: Fleet Server CA');
  await expect(fileCard(page, 'ed25519-signed.crt')).toContainText('Used as: Fleet Server certificate');
  await expect(leg(page, 'Agents → Fleet Server')).toContainText('passes');
});

test.describe('values to paste elsewhere', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('a certificate’s fingerprints and pin copy as Fleet takes them; a bundle of 150 shows the rest on request', async ({ page }) => {
    await mutualPlan(page);
    await dropOnWizard(page, ['fleet-ca.crt', 'ca-bundle-150.pem']);
    const card = fileCard(page, 'fleet-ca.crt');
    await card.getByText('Fleet Server Test Root CA').click();
    const pem = fixture('fleet-ca.crt').toString('utf8');
    const der = Buffer.from(pem.replace(/-----[^-]+-----|\s/g, ''), 'base64');
    const hex = createHash('sha256').update(der).digest('hex');
    const spki = createPublicKey(pem).export({ type: 'spki', format: 'der' });
    const copied = async (name: string) => {
      await card.getByRole('button', { name, exact: true }).click();
      return page.evaluate(() => navigator.clipboard.readText());
    };
    expect(await copied('Copy the SHA-256 fingerprint')).toBe(hex);
    expect(await copied('Copy the SHA-256 fingerprint, with colons')).toBe(hex.toUpperCase().match(/../g)?.join(':'));
    expect(await copied('Copy the Public key pin (SPKI SHA-256, base64)')).toBe(createHash('sha256').update(spki).digest('base64'));

    const bundle = fileCard(page, 'ca-bundle-150.pem');
    await expect(bundle.getByRole('listitem')).toHaveCount(8);
    await bundle.getByRole('button', { name: 'Show 142 more' }).click();
    await expect(bundle.getByRole('listitem')).toHaveCount(150);
  });
});

test('a file whose key derivation takes long can be stopped; the other files and their verdicts stay', async ({ page }) => {
  await mutualPlan(page);
  await dropOnWizard(page, [
    'fleet-ca.crt',
    'fleet-server-bundle.pem',
    'fleet-server.key',
    'agent-ca.crt',
    'agent-client.crt',
    'agent-client.key',
    'fleet-server.p12',
    'engine-slow-within-budget.pem',
  ]);
  await expect(leg(page, 'Agents → Fleet Server')).toContainText('passes');
  const slow = fileCard(page, 'engine-slow-within-budget.pem');
  await slow.getByLabel('Password for engine-slow-within-budget.pem').fill(PASSWORDS.key);
  await slow.getByRole('button', { name: 'Open' }).click();
  await expect(slow.getByRole('button', { name: 'Opening…' })).toBeDisabled();
  await slow.getByRole('button', { name: 'Stop opening engine-slow-within-budget.pem' }).click();
  // Back as it was, closed, for another try; nothing else lost.
  await expect(slow.getByRole('button', { name: 'Open' })).toBeEnabled();
  // Two encrypted keys in the file, one sentence: the same words are not repeated.
  await expect(slow.getByText('This file is encrypted: enter its password')).toHaveCount(1);
  await expect(fileCard(page, 'fleet-server-bundle.pem')).toContainText('fleet.example.com');
  await expect(leg(page, 'Agents → Fleet Server')).toContainText('passes');
  // The new worker holds the other files' bytes: a password still opens the PKCS#12 file.
  const p12 = fileCard(page, 'fleet-server.p12');
  await p12.getByLabel('Password for fleet-server.p12').fill(PASSWORDS.pkcs12);
  await p12.getByRole('button', { name: 'Open' }).click();
  await expect(p12).toContainText('Private key');
  // And the verdicts follow a change made after the restart.
  await page.getByLabel('Fleet Server URLs').fill('https://other.example.com:8220');
  await expect(leg(page, 'Agents → Fleet Server')).toContainText('fails');
});
