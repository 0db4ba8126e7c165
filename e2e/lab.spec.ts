import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { unzipSync } from 'fflate';
import { openCertTools } from './support';

// Issue 15: a lab PKI made in the browser, downloaded as one ZIP, checked by OpenSSL on
// disk, and loaded into the page's own certificate check, where every connection passes.

const leg = (page: Page, name: string) => page.locator('#certificate-shelf').getByRole('listitem', { name, exact: true });

async function openLabTool(page: Page): Promise<void> {
  await openCertTools(page, 'Make a lab set');
  await expect(page.getByText('For labs and tests only.')).toBeVisible();
}

/** Each entry's Unix mode, from the ZIP's central directory (APPNOTE 4.3.12: external attributes, high 16 bits). */
function zipModes(zip: Buffer): Record<string, number> {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const modes: Record<string, number> = {};
  for (let i = 0; i < count; i++) {
    const nameLength = zip.readUInt16LE(at + 28);
    const rest = nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
    modes[zip.toString('utf8', at + 46, at + 46 + nameLength)] = zip.readUInt32LE(at + 38) >>> 16;
    at += 46 + rest;
  }
  return modes;
}

const openssl = (cwd: string, args: string[]) => execFileSync('openssl', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 10_000 });

test.describe.configure({ timeout: 60_000 });

test('a lab made in the browser downloads as a ZIP that OpenSSL accepts, and every connection of the plan passes with it', async ({ page }) => {
  await openLabTool(page);
  await page.getByLabel('One CA each for Fleet Server, the agents and Elasticsearch').check();
  await page.getByRole('button', { name: 'Make the lab set' }).click();
  const download = page.getByRole('button', { name: 'Download fleet-tls-lab.zip' });
  await expect(download).toBeVisible({ timeout: 20_000 });
  await expect(page.getByRole('status').filter({ hasText: /^Made \d+ certificates\.$/ })).toBeVisible();

  const [file] = await Promise.all([page.waitForEvent('download'), download.click()]);
  expect(file.suggestedFilename()).toBe('fleet-tls-lab.zip');
  const dir = mkdtempSync(join(tmpdir(), 'lab-e2e-'));
  try {
    const zipPath = join(dir, 'lab.zip');
    await file.saveAs(zipPath);
    const entries = unzipSync(new Uint8Array(readFileSync(zipPath)));
    for (const [path, bytes] of Object.entries(entries)) {
      mkdirSync(join(dir, dirname(path)), { recursive: true });
      writeFileSync(join(dir, path), bytes);
    }
    const paths = Object.keys(entries).sort();
    // Laid out by host, as `fleet-tls lab` writes it, with the README and the CA keys apart.
    expect(paths).toEqual(
      expect.arrayContaining([
        'README.txt',
        'ca/agent-ca.key',
        'ca/fleet-ca.key',
        'ca/elasticsearch-ca.key',
        'fleet-server/fleet-server.crt',
        'fleet-server/fleet-server.key',
        'fleet-server/fleet-server.key.pass',
        'fleet-server/agent-ca.crt',
        'fleet-server/fleet-server-es.crt',
        'fleet-server/fleet-server-es.key',
        'agents/fleet-ca.crt',
        'agents/agent.crt',
        'agents/agent.key',
        'agents/agent.key.pass',
        'agents/es-ca.crt',
        'elasticsearch/elasticsearch.crt',
        'elasticsearch/elasticsearch.key',
        // Elasticsearch checks the agents' output certificates: it holds their CA.
        'elasticsearch/agent-ca.crt',
      ]),
    );
    // Keys, CA keys and passphrase files unpack readable by their owner only, as the CLI writes them.
    const modes = zipModes(readFileSync(zipPath));
    expect(modes['fleet-server/fleet-server.key']).toBe(0o100600);
    expect(modes['fleet-server/fleet-server.key.pass']).toBe(0o100600);
    expect(modes['ca/agent-ca.key']).toBe(0o100600);
    expect(modes['agents/agent.crt']).toBe(0o100644);
    const readme = readFileSync(join(dir, 'README.txt'), 'utf8');
    expect(readme).toContain('For labs only');
    expect(readme).toContain('fleet-server/fleet-server.crt -> /etc/elastic-agent/certs/fleet-server.crt');
    expect(readme).toContain('agents/agent.key: agents/agent.key.pass');
    const verify = (ca: string, cert: string, purpose: string) =>
      expect(openssl(dir, ['verify', '-CAfile', ca, '-purpose', purpose, cert]).trim()).toMatch(/: OK$/);
    verify('agents/fleet-ca.crt', 'fleet-server/fleet-server.crt', 'sslserver');
    verify('fleet-server/agent-ca.crt', 'agents/agent.crt', 'sslclient');
    verify('agents/es-ca.crt', 'elasticsearch/elasticsearch.crt', 'sslserver');
    for (const host of ['fleet.example.com', 'localhost'])
      expect(openssl(dir, ['x509', '-in', 'fleet-server/fleet-server.crt', '-noout', '-checkhost', host])).toContain('does match certificate');
    expect(openssl(dir, ['x509', '-in', 'elasticsearch/elasticsearch.crt', '-noout', '-checkhost', 'node1.es.example.com'])).toContain(
      'does match certificate',
    );
    // The plan encrypts the Fleet Server and agent keys: PBES2, opened with their passphrase files (no trailing newline).
    for (const [cert, key, pass] of [
      ['fleet-server/fleet-server.crt', 'fleet-server/fleet-server.key', 'fleet-server/fleet-server.key.pass'],
      ['agents/agent.crt', 'agents/agent.key', 'agents/agent.key.pass'],
      ['fleet-server/fleet-server-es.crt', 'fleet-server/fleet-server-es.key', null],
    ] as const) {
      const keyText = readFileSync(join(dir, key), 'utf8');
      expect(keyText.split('\n')[0]).toBe(pass ? '-----BEGIN ENCRYPTED PRIVATE KEY-----' : '-----BEGIN PRIVATE KEY-----');
      if (pass) expect(readFileSync(join(dir, pass), 'utf8')).not.toMatch(/\n$/);
      const opened = openssl(dir, ['pkey', '-in', key, ...(pass ? ['-passin', `file:${pass}`] : []), '-pubout']);
      expect(opened).toBe(openssl(dir, ['x509', '-in', cert, '-noout', '-pubkey']));
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }

  await page.getByRole('button', { name: 'Check them against this plan' }).click();
  await expect(page.getByText('Added to “Certificate and key files”, each pinned to its role.')).toBeVisible();
  for (const name of ['Agents → Fleet Server', 'Fleet Server host’s own agent → localhost:8221', 'Fleet Server → Elasticsearch', 'Agents → output'])
    await expect(leg(page, name)).toContainText('passes');
  await expect(page.getByRole('status').filter({ hasText: 'Connections:' })).toHaveText(/Connections: 4 pass\.$/);
});

test('RSA keys show their progress, Cancel stops the lab at once, and the page stays usable', async ({ page }) => {
  await openLabTool(page);
  await page.getByLabel('Key type').selectOption({ label: 'RSA 4096' });
  await expect(page.getByText('RSA keys take a few seconds each to make; you can cancel.')).toBeVisible();
  await page.getByRole('button', { name: 'Make the lab set' }).click();
  await expect(page.getByRole('status').filter({ hasText: /^(Starting…|Making key pairs: \d+ of \d+)$/ })).toBeVisible();
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Cancelled. Nothing was kept.' })).toBeVisible();
  await expect(page.getByRole('button', { name: /^Download fleet-tls-lab/ })).toHaveCount(0);
  // The choices are kept, and the page answers at once.
  await expect(page.getByLabel('Key type')).toHaveValue('rsa4096');
  await page.getByLabel('Key type').selectOption({ label: 'ECDSA P-256' });
  await page.getByRole('button', { name: 'Make the lab set' }).click();
  await expect(page.getByRole('button', { name: 'Download fleet-tls-lab.zip' })).toBeVisible({ timeout: 20_000 });
});
