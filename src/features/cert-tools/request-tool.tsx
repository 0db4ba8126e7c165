import { useId, useMemo, useState } from 'react';
import { Fieldset } from '../../components/fieldset';
import { Notice } from '../../components/notice';
import { KEY_TYPES, keyTypeLabel, validityDays } from '../../domain/certs/write/key-types';
import { serializeYaml } from '../../domain/generate/serialize-yaml';
import { quotePosix } from '../../domain/generate/shell/posix-quote';
import { certRequests, type CertRequest } from '../../domain/lab/cert-requests';
import { defendNeedsRsa } from '../../domain/lab/lab-spec';
import { certutilPlan, type CertutilNoteCode } from '../../domain/lab/requests-certutil';
import { commandLine, opensslConfig, opensslRequestScript, opensslSigningCommand, requestFileNames } from '../../domain/lab/requests-openssl';
import type { Plan } from '../../domain/plan/schema';
import { copyText } from '../../lib/clipboard';
import { downloadText } from '../../lib/download';
import { getInspector } from '../../state/inspector/inspector-client';
import { planIssues } from '../../state/plan-form/plan-issues';
import { requestsUi } from '#words/ui-requests';
import { DaysField, KeyTypeField, RadioList } from './tool-fields';

const words = requestsUi;

/** The key types of the lab tab (lab-tool.tsx) and of `fleet-tls requests --key`. */

const NOTE_ORDER: readonly CertutilNoteCode[] = ['certutil-no-eku', 'certutil-rsa-only', 'certutil-pkcs1-key'];

type Way = 'openssl' | 'certutil' | 'browser';
const WAYS: readonly Way[] = ['openssl', 'certutil', 'browser'];

const line = (argv: readonly string[]) => commandLine(argv, quotePosix);
const sentence = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** The CA files the signing command names: the first the issuer must be in, and its key beside it (as `fleet-tls requests` writes). */
function signingCa(r: CertRequest, days: number) {
  const cert = r.issuerFiles[0] ?? 'ca.crt';
  return { cert, key: `${cert.replace(/\.(crt|pem|cer)$/i, '')}.key`, days };
}

/**
 * "Ask your PKI": per certificate the plan needs, what to ask for (subject, SANs, EKU, key,
 * hosts and paths, which CA file must hold the issuer), and three ways to make the keys and
 * CSRs: OpenSSL on the host, elasticsearch-certutil, or this browser (in the inspector worker).
 * What comes back is dropped on the page, where the certificate panel matches it to its roles.
 */
export default function RequestTool({ plan }: { plan: Plan }) {
  const [keyId, setKeyId] = useState('p256');
  const [daysText, setDaysText] = useState('365');
  const [way, setWay] = useState<Way>('openssl');
  // The keys made here live in this memory only, kept while the tool is open: never logged, stored or sent.
  const [made, setMade] = useState<Readonly<Record<string, Made>>>({});
  const keyType = (KEY_TYPES.find((k) => k.id === keyId) ?? KEY_TYPES[0]!).type;
  // The PKI's CA layout is its own: each request names the plan's CA files from the legs, whatever labSpec's `cas`.
  const requests = useMemo(() => certRequests(plan, { cas: 'per-service', keyType }), [plan, keyType]);
  const blocked = useMemo(() => planIssues(plan).length > 0, [plan]);
  const days = validityDays(daysText);
  const defendRsa = defendNeedsRsa(plan);
  const encrypted = Object.values(plan.certs.encrypted).some(Boolean);

  if (requests.length === 0)
    return (
      <div className="tool request-tool">
        <p className="muted">{words.nothing}</p>
      </div>
    );

  return (
    <div className="tool request-tool">
      <p className="tool-intro">{words.intro}</p>

      <h3 className="tool-section-title">{words.optionsTitle}</h3>
      <div className="tool-options request-options">
        <KeyTypeField
          id="request-key-type"
          label={words.keyType.label}
          description={defendRsa && keyType.kind !== 'RSA' ? words.keyType.defendNote : ''}
          value={keyId}
          onChange={setKeyId}
        />
        <DaysField id="request-days" words={words.days} value={daysText} valid={days !== null} onChange={setDaysText} />
      </div>

      <h3 className="tool-section-title">{words.needsTitle}</h3>
      <div className="request-cards">
        {requests.map((r) => (
          <RequestCard key={r.id} request={r} />
        ))}
      </div>

      {blocked ? (
        <Notice tone="info">{words.planProblems}</Notice>
      ) : (
        <>
          <h3 className="tool-section-title">{words.waysTitle}</h3>
          {encrypted ? <Notice tone="info">{words.unencrypted}</Notice> : null}
          <Fieldset id="request-way" legend={words.ways.legend} className="choices request-ways">
            {() => <RadioList name="request-way" value={way} onChange={setWay} choices={WAYS.map((w) => ({ value: w, label: words.ways[w] }))} />}
          </Fieldset>
          {way === 'openssl' ? (
            <OpensslWay requests={requests} days={days ?? 365} />
          ) : way === 'certutil' ? (
            <CertutilWay requests={requests} days={days ?? 365} />
          ) : (
            <BrowserWay requests={requests} made={made} setMade={setMade} />
          )}
        </>
      )}

      <h3 className="tool-section-title">{words.backTitle}</h3>
      <p className="tool-note">{words.back}</p>
    </div>
  );
}

/** One certificate to ask for, as the PKI team needs it, and where it goes. */
function RequestCard({ request: r }: { request: CertRequest }) {
  const id = useId();
  const names = [...r.dns, ...r.ips];
  return (
    <article className="request-card" aria-labelledby={`${id}-title`}>
      <h4 className="request-card-title" id={`${id}-title`}>
        {sentence(words.purpose[r.purpose])} <code>{r.cert.name}</code>
      </h4>
      <dl className="request-facts">
        <dt>{words.fields.subject}</dt>
        <dd>
          <code>CN={r.commonName}</code>
        </dd>
        <dt>{words.fields.names}</dt>
        <dd>{names.length > 0 ? <Paths paths={names} /> : words.fields.noNames}</dd>
        <dt>{words.fields.eku}</dt>
        <dd>
          <code>{r.eku.join(', ')}</code>
        </dd>
        <dt>{words.fields.keyUsage}</dt>
        <dd>
          <code>{r.keyUsage.join(', ')}</code> {words.fields.critical}
        </dd>
        <dt>{words.fields.key}</dt>
        <dd>
          {keyTypeLabel(r.keyType)}
          {r.keyReasons.map((reason) => (
            <span key={reason} className="tool-sub">
              {words.keyReason[reason]}
            </span>
          ))}
        </dd>
        <dt>{words.fields.where}</dt>
        <dd>
          {r.hosts.map((host) => {
            const onHost = host === 'fleet-server' || host === 'agent';
            const certs = onHost ? (r.cert.pathsOn[host] ?? []) : [r.cert.name];
            const keys = onHost ? (r.key.pathsOn[host] ?? []) : [r.key.name];
            return (
              <span key={host} className="request-place">
                {words.on(words.host[host])}:
                <span className="request-path">
                  {words.fields.certificate} <Paths paths={certs} />
                </span>
                <span className="request-path">
                  {words.fields.keyFile} <Paths paths={keys} />
                </span>
              </span>
            );
          })}
        </dd>
        {r.issuerFiles.length + r.issuerTrustedOn.length > 0 ? (
          <>
            <dt>{words.fields.issuer}</dt>
            <dd>
              {r.issuerFiles.length > 0 ? (
                <span className="request-place">
                  {words.issuerIn(r.issuerFiles.length)} <Paths paths={r.issuerFiles} />
                </span>
              ) : null}
              {r.issuerTrustedOn.map((h) => (
                <span key={h} className="request-place">
                  {words.issuerTrustedOn(words.host[h])}
                </span>
              ))}
            </dd>
          </>
        ) : null}
      </dl>
      {r.chain ? <p className="tool-note">{words.chain}</p> : null}
    </article>
  );
}

function Paths({ paths }: { paths: readonly string[] }) {
  return (
    <>
      {paths.map((p, i) => (
        <span key={p}>
          {i > 0 ? ', ' : ''}
          <code>{p}</code>
        </span>
      ))}
    </>
  );
}

/** A text to copy or download: a config, a script, instances.yml, commands. */
function CodeBlock({ title, text, fileName }: { title: string; text: string; fileName: string }) {
  const id = useId();
  const [status, setStatus] = useState<{ for: string; text: string } | null>(null);
  // A status message belongs to the text it was about; a new text clears it.
  const shown = status?.for === text ? status.text : '';
  return (
    <section className="request-block" aria-labelledby={`${id}-title`}>
      <div className="request-block-bar">
        <h4 className="request-block-title" id={`${id}-title`}>
          {title}
        </h4>
        <div className="tool-actions">
          <button
            type="button"
            className="button button-small"
            onClick={() => void copyText(text).then((ok) => setStatus({ for: text, text: ok ? words.copied : words.copyFailed }))}
          >
            {words.copy}
          </button>
          <button
            type="button"
            className="button button-small"
            aria-describedby={title === fileName ? undefined : `${id}-file`}
            onClick={() => downloadText(fileName, text)}
          >
            {words.download}
          </button>
        </div>
        {title === fileName ? null : (
          <span className="request-block-file" id={`${id}-file`}>
            {words.downloadAs(fileName)}
          </span>
        )}
        <span className="request-block-status" role="status">
          {shown}
        </span>
      </div>
      <pre className="code" tabIndex={0}>
        <code>{text}</code>
      </pre>
    </section>
  );
}

function OpensslWay({ requests, days }: { requests: readonly CertRequest[]; days: number }) {
  const sign = requests.map((r) => line(opensslSigningCommand(r, signingCa(r, days)))).join('\n');
  return (
    <div className="request-way">
      <p className="tool-note">{words.openssl.intro}</p>
      <CodeBlock title="requests.sh" fileName="requests.sh" text={opensslRequestScript(requests, quotePosix)} />
      {requests.map((r) => {
        const config = requestFileNames(r).config;
        return <CodeBlock key={r.id} title={config} fileName={config} text={opensslConfig(r)} />;
      })}
      <p className="tool-note">{words.openssl.signIntro}</p>
      <CodeBlock title={words.openssl.signTitle} fileName={words.openssl.signFile} text={`${sign}\n`} />
    </div>
  );
}

function CertutilWay({ requests, days }: { requests: readonly CertRequest[]; days: number }) {
  const certutil = certutilPlan(requests, days);
  const caFiles = [...new Set(requests.flatMap((r) => r.issuerFiles))];
  const lines = (commands: readonly (readonly string[])[]) => `${commands.map(line).join('\n')}\n`;
  return (
    <div className="request-way">
      <p className="tool-note">{words.certutil.intro}</p>
      <CodeBlock title="instances.yml" fileName="instances.yml" text={serializeYaml(certutil.instances)} />
      <CodeBlock title={words.certutil.csrTitle} fileName={words.certutil.csrFile} text={lines(certutil.csrCommands)} />
      <CodeBlock title={words.certutil.certTitle} fileName={words.certutil.certFile} text={lines(certutil.certCommands)} />
      {caFiles.length > 0 ? <p className="tool-note">{words.certutil.caFiles(caFiles.join(', '))}</p> : null}
      <h4 className="tool-section-title">{words.certutil.notesTitle}</h4>
      <ul className="request-notes">
        {NOTE_ORDER.map((note) => {
          const folders = certutil.requests.filter((c) => c.notes.includes(note)).map((c) => `${c.instance.filename}/`);
          return folders.length > 0 ? (
            <li key={note}>
              {words.certutilNote[note]} <Paths paths={folders} />
            </li>
          ) : null;
        })}
      </ul>
      {certutil.pkcs8Commands.length > 0 ? (
        <CodeBlock title={words.certutil.pkcs8Title} fileName={words.certutil.pkcs8File} text={lines(certutil.pkcs8Commands)} />
      ) : null}
    </div>
  );
}

type SetMade = (update: (m: Readonly<Record<string, Made>>) => Readonly<Record<string, Made>>) => void;

type Made =
  | { readonly state: 'making'; readonly for: string }
  | { readonly state: 'made'; readonly for: string; readonly csrPem: string; readonly keyPem: string }
  | { readonly state: 'failed'; readonly for: string; readonly reason: string };

/** What a CSR is made from: a change of any of it makes the last one stale. */
const signature = (r: CertRequest) => JSON.stringify([r.commonName, r.dns, r.ips, r.eku, r.keyType]);

function BrowserWay({ requests, made, setMade }: { requests: readonly CertRequest[]; made: Readonly<Record<string, Made>>; setMade: SetMade }) {
  const make = async (r: CertRequest) => {
    const key = signature(r);
    setMade((m) => ({ ...m, [r.id]: { state: 'making', for: key } }));
    let next: Made;
    try {
      const csr = await getInspector().makeCsr({ commonName: r.commonName, dns: r.dns, ips: r.ips, eku: r.eku, keyType: r.keyType });
      next = { state: 'made', for: key, csrPem: csr.csrPem, keyPem: csr.keyPem };
    } catch (error) {
      next = { state: 'failed', for: key, reason: error instanceof Error ? error.message : String(error) };
    }
    setMade((m) => (m[r.id]?.for === key ? { ...m, [r.id]: next } : m));
  };
  return (
    <div className="request-way">
      <Notice tone="warning">{words.browser.warning}</Notice>
      {requests.map((r) => (
        <BrowserRow key={r.id} request={r} made={made[r.id]?.for === signature(r) ? made[r.id] : undefined} onMake={() => void make(r)} />
      ))}
    </div>
  );
}

function BrowserRow({ request: r, made, onMake }: { request: CertRequest; made: Made | undefined; onMake: () => void }) {
  const id = useId();
  const files = requestFileNames(r);
  return (
    <section className="request-row" aria-labelledby={`${id}-title`}>
      <h4 className="request-block-title" id={`${id}-title`}>
        {sentence(words.purpose[r.purpose])} <code>{r.cert.name}</code>
      </h4>
      <div className="tool-actions">
        <button type="button" className="button" disabled={made?.state === 'making'} onClick={onMake}>
          {made?.state === 'made' ? words.browser.makeAgain : words.browser.make}
        </button>
        {made?.state === 'made' ? (
          <>
            <button type="button" className="button button-primary" onClick={() => downloadText(files.csr, made.csrPem, 'application/pkcs10')}>
              {words.browser.download(files.csr)}
            </button>
            <button type="button" className="button button-primary" onClick={() => downloadText(files.key, made.keyPem, 'application/x-pem-file')}>
              {words.browser.download(files.key)}
            </button>
          </>
        ) : null}
      </div>
      <p className="tool-status" role="status">
        {made?.state === 'making' ? words.browser.making : made?.state === 'made' ? words.browser.made(keyTypeLabel(r.keyType)) : ''}
      </p>
      {made?.state === 'failed' ? <Notice tone="error">{words.browser.failed(made.reason)}</Notice> : null}
    </section>
  );
}
