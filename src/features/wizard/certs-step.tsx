import { useFormContext } from 'react-hook-form';
import { FormSection } from '../../components/form-section';
import { Notice } from '../../components/notice';
import type { CertRole, EncryptableKeyRole } from '../../domain/catalog/roles';
import { fieldIdOf } from '../../state/plan-form/field-name';
import type { Plan } from '../../domain/plan/schema';
import type { HostKind } from '../../domain/topology/paths';
import { stepsUi } from '#words/ui-steps';
import { InlinePemFillIn } from './inline-pem-fill-in';
import { OpenShelfButton } from './open-shelf-button';
import { usePlanValues } from '../../state/plan-form/use-plan-values';
import { certLayout, rolePaths, type CertLayout } from './cert-layout';
import { ChoiceField } from './fields/choice-field';
import { TextField } from './fields/text-field';

const words = stepsUi.certs;

export function CertsStep() {
  const plan = usePlanValues();
  const layout = certLayout(plan);
  const anyDir = layout.dirs.fleetServer || layout.dirs.agentPosix || layout.dirs.agentWindows;
  if (!anyDir && layout.groups.length === 0 && !layout.outputCaChoice && !layout.outputCertChoice) {
    return <Notice tone="info">{words.none}</Notice>;
  }
  return (
    <>
      <OpenShelfButton />
      {anyDir ? (
        <FormSection title={words.dirs}>
          {layout.dirs.fleetServer ? (
            <TextField name="certs.fleetServerDir" label={words.fleetServerDir.label} description={words.fleetServerDir.description} code />
          ) : null}
          {layout.dirs.agentPosix ? (
            <TextField name="certs.agentDirPosix" label={words.agentDirPosix.label} description={words.agentDirPosix.description} code />
          ) : null}
          {layout.dirs.agentWindows ? (
            <TextField name="certs.agentDirWindows" label={words.agentDirWindows.label} description={words.agentDirWindows.description} code />
          ) : null}
        </FormSection>
      ) : null}
      {layout.groups.map((group) => (
        <FormSection key={group.hosts.join(',')} title={words.groups[group.hosts.join(',')] ?? group.hosts.join(', ')}>
          {group.roles.map((role) => (
            <RoleFileField key={role} plan={plan} role={role} hosts={group.hosts} encryptable={layout.encryptable} />
          ))}
        </FormSection>
      ))}
      {layout.outputCaChoice || layout.outputCertChoice ? (
        <FormSection title={words.yaml.title} description={words.yaml.description}>
          {layout.outputCaChoice ? <CertSourceField which="outputCa" /> : null}
          {layout.outputCertChoice ? <CertSourceField which="outputCert" /> : null}
        </FormSection>
      ) : null}
    </>
  );
}

function RoleFileField({ plan, role, hosts, encryptable }: { plan: Plan; role: CertRole; hosts: readonly HostKind[]; encryptable: CertLayout['encryptable'] }) {
  const key = encryptable.find((k) => k.role === role);
  return (
    <div className="role-field">
      <TextField
        name={`certs.files.${role}`}
        label={stepsUi.roles[role].label}
        description={
          <>
            {stepsUi.roles[role].description}
            {rolePaths(plan, role, hosts).map((path) => (
              <span className="path-preview" key={path}>
                {stepsUi.fields.pathPreview(path)}
              </span>
            ))}
          </>
        }
        code
        width="medium"
      />
      {key ? <KeyEncryptedField plan={plan} role={key.role} sameFile={key.sameFile} /> : null}
    </div>
  );
}

function CertSourceField({ which }: { which: 'outputCa' | 'outputCert' }) {
  const { getValues, setValue } = useFormContext<Plan>();
  const plan = usePlanValues();
  const inline = plan.certs[which].kind === 'inline';
  return (
    <>
      <ChoiceField
        name={`certs.${which}.kind`}
        legend={which === 'outputCa' ? words.yaml.ca : words.yaml.cert}
        layout="row"
        choices={[
          { value: 'path', label: words.yaml.path },
          { value: 'inline', label: words.yaml.inline },
        ]}
        onChoose={(kind) => {
          // Seed the PEM the first time inline is chosen; switching back keeps what was pasted.
          if (kind === 'inline' && typeof getValues(`certs.${which}.pem`) !== 'string') setValue(`certs.${which}.pem`, '');
        }}
      />
      {inline ? (
        <TextField
          name={`certs.${which}.pem`}
          label={which === 'outputCa' ? words.yaml.caPem : words.yaml.certPem}
          description={words.yaml.pemDescription}
          multiline
          code
          placeholder={'-----BEGIN CERTIFICATE-----\n…\n-----END CERTIFICATE-----'}
        />
      ) : null}
      {inline ? <InlinePemFillIn plan={plan} which={which} /> : null}
    </>
  );
}

/**
 * "The key is encrypted": a property of the file, so one state for every role naming the
 * same file (audit row 5). Checked when any of them is; a change sets them all.
 */
function KeyEncryptedField({ plan, role, sameFile }: { plan: Plan; role: EncryptableKeyRole; sameFile: readonly EncryptableKeyRole[] }) {
  const { setValue } = useFormContext<Plan>();
  const id = fieldIdOf(`certs.encrypted.${role}`);
  const others = sameFile.filter((r) => r !== role);
  return (
    <div className="choice checkbox-field">
      <input
        type="checkbox"
        id={id}
        checked={sameFile.some((r) => plan.certs.encrypted[r])}
        aria-describedby={others.length > 0 ? `${id}-description` : undefined}
        onChange={(e) => {
          for (const r of sameFile) setValue(`certs.encrypted.${r}`, e.target.checked, { shouldDirty: true, shouldValidate: true });
        }}
      />
      <div className="choice-text">
        <label htmlFor={id}>{words.encrypted[role]}</label>
        {others.length > 0 ? (
          <p className="choice-description" id={`${id}-description`}>
            {words.encryptedSameFile(
              plan.certs.files[role],
              others.map((r) => stepsUi.roles[r].label),
            )}
          </p>
        ) : null}
      </div>
    </div>
  );
}
