import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { openPlan } from '../src/domain/plan/open-plan';
import { buildTopology, rolesInUse } from '../src/domain/topology/build-topology';
import { ui } from '../src/i18n/en/ui';
import { artifact, artifactText, exampleIndex, examplePlan, openApp, startFromExample } from './support';

const SELF_MANAGED_FLEET_SERVER = new Set(['on-prem', 'on-prem-fleet-cloud-es']);

for (const entry of exampleIndex()) {
  test(`example “${entry.title}”: walk the wizard, check the commands`, async ({ page }) => {
    const plan = examplePlan(entry.file);
    await openApp(page);
    await startFromExample(page, entry.title);

    // Every step, by Next: an example is a complete plan, so nothing stops the walk.
    await expect(page.getByRole('heading', { level: 2, name: 'Deployment model' })).toBeVisible();
    await page.getByRole('button', { name: 'Next' }).click();
    await expect(page.getByRole('heading', { level: 2, name: 'Hosts and versions' })).toBeVisible();
    await expect(page.getByLabel('Fleet Server URLs')).toHaveValue(plan.fleetServer.urls.join('\n'));
    await page.getByRole('button', { name: 'Next' }).click();
    await expect(page.getByRole('heading', { level: 2, name: 'Certificates', exact: true })).toBeVisible();
    await page.getByRole('button', { name: 'Check all answers' }).click();
    await expect(page.getByText('Every answer checks out.')).toBeVisible();
    // Ready only when the certificates agree too: a plan with files of the admin's is not
    // called ready before they were checked (Fleet Server on Elastic Cloud has none).
    const opened = openPlan(readFileSync(new URL(`../public/examples/${entry.file}`, import.meta.url), 'utf8'));
    if (!opened.ok) throw new Error(entry.file);
    const needsFiles = rolesInUse(buildTopology(opened.plan)).length > 0;
    await expect(
      page.getByRole('heading', {
        name: needsFiles
          ? 'Your answers check out. Check your certificate files before you install: drop them on the page.'
          : 'Ready: every answer checks out, and no certificate file of yours is involved.',
      }),
    ).toBeVisible();

    const lab = plan.tls === 'lab';
    const mutualToFleet = plan.tls === 'mutual' && plan.model !== 'cloud-fleet';
    const agentsTrustACa = !lab && plan.model !== 'cloud-fleet';
    const agentUrl = plan.model === 'cloud-fleet-proxy' ? plan.proxy.fleetUrl : plan.fleetServer.urls[0];

    if (SELF_MANAGED_FLEET_SERVER.has(plan.model)) {
      await page.getByRole('tab', { name: 'Fleet Server' }).click();
      const fs = await artifactText(page, /^Fleet Server install script/);
      const packaged = /^(deb|rpm)-/.test(plan.fleetServer.platform);
      // DEB and RPM enroll after the package starts the service; archives run install.
      expect(fs).toContain(packaged ? 'elastic-agent enroll' : 'elastic-agent install');
      expect(fs).toContain('--fleet-server-es=');
      expect(fs).not.toContain('--insecure');
      if (!lab) {
        expect(fs).toContain(`--url=${plan.fleetServer.urls[0]}`);
        expect(fs).toContain('--fleet-server-cert=');
      }
      if (plan.model === 'on-prem' && plan.tls === 'mutual') {
        const dir = plan.certs.fleetServerDir;
        expect(fs).toContain(`--fleet-server-client-auth=${plan.clientAuth}`);
        expect(fs).toContain(`--certificate-authorities=${dir}/${plan.certs.files.fleetServerCa},${dir}/${plan.certs.files.agentCa}`);
      }
    } else {
      await expect(page.getByRole('tab', { name: 'Fleet Server' })).toHaveCount(0);
    }

    await page.getByRole('tab', { name: 'Agents' }).click();
    for (const platform of plan.agents.platforms) {
      // The UI's name for the platform, as the output's platform switcher shows it.
      const name = ui.platforms[platform];
      if (plan.agents.platforms.length > 1) await page.getByRole('radio', { name, exact: true }).check();
      const text = await artifactText(page, `Agent install script — ${name}`);
      expect(text).toContain(`--url=${agentUrl}`);
      expect(text).toContain('--enrollment-token=');
      expect(text.includes('--insecure'), `--insecure only in lab mode (${platform})`).toBe(lab);
      expect(text.includes('--certificate-authorities='), `CA flag (${platform})`).toBe(agentsTrustACa);
      expect(text.includes('--elastic-agent-cert='), `client certificate (${platform})`).toBe(mutualToFleet);
      expect(text).toContain(platform.startsWith('deb') || platform.startsWith('rpm') ? 'elastic-agent enroll' : 'install');
    }

    // The user's proxy, when a leg goes through it: its nginx and HAProxy configurations.
    if (buildTopology(opened.plan).legs.some((l) => l.server === 'proxy')) {
      await page.getByRole('tab', { name: 'Proxy' }).click();
      expect(await artifactText(page, 'Proxy — nginx')).toContain(`server_name ${new URL(opened.plan.proxy.esUrl).hostname};`);
      expect(await artifactText(page, 'Proxy — HAProxy')).toContain('ssl verify required ca-file /etc/ssl/certs/ca-certificates.crt');
    } else {
      await expect(page.getByRole('tab', { name: 'Proxy' })).toHaveCount(0);
    }

    // Kibana first: its settings as a table, the Output's YAML beside them.
    await page.getByRole('tab', { name: 'Kibana' }).click();
    await expect(page.getByText('Step 1 of', { exact: false })).toBeVisible();
    await expect(artifact(page, 'Kibana Fleet settings').getByRole('row', { name: /^(Host )?URLs? / })).toContainText(agentUrl ?? '');
    const yaml = await artifactText(page, 'Output Advanced YAML');
    expect(yaml.length).toBeGreaterThan(0);
  });
}
