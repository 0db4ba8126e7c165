import { expect, test } from '@playwright/test';
import { ui } from '../src/i18n/en-ui';
import { artifactText, exampleIndex, examplePlan, openApp, startFromExample } from './support';

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
    await expect(page.getByRole('heading', { level: 2, name: 'Certificates' })).toBeVisible();
    await page.getByRole('button', { name: 'Check all answers' }).click();
    await expect(page.getByText('Every answer checks out.')).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Nothing to fix: the plan is ready.' })).toBeVisible();

    const lab = plan.tls === 'lab';
    const mutualToFleet = plan.tls === 'mutual' && plan.model !== 'cloud-fleet';
    const agentsTrustACa = !lab && plan.model !== 'cloud-fleet';
    const agentUrl = plan.model === 'cloud-fleet-proxy' ? plan.proxy.fleetUrl : plan.fleetServer.urls[0];

    if (SELF_MANAGED_FLEET_SERVER.has(plan.model)) {
      await page.getByRole('tab', { name: 'Fleet Server' }).click();
      const fs = await artifactText(page, /^Fleet Server install command/);
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
      const text = await artifactText(page, `Agent install command — ${name}`);
      expect(text).toContain(`--url=${agentUrl}`);
      expect(text).toContain('--enrollment-token=');
      expect(text.includes('--insecure'), `--insecure only in lab mode (${platform})`).toBe(lab);
      expect(text.includes('--certificate-authorities='), `CA flag (${platform})`).toBe(agentsTrustACa);
      expect(text.includes('--elastic-agent-cert='), `client certificate (${platform})`).toBe(mutualToFleet);
      expect(text).toContain(platform.startsWith('deb') || platform.startsWith('rpm') ? 'elastic-agent enroll' : 'install');
    }

    await page.getByRole('tab', { name: 'Kibana settings' }).click();
    expect(await artifactText(page, 'Kibana Fleet settings')).toContain(agentUrl);
    await page.getByRole('tab', { name: 'Output YAML' }).click();
    const yaml = await artifactText(page, 'Output Advanced YAML');
    expect(yaml.length).toBeGreaterThan(0);
  });
}
