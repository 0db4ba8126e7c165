import { useEffect, useMemo, useRef, useState } from 'react';
import { Field } from '../../components/field';
import { Fieldset } from '../../components/fieldset';
import { Notice } from '../../components/notice';
import { conversionsFor } from '../../domain/certs/convert/conversions-for';
import { passphraseRefusal } from '../../domain/certs/convert/passphrase-check';
import type { ConversionCode, ConvertRefusal, ConvertResult } from '../../domain/certs/convert/types';
import type { DecodedFile } from '../../domain/certs/types';
import { say } from '../../i18n/contract';
import { copyText } from '../../lib/clipboard';
import { downloadText } from '../../lib/download';
import { textAsFile } from '../../lib/read-file-within-limit';
import { getInspector } from '../../state/inspector/inspector-client';
import { isReading } from '../../state/shelf/shelf-store';
import { shelf, SHELF_ID, useShelf } from '../../state/shelf/use-shelf';
import { convertWords } from '#words/convert';
import { RadioList, SecretField } from './tool-fields';
import { convertUi } from '#words/ui-convert';

const words = convertUi;

type Converted = Extract<ConvertResult, { kind: 'converted' }>;

/** What the last Convert gave, for the file and conversion it was asked for (`for`). */
type Run =
  | { readonly state: 'idle' }
  | { readonly state: 'converting'; readonly for: string }
  | { readonly state: 'converted'; readonly for: string; readonly result: Converted; readonly checked: boolean }
  | { readonly state: 'refused'; readonly for: string; readonly refusal: ConvertRefusal }
  | { readonly state: 'failed'; readonly for: string; readonly reason: string };

const PASSWORD_REFUSALS: readonly ConvertRefusal['code'][] = ['password-needed', 'password-wrong'];
const PASSPHRASE_REFUSALS: readonly ConvertRefusal['code'][] = ['passphrase-needed', 'passphrase-unusable'];

/** Whether this conversion of this file opens it with a password: a PKCS#12 archive, or an encrypted key to open. */
function asksPassword(decoded: DecodedFile, conversion: ConversionCode): boolean {
  if (conversion === 'pkcs12-to-pem') return true;
  if (conversion !== 'decrypt-key' && conversion !== 'encrypt-key') return false;
  return (
    decoded.items.some((i) => i.kind === 'private-key' && i.encrypted) ||
    decoded.problems.some((p) => p.code === 'password-needed' || p.code === 'password-wrong')
  );
}

/** Opens "Certificate and key files" and takes the user there (the panel is not this feature's). */
function openShelf(): void {
  shelf.setOpen(true);
  const panel = document.getElementById(SHELF_ID);
  panel?.focus({ preventScroll: true });
  panel?.scrollIntoView({ block: 'start' });
}

/**
 * "Convert a file": a file of "Certificate and key files" turned into what Elastic Agent,
 * Fleet Server and Logstash read, in the inspector worker (which holds the file's bytes),
 * with the `openssl` command that does the same on the host. A password serves one
 * conversion and is then forgotten; what was typed stays when a conversion is refused.
 */
export default function ConvertTool() {
  const { entries } = useShelf();
  const candidates = useMemo(
    () =>
      entries.flatMap((entry) => {
        const conversions = entry.decoded ? conversionsFor(entry.decoded) : [];
        return entry.decoded && conversions.length > 0 ? [{ id: entry.id, name: entry.name, decoded: entry.decoded, conversions }] : [];
      }),
    [entries],
  );
  const [fileId, setFileId] = useState<string | null>(null);
  const [chosenConversion, setChosenConversion] = useState<ConversionCode | null>(null);
  const [password, setPassword] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const [run, setRun] = useState<Run>({ state: 'idle' });
  const passwordInput = useRef<HTMLInputElement>(null);
  const passphraseInput = useRef<HTMLInputElement>(null);
  // The field a refusal is about takes the focus, once it is enabled again (after the render).
  const focusOn = useRef<'password' | 'passphrase' | null>(null);
  useEffect(() => {
    const target = focusOn.current === 'password' ? passwordInput.current : focusOn.current === 'passphrase' ? passphraseInput.current : null;
    focusOn.current = null;
    target?.focus();
  }, [run]);

  const file = candidates.find((c) => c.id === fileId) ?? candidates[0];
  if (!file) {
    const reading = entries.some(isReading);
    return (
      <div className="tool convert-tool">
        <p className="tool-intro">{words.intro}</p>
        <p>{reading ? words.empty.reading : entries.length === 0 ? words.empty.none : words.empty.nothingApplies}</p>
        <div className="tool-actions">
          <button type="button" className="button" onClick={openShelf}>
            {words.empty.openShelf}
          </button>
        </div>
      </div>
    );
  }

  const conversion = chosenConversion && file.conversions.includes(chosenConversion) ? chosenConversion : file.conversions[0]!;
  const current = `${file.id} ${conversion}`;
  // What was shown belongs to the file and conversion it was asked for.
  const shown: Run = run.state !== 'idle' && run.for === current ? run : { state: 'idle' };
  const withPassword = asksPassword(file.decoded, conversion);
  const withPassphrase = conversion === 'encrypt-key';
  const refusal = shown.state === 'refused' ? shown.refusal : null;
  const passwordErrors = refusal && PASSWORD_REFUSALS.includes(refusal.code) ? [say(convertWords.refusals, refusal)] : [];
  // The passphrase's rules show as it is typed; "give one" only once Convert was asked.
  const typedProblem = passphrase === '' ? null : passphraseRefusal(passphrase);
  const passphraseProblem = typedProblem ?? (refusal && PASSPHRASE_REFUSALS.includes(refusal.code) ? refusal : null);
  const passphraseErrors = withPassphrase && passphraseProblem ? [say(convertWords.refusals, passphraseProblem)] : [];
  const converting = shown.state === 'converting';

  const start = async () => {
    if (run.state === 'converting') return;
    const asked = current;
    if (withPassphrase) {
      const bad = passphraseRefusal(passphrase);
      if (bad) {
        focusOn.current = 'passphrase';
        setRun({ state: 'refused', for: asked, refusal: bad });
        return;
      }
    }
    setRun({ state: 'converting', for: asked });
    try {
      const result = await getInspector().convert(file.id, conversion, {
        ...(withPassword && password !== '' ? { password } : {}),
        ...(withPassphrase ? { passphrase } : {}),
      });
      if (result.kind === 'refused') {
        if (PASSWORD_REFUSALS.includes(result.refusal.code)) focusOn.current = 'password';
        if (PASSPHRASE_REFUSALS.includes(result.refusal.code)) focusOn.current = 'passphrase';
        setRun({ state: 'refused', for: asked, refusal: result.refusal });
        return;
      }
      // The password and passphrase served this conversion: they are not kept.
      setPassword('');
      setPassphrase('');
      setRun({ state: 'converted', for: asked, result, checked: false });
    } catch (error) {
      setRun({ state: 'failed', for: asked, reason: error instanceof Error ? error.message : String(error) });
    }
  };

  const check = (result: Converted) => {
    const passphraseText = result.outputs.find((o) => o.kind === 'passphrase')?.content;
    void shelf.addKnown(
      result.outputs
        .filter((o) => o.kind !== 'passphrase')
        .map((o) => ({
          file: textAsFile(o.name, o.content),
          roles: [],
          ...(o.kind === 'encrypted-key' && passphraseText !== undefined ? { password: passphraseText } : {}),
        })),
    );
    setRun({ state: 'converted', for: current, result, checked: true });
  };

  const choose = (id: string) => {
    setFileId(id);
    // A password belongs to its file.
    setPassword('');
  };

  return (
    <div className="tool convert-tool">
      <p className="tool-intro">{words.intro}</p>
      <div className="tool-options">
        <Field id="convert-file" label={words.file.label} description={words.file.description}>
          {(control) => (
            <select {...control} className="input" value={file.id} disabled={converting} onChange={(e) => choose(e.target.value)}>
              {candidates.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Fieldset id="convert-conversion" legend={words.conversion.legend} className="choices choices-stack">
          {() => (
            <RadioList
              name="convert-conversion"
              value={conversion}
              disabled={converting}
              onChange={setChosenConversion}
              choices={file.conversions.map((code) => ({ value: code, label: convertWords.names[code], description: convertWords.descriptions[code] }))}
            />
          )}
        </Fieldset>
        {withPassword ? (
          <SecretField
            id="convert-password"
            label={words.password.label(file.name)}
            description={words.password.description}
            errors={passwordErrors}
            value={password}
            autoComplete="off"
            disabled={converting}
            inputRef={passwordInput}
            onChange={setPassword}
          />
        ) : null}
        {withPassphrase ? (
          <SecretField
            id="convert-passphrase"
            label={words.passphrase.label}
            description={words.passphrase.description}
            errors={passphraseErrors}
            value={passphrase}
            autoComplete="new-password"
            disabled={converting}
            inputRef={passphraseInput}
            onChange={setPassphrase}
          />
        ) : null}
      </div>
      <div className="tool-actions">
        <button type="button" className="button button-primary" disabled={converting} onClick={() => void start()}>
          {words.convert}
        </button>
      </div>
      <div className="tool-status" role="status">
        {shown.state === 'converting'
          ? words.converting
          : shown.state === 'converted'
            ? words.converted(shown.result.outputs.length)
            : shown.state === 'refused'
              ? words.refusedStatus
              : null}
      </div>
      {refusal && !PASSWORD_REFUSALS.includes(refusal.code) && !PASSPHRASE_REFUSALS.includes(refusal.code) ? <RefusalNotice refusal={refusal} /> : null}
      {shown.state === 'failed' ? <Notice tone="error">{words.failed(shown.reason)}</Notice> : null}
      {shown.state === 'converted' ? <ConvertedFiles result={shown.result} checked={shown.checked} onCheck={() => check(shown.result)} /> : null}
    </div>
  );
}

/** Why nothing was converted; a legacy PKCS#12 archive with the host's command that converts it. */
function RefusalNotice({ refusal }: { refusal: ConvertRefusal }) {
  if (refusal.code === 'pkcs12-legacy') {
    // The words end with the command on its own lines: it shows as code, with Copy.
    const text = say(convertWords.refusals, refusal);
    const { command } = refusal.params;
    return (
      <Notice tone="error">
        <p>{text.slice(0, text.length - command.length).trim()}</p>
        <CommandBlock command={command} label={words.legacyCommandLabel} />
      </Notice>
    );
  }
  return <Notice tone="error">{say(convertWords.refusals, refusal)}</Notice>;
}

function ConvertedFiles({ result, checked, onCheck }: { result: Converted; checked: boolean; onCheck: () => void }) {
  const notes = result.warnings.filter((w) => w.code !== 'password-file-needed');
  const commandNotes = result.warnings.filter((w) => w.code === 'password-file-needed');
  return (
    <div className="convert-result">
      <h3 className="tool-section-title">{words.outputsTitle}</h3>
      {notes.map((w, i) => (
        <Notice key={i} tone="warning">
          {say(convertWords.warnings, w)}
        </Notice>
      ))}
      <ul className="convert-outputs">
        {result.outputs.map((o) => (
          <li key={o.name} className="convert-output">
            <div className="convert-output-text">
              <code>{o.name}</code>
              <span className="tool-sub">{words.kinds[o.kind]}</span>
              {o.secret ? <span className="convert-secret">{words.secret}</span> : null}
            </div>
            <button
              type="button"
              className="button button-small"
              onClick={() => downloadText(o.name, o.content, o.kind === 'passphrase' ? 'text/plain' : 'application/x-pem-file')}
            >
              {words.download(o.name)}
            </button>
          </li>
        ))}
      </ul>
      <div className="tool-actions">
        <button type="button" className="button" disabled={checked} aria-describedby="convert-check-hint" onClick={onCheck}>
          {words.check}
        </button>
      </div>
      <p className="tool-note" id="convert-check-hint">
        {checked ? words.checked : words.checkHint}
      </p>
      <h3 className="tool-section-title">{words.commandTitle}</h3>
      <p className="tool-note">{convertWords.commandsIntro}</p>
      {commandNotes.map((w, i) => (
        <p key={i} className="tool-note">
          {say(convertWords.warnings, w)}
        </p>
      ))}
      <CommandBlock command={result.command} label={words.copyLabel} />
    </div>
  );
}

/** Shell lines to run on the host, with Copy and what became of the copy. */
function CommandBlock({ command, label }: { command: string; label: string }) {
  const [status, setStatus] = useState('');
  return (
    <div className="convert-command">
      <pre className="code" tabIndex={0} aria-label={label}>
        <code>{command}</code>
      </pre>
      <div className="tool-actions">
        <button
          type="button"
          className="button button-small"
          aria-label={label}
          onClick={() => void copyText(command).then((ok) => setStatus(ok ? words.copied : words.copyFailed))}
        >
          {words.copy}
        </button>
        <span className="tool-status" role="status">
          {status}
        </span>
      </div>
    </div>
  );
}
