import { useState } from 'react';
import type { DecodedItem } from '../../domain/certs/types';
import { shelfUi } from '#words/ui-certificates';
import { CertificateItem } from './certificate-item';
import { PrivateKeyItem } from './private-key-item';

const words = shelfUi.files;
/** A bundle of 150 CAs shows its first few; the rest on request, so the page stays quick. */
const FIRST = 8;

/** What a file holds, in file order. */
export function FileItems({ items }: { items: readonly DecodedItem[] }) {
  const [all, setAll] = useState(false);
  const shown = all ? items : items.slice(0, FIRST);
  return (
    <>
      <ul className="file-items">
        {shown.map((item, i) => (
          <li key={i}>{item.kind === 'certificate' ? <CertificateItem cert={item} /> : <PrivateKeyItem keyFacts={item} />}</li>
        ))}
      </ul>
      {shown.length < items.length ? (
        <button type="button" className="button button-small" onClick={() => setAll(true)}>
          {words.showMore(items.length - shown.length)}
        </button>
      ) : null}
    </>
  );
}
