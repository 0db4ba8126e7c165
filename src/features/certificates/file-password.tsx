import { useId, useRef, useState } from 'react';
import { shelfUi } from '#words/ui-certificates';
import type { ShelfEntry } from '../../state/shelf/shelf-store';
import { shelf } from '../../state/shelf/use-shelf';

const words = shelfUi.password;

/** The password of a PKCS#12 file or an encrypted key, tried in the worker on "Open". Never kept. */
export function FilePassword({ entry }: { entry: ShelfEntry }) {
  const id = useId();
  const [password, setPassword] = useState('');
  const [tried, setTried] = useState(false);
  // Said aloud as well as shown: the field keeps the focus, so a screen reader hears why.
  const wrong = tried && !entry.unlocking && (entry.decoded?.problems.some((p) => p.code === 'password-wrong') ?? false);
  const input = useRef<HTMLInputElement>(null);
  return (
    <form
      className="file-password"
      onSubmit={(e) => {
        e.preventDefault();
        void shelf.unlock(entry.id, password).then(() => {
          setPassword('');
          setTried(true);
          // Back to the field for another try (the button was disabled while it was tried).
          input.current?.focus();
        });
      }}
    >
      <label className="field-label" htmlFor={`${id}-password`}>
        {words.label(entry.name)}
      </label>
      <div className="file-password-row">
        <input
          ref={input}
          id={`${id}-password`}
          className="input input-medium"
          type="password"
          autoComplete="off"
          data-1p-ignore=""
          data-lpignore="true"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
        />
        <button type="submit" className="button" disabled={entry.unlocking}>
          {entry.unlocking ? words.opening : words.open}
        </button>
        {entry.unlocking ? (
          // A key derivation can take long; stopping it restarts the reader, the other files stay.
          <button type="button" className="button" aria-label={shelfUi.files.stopOpeningLabel(entry.name)} onClick={() => void shelf.stop(entry.id)}>
            {shelfUi.files.stop}
          </button>
        ) : null}
      </div>
      <p className="file-password-wrong" role="alert">
        {wrong ? words.wrong(entry.name) : ''}
      </p>
    </form>
  );
}
