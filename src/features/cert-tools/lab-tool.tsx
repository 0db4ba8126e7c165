import { useEffect, useMemo, useRef, useState } from 'react';
import { Field } from '../../components/field';
import { Fieldset } from '../../components/fieldset';
import { Notice } from '../../components/notice';
import { KEY_TYPES, validityDays } from '../../domain/certs/write/key-types';
import { DaysField, KeyTypeField, RadioList, SecretField } from './tool-fields';
import { agentHostsProblems, defendNeedsRsa, labSpec } from '../../domain/lab/lab-spec';
import type { Plan } from '../../domain/plan/schema';
import { downloadBytes } from '../../lib/download';
import { getInspector, LabCancelled } from '../../state/inspector/inspector-client';
import type { LabResult } from '../../state/inspector/lab-protocol';
import { planIssues } from '../../state/plan-form/plan-issues';
import { shelf } from '../../state/shelf/use-shelf';
import { certToolsUi } from '#words/ui-cert-tools';
import { labWords } from '#words/lab';

const words = certToolsUi.lab;

type Run =
  | { readonly state: 'idle' }
  | { readonly state: 'making'; readonly done: number; readonly total: number }
  | { readonly state: 'made'; readonly result: LabResult; readonly checked: boolean }
  | { readonly state: 'cancelled' }
  | { readonly state: 'failed'; readonly reason: string };

/** The agent host names typed, one per line (the domain says what is wrong with them: agentHostsProblems). */
const readHosts = (text: string): string[] =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

/**
 * "Make a lab set": every certificate the plan needs, made in the inspector worker (keys
 * with WebCrypto), downloaded as one ZIP by host, and loaded into the certificate check
 * pinned to their roles. Labs only, and said so.
 */
export default function LabTool({ plan }: { plan: Plan }) {
  const [cas, setCas] = useState<'one' | 'per-service'>('one');
  const [keyId, setKeyId] = useState('p256');
  const [daysText, setDaysText] = useState('365');
  const [perHost, setPerHost] = useState(false);
  const [hostsText, setHostsText] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const [run, setRun] = useState<Run>({ state: 'idle' });
  const abort = useRef<AbortController | null>(null);
  // A lab still being made when the tool closes is stopped.
  useEffect(() => () => abort.current?.abort(), []);

  const keyType = (KEY_TYPES.find((k) => k.id === keyId) ?? KEY_TYPES[0]!).type;
  const blocked = useMemo(() => planIssues(plan).length > 0, [plan]);
  const days = validityDays(daysText);
  const hosts = readHosts(hostsText);
  const hostsErrors = perHost ? agentHostsProblems(hosts).map(labWords.problem) : [];
  // The certificates listed are those the lab will make: per named host once the names are right.
  const namedHosts = perHost && hostsErrors.length === 0 ? hosts.join('\n') : '';
  const spec = useMemo(() => labSpec(plan, { cas, keyType, ...(namedHosts ? { agentHosts: namedHosts.split('\n') } : {}) }), [plan, cas, keyType, namedHosts]);
  const encrypted = Object.values(plan.certs.encrypted).some(Boolean);
  const defendRsa = defendNeedsRsa(plan);
  const hasAgentCerts = spec.leaves.some((l) => l.cert.roles.some((r) => r === 'agentCert' || r === 'outputCert'));
  const making = run.state === 'making';

  const make = async () => {
    if (days === null || hostsErrors.length > 0 || making) return;
    const controller = new AbortController();
    abort.current = controller;
    setRun({ state: 'making', done: 0, total: 0 });
    try {
      const result = await getInspector().makeLab(
        { plan, spec, validityDays: days, passphrase, now: Date.now() },
        (done, total) => setRun({ state: 'making', done, total }),
        controller.signal,
      );
      setRun({ state: 'made', result, checked: false });
    } catch (error) {
      setRun(error instanceof LabCancelled ? { state: 'cancelled' } : { state: 'failed', reason: error instanceof Error ? error.message : String(error) });
    } finally {
      if (abort.current === controller) abort.current = null;
    }
  };

  const check = (result: LabResult) => {
    void shelf.addKnown(
      result.checkFiles.map((f) => ({
        file: new File([f.content], f.name, { type: 'application/x-pem-file' }),
        roles: f.roles,
        ...(f.password === undefined ? {} : { password: f.password }),
      })),
    );
    setRun({ state: 'made', result, checked: true });
  };

  return (
    <div className="tool lab-tool">
      <Notice tone="warning">{words.labsOnly}</Notice>
      <p className="tool-intro">{words.local}</p>

      <h3 className="tool-section-title">{words.needsTitle}</h3>
      {spec.leaves.length === 0 ? (
        <p className="muted">{words.nothing}</p>
      ) : (
        <ul className="tool-cards">
          {spec.leaves.map((leaf) => (
            <li key={leaf.id} className="tool-card">
              <p className="tool-card-title">
                <code>{leaf.agentHost ? `${leaf.agentHost}/${leaf.cert.name}` : leaf.cert.name}</code>
                <span className="tool-sub">CN={leaf.commonName}</span>
              </p>
              <dl className="tool-facts">
                <dt>{words.columns.usage}</dt>
                <dd>{leaf.eku.map((e) => words.usage[e] ?? e).join(', ')}</dd>
                <dt>{words.columns.names}</dt>
                <dd>
                  {leaf.dns.length + leaf.ips.length === 0
                    ? words.noNames
                    : [...leaf.dns, ...leaf.ips].map((n) => (
                        <code key={n} className="tool-name">
                          {n}
                        </code>
                      ))}
                </dd>
                <dt>{words.columns.signedBy}</dt>
                <dd>{words.caNames[leaf.signedBy]}</dd>
              </dl>
            </li>
          ))}
        </ul>
      )}

      {spec.leaves.length > 0 ? (
        <>
          <h3 className="tool-section-title">{words.optionsTitle}</h3>
          <div className="tool-options">
            <Fieldset id="lab-cas" legend={words.cas.legend} className="choices choices-stack">
              {() => (
                <RadioList
                  name="lab-cas"
                  value={cas}
                  disabled={making}
                  onChange={setCas}
                  choices={[
                    { value: 'one', label: words.cas.one },
                    { value: 'per-service', label: words.cas.perService },
                  ]}
                />
              )}
            </Fieldset>
            <KeyTypeField
              id="lab-key-type"
              label={words.keyType.label}
              description={[keyType.kind === 'RSA' ? words.keyType.rsaNote : '', defendRsa && keyType.kind !== 'RSA' ? words.keyType.defendNote : '']
                .filter(Boolean)
                .join(' ')}
              value={keyId}
              disabled={making}
              onChange={setKeyId}
            />
            <DaysField id="lab-days" words={words.days} value={daysText} valid={days !== null} disabled={making} onChange={setDaysText} />
            {hasAgentCerts ? (
              <Fieldset id="lab-agents" legend={words.agents.legend} className="choices choices-stack">
                {() => (
                  <>
                    <RadioList
                      name="lab-agents"
                      value={perHost ? 'per-host' : 'shared'}
                      disabled={making}
                      onChange={(v) => setPerHost(v === 'per-host')}
                      choices={[
                        { value: 'shared', label: words.agents.shared },
                        { value: 'per-host', label: words.agents.perHost },
                      ]}
                    />
                    {perHost ? (
                      <Field id="lab-agent-hosts" label={words.agents.hostsLabel} description={words.agents.hostsDescription} errors={hostsErrors}>
                        {(control) => (
                          <textarea
                            {...control}
                            className="input input-code"
                            rows={3}
                            spellCheck={false}
                            value={hostsText}
                            disabled={making}
                            onChange={(e) => setHostsText(e.target.value)}
                          />
                        )}
                      </Field>
                    ) : null}
                  </>
                )}
              </Fieldset>
            ) : null}
            {encrypted ? (
              <SecretField
                id="lab-passphrase"
                label={words.passphrase.label}
                description={words.passphrase.description}
                value={passphrase}
                autoComplete="new-password"
                disabled={making}
                onChange={setPassphrase}
              />
            ) : null}
          </div>

          {blocked ? <Notice tone="info">{words.planProblems}</Notice> : null}
          <div className="tool-actions">
            <button type="button" className="button button-primary" disabled={blocked || making} onClick={() => void make()}>
              {words.make}
            </button>
            {making ? (
              <button type="button" className="button" onClick={() => abort.current?.abort()}>
                {words.cancel}
              </button>
            ) : null}
          </div>
          <div className="tool-status" role="status">
            {run.state === 'making' ? (
              <>
                <progress max={run.total || 1} value={run.done} aria-label={words.starting} />
                <span>{run.total ? words.making(run.done, run.total) : words.starting}</span>
              </>
            ) : run.state === 'cancelled' ? (
              words.cancelled
            ) : run.state === 'made' ? (
              words.made(run.result.certificates.filter((c) => c.signedBy !== null).length)
            ) : null}
          </div>
          {run.state === 'failed' ? <Notice tone="error">{words.failed(run.reason)}</Notice> : null}
          {run.state === 'made' ? <LabMade result={run.result} checked={run.checked} onCheck={() => check(run.result)} /> : null}
        </>
      ) : null}
    </div>
  );
}

function LabMade({ result, checked, onCheck }: { result: LabResult; checked: boolean; onCheck: () => void }) {
  return (
    <div className="lab-made">
      <div className="tool-actions">
        <button type="button" className="button button-primary" onClick={() => downloadBytes(result.zipName, result.zip, 'application/zip')}>
          {words.download(result.zipName)}
        </button>
        <button type="button" className="button" disabled={checked} onClick={onCheck}>
          {words.check}
        </button>
      </div>
      {checked ? <p className="tool-note">{words.checked}</p> : null}
      <h3 className="tool-section-title">{words.zipTitle}</h3>
      <p className="tool-note">{words.zipHint}</p>
      <ul className="lab-paths">
        {[...result.paths].sort().map((p) => (
          <li key={p}>
            <code>{p}</code>
          </li>
        ))}
      </ul>
    </div>
  );
}
