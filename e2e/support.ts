import { readFileSync } from 'node:fs';
import { expect, type Locator, type Page } from '@playwright/test';
import type { Platform } from '../src/domain/catalog/platforms';

export interface ExampleEntry {
  file: string;
  title: string;
  model: string;
  tls: string;
}

/** The example plans the app offers, read from the same files it serves. */
export function exampleIndex(): ExampleEntry[] {
  return JSON.parse(readFileSync(new URL('../public/examples/index.json', import.meta.url), 'utf8')) as ExampleEntry[];
}

export function examplePlan(file: string): ExamplePlan {
  return JSON.parse(readFileSync(new URL(`../public/examples/${file}`, import.meta.url), 'utf8')) as ExamplePlan;
}

/** The parts of a saved plan the specs read. */
export interface ExamplePlan {
  title: string;
  model: string;
  tls: string;
  clientAuth: string;
  fleetServer: { urls: string[]; platform: string };
  proxy: { fleetUrl: string };
  agents: { platforms: Platform[] };
  certs: { fleetServerDir: string; files: Record<string, string> };
}

export async function openApp(page: Page): Promise<void> {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 2, name: 'Deployment model' })).toBeVisible();
}

export async function startFromExample(page: Page, title: string): Promise<void> {
  await page.getByRole('button', { name: 'Start from an example' }).click();
  await page.getByRole('button', { name: title, exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: `Started from the example “${title}”` })).toBeVisible();
}

/** The artifact shown under a heading (a labelled region), and its text exactly as copied. */
export function artifact(page: Page, title: string | RegExp): Locator {
  return page.getByRole('region', { name: title });
}

export async function artifactText(page: Page, title: string | RegExp): Promise<string> {
  const code = artifact(page, title).getByRole('code');
  await expect(code).toBeVisible();
  return (await code.textContent()) ?? '';
}

/**
 * The on-premises mutual TLS example with its hosts named, and "Make, request or convert
 * certificates" open on a tab: the certificate tools' specs start here.
 */
export async function openCertTools(page: Page, tab: 'Make a lab set' | 'Ask your PKI'): Promise<void> {
  await openApp(page);
  await startFromExample(page, 'On-premises, mutual TLS everywhere');
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByLabel('Fleet Server URLs').fill('https://fleet.example.com:8220');
  await page.getByLabel('Elasticsearch hosts').fill('https://node1.es.example.com:9200');
  await page.getByRole('button', { name: 'Make, request or convert certificates' }).click();
  await page.getByRole('tab', { name: tab }).click();
  await expect(page.getByRole('tab', { name: tab })).toHaveAttribute('aria-selected', 'true');
}

/** A fixture made by scripts/make-fixtures.sh (the test command runs it first). */
export const fixture = (name: string): Buffer => readFileSync(new URL(`../.fixtures/${name}`, import.meta.url));

/** Drops files on the wizard (the form), as a user dragging them from a folder: fixtures by name, or named bytes. */
export async function dropOnWizard(page: Page, files: readonly (string | { readonly name: string; readonly bytes: Uint8Array })[]): Promise<void> {
  const sent = files
    .map((f) => (typeof f === 'string' ? { name: f, bytes: fixture(f) } : f))
    .map((f) => ({ name: f.name, base64: Buffer.from(f.bytes).toString('base64') }));
  await page.getByRole('region', { name: 'Your answers', exact: true }).evaluate((target, files) => {
    const data = new DataTransfer();
    for (const f of files) data.items.add(new File([Uint8Array.from(atob(f.base64), (c) => c.charCodeAt(0))], f.name));
    target.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
  }, sent);
}
