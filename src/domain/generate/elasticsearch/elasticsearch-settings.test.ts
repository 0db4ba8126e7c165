import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { describeNote } from '#words/artifact-notes';
import { labPlan } from '../../lab/lab-plans.test-helper';
import type { Plan } from '../../plan/schema';
import { buildArtifacts } from '../build-artifacts';
import { renderArtifact } from '../render-artifact';

function rendered(plan: Plan): string | null {
  const a = buildArtifacts(plan).find((x) => x.kind === 'elasticsearch-settings');
  return a ? renderArtifact(a, describeNote, { form: 'file' }) : null;
}

/** on-prem-mutual: agents' output and Fleet Server both present client certificates to a self-managed Elasticsearch. */
const example = (change: (p: Plan) => void = () => {}) => {
  const plan = labPlan('on-prem-mutual');
  change(plan);
  return plan;
};

const KEY = 'xpack.security.http.ssl';

describe('Elasticsearch’s HTTP settings for the client certificates of the plan', () => {
  it.each([
    {
      title: 'both legs mutual (the example): the agents’ CA, and a placeholder for Fleet Server’s, which the plan does not name',
      plan: example(),
      settings: { [`${KEY}.client_authentication`]: 'optional', [`${KEY}.certificate_authorities`]: ['certs/<FLEET_SERVER_ES_CA>', 'certs/agent-ca.crt'] },
    },
    {
      title: 'only the output mutual: the agents’ CA alone',
      plan: example((p) => (p.mutualFleetServerEs = false)),
      settings: { [`${KEY}.client_authentication`]: 'optional', [`${KEY}.certificate_authorities`]: ['certs/agent-ca.crt'] },
    },
    {
      title: 'only Fleet Server mutual, required: the placeholder alone',
      plan: example((p) => {
        p.mutualOutput = false;
        p.elasticsearch.clientAuthentication = 'required';
      }),
      settings: { [`${KEY}.client_authentication`]: 'required', [`${KEY}.certificate_authorities`]: ['certs/<FLEET_SERVER_ES_CA>'] },
    },
  ])('$title', ({ plan, settings }) => {
    expect(parse(rendered(plan)!)).toEqual(settings);
  });

  it('says what the placeholder stands for only when it is there', () => {
    const placeholder = '# Replace <FLEET_SERVER_ES_CA> with the CA file that signed fleet-server-es.crt, Fleet Server’s client certificate.';
    expect(rendered(example())).toContain(placeholder);
    expect(rendered(example((p) => (p.mutualFleetServerEs = false)))).not.toContain('FLEET_SERVER_ES_CA');
  });

  it('says what required asks of Kibana, Logstash, Beats and scripts, and what optional leaves them', () => {
    const required = rendered(example((p) => (p.elasticsearch.clientAuthentication = 'required')))!;
    expect(required).toContain('# required: every client of the HTTP port must present a certificate from these CAs.');
    for (const setting of ['elasticsearch.ssl.certificate and elasticsearch.ssl.key in kibana.yml', 'ssl_certificate and ssl_key', 'Beats', 'curl'])
      expect(required).toContain(setting);
    const optional = rendered(example())!;
    expect(optional).toContain('# optional: a client without a certificate still signs in with its password or API key; one that sends a certificate');
    expect(optional).not.toContain('kibana.yml');
  });

  it('is not there when no client certificate goes to a self-managed Elasticsearch', () => {
    expect(rendered(labPlan('on-prem-logstash-mutual'))).toBeNull();
    expect(rendered(labPlan('on-prem-one-way'))).toBeNull();
  });
});
