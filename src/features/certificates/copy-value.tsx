import { useState } from 'react';
import { shelfUi } from '#words/ui-certificates';
import { copyText } from '../../lib/clipboard';

const words = shelfUi;

/** A value to paste somewhere else, with its Copy button and what became of the copy. */
export function CopyValue({ value, what, hint }: { value: string; what: string; hint?: string }) {
  const [status, setStatus] = useState('');
  return (
    <span className="copy-value">
      <code className="copy-value-text">{value}</code>
      {hint ? <span className="copy-value-hint">{hint}</span> : null}
      <span className="copy-value-actions">
        <button
          type="button"
          className="button button-small"
          aria-label={words.copyLabel(what)}
          onClick={() => void copyText(value).then((ok) => setStatus(ok ? words.copied : words.copyFailed))}
        >
          {words.copy}
        </button>
        <span className="copy-value-status" role="status">
          {status}
        </span>
      </span>
    </span>
  );
}
