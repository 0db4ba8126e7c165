import { AsnArray, AsnPropTypes, AsnType, AsnTypeTypes } from '@peculiar/asn1-schema';
import { Certificate } from '@peculiar/asn1-x509';
import { equalBytes } from './bytes';
import { parseDer } from './parse-der';

/** Any SEQUENCE, as its elements' DER: the library's own reading of a structure's framing. */
class Elements extends AsnArray<ArrayBuffer> {}
AsnType({ type: AsnTypeTypes.Sequence, itemType: AsnPropTypes.Any })(Elements);

const elements = (der: Uint8Array | ArrayBuffer): Uint8Array[] => [...parseDer(der, Elements)].map((e) => new Uint8Array(e));

/**
 * Whether @peculiar/asn1-x509 reads the whole certificate, held to the rules that Go's
 * crypto/x509 and OpenSSL apply on top of the schema (the library alone accepts fields
 * after the extensions, any version number, and an inner signature algorithm other than
 * the outer one). The reference for ./certificate-parts.ts: the library path of
 * `inspectCertificate` asks it, and lean-x509.test.ts holds the two to the same answer.
 */
export function libraryReadsCertificate(der: Uint8Array): boolean {
  try {
    const cert = parseDer(der, Certificate);
    const [tbs, algorithm, signature, ...more] = elements(der);
    if (!tbs || !algorithm || !signature || more.length > 0 || elements(algorithm).length > 2) return false;
    const version = cert.tbsCertificate.version;
    if (!Number.isInteger(version) || version < 0 || version > 2) return false;
    const fields = elements(tbs);
    const tags = fields.map((f) => f[0]);
    const first = tags[0] === 0xa0 ? 1 : 0;
    // serial, signature, issuer, validity, subject, subjectPublicKeyInfo; then in order
    // issuerUniqueID [1] and subjectUniqueID [2] from v2, extensions [3] in v3 only.
    const inner = fields[first + 1];
    if (!inner || !equalBytes(inner, algorithm)) return false;
    const allowed = [[], [0x81, 0x82], [0x81, 0x82, 0xa3]][version] ?? [];
    let next = 0;
    for (const tag of tags.slice(first + 6)) {
      const at = tag === undefined ? -1 : allowed.indexOf(tag, next);
      if (at < 0) return false;
      next = at + 1;
    }
    return true;
  } catch {
    return false;
  }
}
