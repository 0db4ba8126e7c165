import type { Finding } from '../finding';
import type { LegCheck } from './leg-check';
import { presentingSides } from './leg-check';

/**
 * The certificate a file is meant for must come first: Go's tls.X509KeyPair presents the
 * first certificate of the file as the server's or client's own (crypto/tls/tls.go,
 * Go 1.19.8 l.294) and checks the key against it, so a chain stored CA-first fails to
 * load ("tls: private key does not match public key") or presents the CA.
 */
export const certOrder: LegCheck = (e) =>
  presentingSides(e).flatMap(({ name, side }): Finding[] => {
    const p = side.presented!;
    if (p.meant.sha256Fingerprint === p.leaf.sha256Fingerprint) return [];
    return [
      {
        code: 'cert-order-wrong',
        severity: 'error',
        leg: e.leg.id,
        roles: [p.role],
        params: { side: name, file: p.file, first: p.leaf.subject, meant: p.meant.subject },
      },
    ];
  });
