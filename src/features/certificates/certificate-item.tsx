import { useState } from 'react';
import type { CertificateFacts } from '../../domain/certs/types';
import { isCaCertificate } from '../../domain/certs/is-ca-certificate';
import { shelfUi } from '#words/ui-certificates';
import { CertificateFactsList } from './certificate-facts-list';
import { validityAt, validityText } from './certificate-view';

const words = shelfUi;

/**
 * A certificate: a one-line summary (name, CA or not, days left), the facts when opened.
 * The facts are rendered only once opened: a bundle of 150 stays light.
 */
export function CertificateItem({ cert }: { cert: CertificateFacts }) {
  const [open, setOpen] = useState(false);
  const validity = validityAt(cert.notBefore, cert.notAfter, new Date());
  return (
    <details className="file-item" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>
        <span className="file-item-kind">{isCaCertificate(cert) ? words.items.ca : words.items.certificate}</span>{' '}
        <span className="file-item-name">{cert.subjectCommonName ?? cert.subject}</span>{' '}
        <span className={`file-item-validity validity-${validity.state}`}>{validityText(validity)}</span>
      </summary>
      {open ? <CertificateFactsList cert={cert} validity={validity} /> : null}
    </details>
  );
}
