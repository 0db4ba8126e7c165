import { FormSection as Section } from '../../components/form-section';
import { PLATFORMS } from '../../domain/catalog/platforms';
import { ui } from '../../i18n/en-ui';
import { stepsUi } from '../../i18n/en-ui-steps';
import { usePlanValues } from '../plan-form/use-plan-values';
import { CheckboxField } from './fields/checkbox-field';
import { ChoiceField } from './fields/choice-field';
import { ListField } from './fields/list-field';
import { PlatformsField } from './fields/platforms-field';
import { SelectField } from './fields/select-field';
import { TextField } from './fields/text-field';
import { relevance } from './relevance';

const words = stepsUi.hosts;

export function HostsStep() {
  const plan = usePlanValues();
  const shown = relevance(plan);
  const fleetUrlsDescription =
    plan.model === 'cloud-fleet' ? words.fleetUrls.descriptionCloud
    : plan.model === 'cloud-fleet-proxy' ? words.fleetUrls.descriptionProxy
    : words.fleetUrls.description;
  return (
    <>
      <Section title={words.sections.plan}>
        <TextField name="title" label={words.title.label} description={words.title.description} width="medium" />
      </Section>

      <Section title={words.sections.fleetServer}>
        <ListField name="fleetServer.urls" label={words.fleetUrls.label} description={fleetUrlsDescription} placeholder="https://fleet.example.com:8220" />
        {shown.selfManagedFleetServer ? (
          <>
            <div className="field-row">
              <TextField
                name="fleetServer.port"
                label={words.port.label}
                description={words.port.description}
                type="number"
                inputMode="numeric"
                width="short"
                options={{ valueAsNumber: true }}
              />
              <TextField name="fleetServer.policyId" label={words.policyId.label} description={words.policyId.description} code width="medium" />
            </div>
            <SelectField
              name="fleetServer.platform"
              label={words.fsPlatform.label}
              description={words.fsPlatform.description}
              options={PLATFORMS.map((p) => ({ value: p, label: ui.platforms[p] }))}
            />
            <ChoiceField
              name="fleetServer.serviceTokenSource"
              legend={words.serviceToken.legend}
              description={words.serviceToken.description}
              layout="row"
              choices={[
                { value: 'inline', label: words.serviceToken.inline },
                { value: 'file', label: words.serviceToken.file },
              ]}
            />
            {plan.fleetServer.serviceTokenSource === 'inline' ? (
              <TextField name="secrets.serviceToken" label={words.serviceToken.valueLabel} description={words.serviceToken.valueDescription} type="password" code />
            ) : (
              <TextField name="fleetServer.serviceTokenPath" label={words.serviceToken.pathLabel} description={words.serviceToken.pathDescription} code />
            )}
          </>
        ) : null}
      </Section>

      {shown.elasticsearchHosts || shown.esTrustChoice ? (
        <Section title={words.sections.elasticsearch}>
          {shown.elasticsearchHosts ? (
            <ListField
              name="elasticsearch.hosts"
              label={words.esHosts.label}
              description={shown.esTrustChoice ? words.esHosts.description : words.esHosts.descriptionCloud}
              placeholder="https://es.example.com:9200"
            />
          ) : null}
          {shown.esTrustChoice ? (
            <ChoiceField
              name="elasticsearch.trust"
              legend={words.esTrust.legend}
              choices={[
                { value: 'ca', label: words.esTrust.ca, description: words.esTrust.caDescription },
                { value: 'fingerprint', label: words.esTrust.fingerprint, description: words.esTrust.fingerprintDescription },
              ]}
            />
          ) : null}
          {shown.fingerprint ? (
            <TextField name="elasticsearch.fingerprint" label={words.fingerprint.label} description={words.fingerprint.description} code />
          ) : null}
        </Section>
      ) : null}

      <Section title={words.sections.output}>
        <ChoiceField
          name="output.kind"
          legend={words.outputKind.legend}
          layout="row"
          choices={[
            { value: 'elasticsearch', label: words.outputKind.elasticsearch },
            { value: 'logstash', label: words.outputKind.logstash },
          ]}
        />
        {shown.logstashHosts ? (
          <ListField name="output.logstashHosts" label={words.logstashHosts.label} description={words.logstashHosts.description} placeholder="logstash.example.com:5044" />
        ) : null}
      </Section>

      {shown.proxyFleetUrl || shown.proxyEsUrl ? (
        <Section title={words.sections.proxy}>
          {shown.proxyFleetUrl ? (
            <TextField name="proxy.fleetUrl" label={words.proxyFleetUrl.label} description={words.proxyFleetUrl.description} code placeholder="https://fleet-proxy.example.com" />
          ) : null}
          {shown.proxyEsUrl ? (
            <TextField name="proxy.esUrl" label={words.proxyEsUrl.label} description={words.proxyEsUrl.description} code placeholder="https://es-proxy.example.com" />
          ) : null}
        </Section>
      ) : null}

      <Section title={words.sections.agents}>
        <div className="field-row">
          <TextField name="agentVersion" label={words.version.label} description={words.version.description} code width="short" />
          <TextField name="kibanaVersion" label={words.kibanaVersion.label} description={words.kibanaVersion.description} code width="short" />
        </div>
        <PlatformsField />
        <CheckboxField name="defend" label={words.defend.label} description={words.defend.description} />
        <TextField name="secrets.enrollmentToken" label={words.enrollmentToken.label} description={words.enrollmentToken.description} type="password" code />
      </Section>
    </>
  );
}
