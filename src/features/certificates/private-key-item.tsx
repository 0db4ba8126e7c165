import type { PrivateKeyFacts } from '../../domain/certs/types';
import { shelfUi } from '#words/ui-certificates';
import { publicKeyText } from './certificate-view';

const words = shelfUi;

/** A private key: format, algorithm and size or curve, encrypted or not. Never its material. */
export function PrivateKeyItem({ keyFacts: key }: { keyFacts: PrivateKeyFacts }) {
  const encrypted = !key.encrypted ? words.keyEncrypted.no : key.decrypted ? words.keyEncrypted.opened : words.keyEncrypted.locked;
  return (
    <div className="file-item">
      <p className="file-item-title">
        <span className="file-item-kind">{words.items.key}</span> {key.algorithm === 'unknown' ? words.keyUnknown : publicKeyText(key)}
      </p>
      <dl className="facts">
        <dt>{words.facts.format}</dt>
        <dd>{words.keyFormats[key.format]}</dd>
        <dt>{words.facts.algorithm}</dt>
        <dd>{key.algorithm === 'unknown' ? words.keyUnknown : publicKeyText(key)}</dd>
        <dt>{words.facts.encrypted}</dt>
        <dd>{encrypted}</dd>
      </dl>
    </div>
  );
}
