import { useId, useState } from 'react';
import { shelfUi } from '../../i18n/en-ui-certificates';
import type { ShelfEntry } from './shelf-store';
import { shelf } from './use-shelf';

const words = shelfUi.password;

/** The password of a PKCS#12 file or an encrypted key, tried in the worker on "Open". Never kept. */
export function FilePassword({ entry }: { entry: ShelfEntry }) {
  const id = useId();
  const [password, setPassword] = useState('');
  return (
    <form
      className="file-password"
      onSubmit={(e) => {
        e.preventDefault();
        void shelf.unlock(entry.id, password).then(() => setPassword(''));
      }}
    >
      <label className="field-label" htmlFor={`${id}-password`}>
        {words.label(entry.name)}
      </label>
      <div className="file-password-row">
        <input
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
      </div>
    </form>
  );
}
