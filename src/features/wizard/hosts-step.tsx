import { FormSection as Section } from '../../components/form-section';
import { PLATFORMS } from '../../domain/catalog/platforms';
import { ui } from '#words/ui';
import { stepsUi } from '#words/ui-steps';
import { usePlanValues } from '../../state/plan-form/use-plan-values';
import { CheckboxField } from './fields/checkbox-field';
import { ChoiceField } from './fields/choice-field';
import { ListField } from './fields/list-field';
import { PlatformsField } from './fields/platforms-field';
import { SelectField } from './fields/select-field';
import { TextField } from './fields/text-field';
import { asked } from './asked';

const words = stepsUi.hosts;

export function HostsStep() {
  const plan = usePlanValues();
  const shown = asked(plan);
  const fleetUrlsDescription =
    plan.model === 'cloud-fleet'
      ? words.fleetUrls.descriptionCloud
      : plan.model === 'cloud-fleet-proxy'
        ? words.fleetUrls.descriptionProxy
        : words.fleetUrls.description;
  return (
    <>
      <Section title={words.sections.plan}>
        <TextField name="title" label={words.title.label} description={words.title.description} width="medium" />
      </Section>

      <Section title={words.sections.fleetServer}>
        <ListField name="fleetServer.urls" label={words.fleetUrls.label} description={fleetUrlsDescription} placeholder="https://fleet.example.com:8220" />
        {shown.has('fleetServer.port') || shown.has('fleetServer.policyId') ? (
          <div className="field-row">
            {shown.has('fleetServer.port') ? (
              <TextField
                name="fleetServer.port"
                label={words.port.label}
                description={words.port.description}
                type="number"
                inputMode="numeric"
                width="short"
                options={{ valueAsNumber: true }}
              />
            ) : null}
            {shown.has('fleetServer.policyId') ? (
              <TextField name="fleetServer.policyId" label={words.policyId.label} description={words.policyId.description} code width="medium" />
            ) : null}
          </div>
        ) : null}
        {shown.has('fleetServer.platform') ? (
          <SelectField
            name="fleetServer.platform"
            label={words.fsPlatform.label}
            description={words.fsPlatform.description}
            options={PLATFORMS.map((p) => ({ value: p, label: ui.platforms[p] }))}
          />
        ) : null}
        {shown.has('fleetServer.serviceTokenSource') ? (
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
        ) : null}
        {shown.has('secrets.serviceToken') ? (
          <TextField name="secrets.serviceToken" label={words.serviceToken.valueLabel} description={words.serviceToken.valueDescription} type="password" code />
        ) : null}
        {shown.has('fleetServer.serviceTokenPath') ? (
          <TextField name="fleetServer.serviceTokenPath" label={words.serviceToken.pathLabel} description={words.serviceToken.pathDescription} code />
        ) : null}
      </Section>

      {shown.has('elasticsearch.hosts') || shown.has('elasticsearch.trust') || shown.has('elasticsearch.clientAuthentication') ? (
        <Section title={words.sections.elasticsearch}>
          {shown.has('elasticsearch.hosts') ? (
            <ListField
              name="elasticsearch.hosts"
              label={words.esHosts.label}
              description={shown.has('elasticsearch.trust') ? words.esHosts.description : words.esHosts.descriptionCloud}
              placeholder="https://es.example.com:9200"
            />
          ) : null}
          {shown.has('elasticsearch.trust') ? (
            <ChoiceField
              name="elasticsearch.trust"
              legend={words.esTrust.legend}
              choices={[
                { value: 'ca', label: words.esTrust.ca, description: words.esTrust.caDescription },
                { value: 'fingerprint', label: words.esTrust.fingerprint, description: words.esTrust.fingerprintDescription },
              ]}
            />
          ) : null}
          {shown.has('elasticsearch.fingerprint') ? (
            <TextField name="elasticsearch.fingerprint" label={words.fingerprint.label} description={words.fingerprint.description} code />
          ) : null}
          {shown.has('elasticsearch.clientAuthentication') ? (
            <ChoiceField
              name="elasticsearch.clientAuthentication"
              legend={words.esClientAuth.legend}
              description={words.esClientAuth.description}
              choices={[
                { value: 'optional', label: words.esClientAuth.optional, description: words.esClientAuth.optionalDescription },
                { value: 'required', label: words.esClientAuth.required, description: words.esClientAuth.requiredDescription },
              ]}
            />
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
        {shown.has('output.logstashHosts') ? (
          <ListField
            name="output.logstashHosts"
            label={words.logstashHosts.label}
            description={words.logstashHosts.description}
            placeholder="logstash.example.com:5044"
          />
        ) : null}
      </Section>

      {shown.has('proxy.fleetUrl') || shown.has('proxy.esUrl') ? (
        <Section title={words.sections.proxy}>
          {shown.has('proxy.fleetUrl') ? (
            <TextField
              name="proxy.fleetUrl"
              label={words.proxyFleetUrl.label}
              description={words.proxyFleetUrl.description}
              code
              placeholder="https://fleet-proxy.example.com"
            />
          ) : null}
          {shown.has('proxy.esUrl') ? (
            <TextField
              name="proxy.esUrl"
              label={words.proxyEsUrl.label}
              description={words.proxyEsUrl.description}
              code
              placeholder="https://es-proxy.example.com"
            />
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
        <CheckboxField name="agents.unprivileged" label={words.unprivileged.label} description={words.unprivileged.description} />
        <TextField
          name="agents.proxyUrl"
          label={words.proxyUrl.label}
          description={words.proxyUrl.description}
          code
          placeholder="http://proxy.example.com:3128"
        />
        <TextField name="secrets.enrollmentToken" label={words.enrollmentToken.label} description={words.enrollmentToken.description} type="password" code />
      </Section>
    </>
  );
}
