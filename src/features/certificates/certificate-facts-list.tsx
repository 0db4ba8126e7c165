import type { CertificateFacts } from '../../domain/certs/types';
import { isCaCertificate } from '../../domain/certs/is-ca-certificate';
import { shelfUi } from '#words/ui-certificates';
import { publicKeyText, sanEntries, utcDateTime, validityText, withColons, type Validity } from './certificate-view';
import { CopyValue } from './copy-value';

const f = shelfUi.facts;

/** Everything the wizard knows about a certificate, as text (never as markup). */
export function CertificateFactsList({ cert, validity }: { cert: CertificateFacts; validity: Validity }) {
  const sans = sanEntries(cert.sans);
  const list = (values: readonly string[], empty: string) => (values.length > 0 ? values.join(', ') : empty);
  return (
    <dl className="facts">
      <dt>{f.subject}</dt>
      <dd className="facts-code">{cert.subject}</dd>
      <dt>{f.issuer}</dt>
      <dd className="facts-code">{cert.issuer}</dd>
      <dt>{f.serial}</dt>
      <dd className="facts-code">{cert.serialHex}</dd>
      <dt>{f.validFrom}</dt>
      <dd>{utcDateTime(cert.notBefore)}</dd>
      <dt>{f.validUntil}</dt>
      <dd>
        {utcDateTime(cert.notAfter)} ({validityText(validity)})
      </dd>
      <dt>{f.sans}</dt>
      <dd>
        {sans.length === 0 ? (
          f.noSans
        ) : (
          <ul className="facts-sans">
            {sans.map((s, i) => (
              <li key={i}>
                {s.kind}: <code>{s.value}</code>
                {s.wildcard ? ` (${f.wildcard})` : null}
              </li>
            ))}
          </ul>
        )}
      </dd>
      <dt>{f.publicKey}</dt>
      <dd>{publicKeyText(cert.publicKey)}</dd>
      <dt>{f.signature}</dt>
      <dd>{cert.signatureAlgorithm}</dd>
      <dt>{f.keyUsage}</dt>
      <dd>{list(cert.keyUsage, f.none)}</dd>
      <dt>{f.eku}</dt>
      <dd>{list(cert.extendedKeyUsage, f.ekuAny)}</dd>
      <dt>{f.isCa}</dt>
      <dd>{isCaCertificate(cert) ? f.caYes(cert.basicConstraints?.pathLength ?? null) : f.caNo}</dd>
      <dt>{f.fingerprint}</dt>
      <dd>
        <CopyValue value={cert.sha256Fingerprint} what={f.fingerprint} hint={f.fingerprintHint} />
      </dd>
      <dt>{f.fingerprintColons}</dt>
      <dd>
        <CopyValue value={withColons(cert.sha256Fingerprint)} what={f.fingerprintColons} />
      </dd>
      <dt>{f.pin}</dt>
      <dd>
        <CopyValue value={cert.spkiSha256Base64} what={f.pin} hint={f.pinHint} />
      </dd>
    </dl>
  );
}
