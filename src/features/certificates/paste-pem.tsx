import { useId, useState } from 'react';
import { shelfUi } from '#words/ui-certificates';
import { textAsFile } from '../../lib/read-file-within-limit';
import { shelf } from '../../state/shelf/use-shelf';

const words = shelfUi.paste;
// Counted for the page's life, so that reopening the panel never repeats a name.
let pastedCount = 0;

/** Pasted PEM becomes a file like any other ("pasted-1.pem"); the text field is emptied at once. */
export function PastePem() {
  const id = useId();
  const [text, setText] = useState('');
  return (
    <details className="paste-pem">
      <summary>{words.summary}</summary>
      <div className="paste-pem-body">
        <label className="field-label" htmlFor={`${id}-text`}>
          {words.label}
        </label>
        <p className="field-description" id={`${id}-description`}>
          {words.description}
        </p>
        <textarea
          id={`${id}-text`}
          className="input input-code"
          rows={5}
          spellCheck={false}
          autoComplete="off"
          aria-describedby={`${id}-description`}
          value={text}
          onChange={(e) => {
            // Text is coming: start the reader while it is pasted and checked.
            if (text === '' && e.target.value !== '') shelf.prepare();
            setText(e.target.value);
          }}
        />
        <button
          type="button"
          className="button"
          disabled={text.trim() === ''}
          onClick={() => {
            pastedCount += 1;
            void shelf.add([textAsFile(words.fileName(pastedCount), text)]);
            setText('');
          }}
        >
          {words.add}
        </button>
      </div>
    </details>
  );
}
