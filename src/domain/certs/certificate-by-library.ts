import { AsnArray, AsnPropTypes, AsnType, AsnTypeTypes } from '@peculiar/asn1-schema';
import { Certificate } from '@peculiar/asn1-x509';
import { equalBytes } from './bytes';
import { parseDer } from './parse-der';
import { publicKeyFacts } from './public-key-facts';

/** Any SEQUENCE, as its elements' DER: the library's own reading of a structure's framing. */
class Elements extends AsnArray<ArrayBuffer | null> {}
AsnType({ type: AsnTypeTypes.Sequence, itemType: AsnPropTypes.Any })(Elements);

/**
 * The elements of a constructed element, as the library reads them, when they fill it
 * exactly: asn1js lets a child run past its parent's end, which Go and OpenSSL refuse.
 */
function elements(der: Uint8Array): Uint8Array[] {
  // The library gives a NULL (an algorithm's parameters) as null.
  const list = [...parseDer(der, Elements)].map((e: ArrayBuffer | null) => (e === null ? Uint8Array.of(0x05, 0x00) : new Uint8Array(e)));
  const fits = (e: Uint8Array) => e.length === header(e) + declared(e);
  if (list.reduce((n, e) => n + e.length, 0) !== declared(der) || !list.every(fits)) throw new Error('elements do not fill their parent');
  return list;
}

const header = (der: Uint8Array): number => 2 + ((der[1] ?? 0) < 0x80 ? 0 : (der[1] ?? 0) & 0x7f);
const declared = (der: Uint8Array): number => {
  const first = der[1] ?? 0;
  return first < 0x80 ? first : [...der.subarray(2, header(der))].reduce((n, b) => n * 256 + b, 0);
};
/** The elements inside an EXPLICIT context tag ([0] version, [3] extensions), read as a SEQUENCE's. */
const explicitContent = (der: Uint8Array): Uint8Array[] => elements(Uint8Array.from([0x30, ...der.subarray(1)]));

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
    // The schema does not check the tag of a SEQUENCE it is given (a [0] passes for one).
    if (tbs[0] !== 0x30 || algorithm[0] !== 0x30 || signature[0] !== 0x03) return false;
    const version = cert.tbsCertificate.version;
    if (!Number.isInteger(version) || version < 0 || version > 2) return false;
    const fields = elements(tbs);
    const tags = fields.map((f) => f[0]);
    const first = tags[0] === 0xa0 ? 1 : 0;
    // serial, signature, issuer, validity, subject, subjectPublicKeyInfo; then in order
    // issuerUniqueID [1] and subjectUniqueID [2] from v2, extensions [3] in v3 only.
    if (tags.slice(first, first + 6).join() !== [0x02, 0x30, 0x30, 0x30, 0x30, 0x30].join()) return false;
    const inner = fields[first + 1];
    if (!inner || !equalBytes(inner, algorithm)) return false;
    // The library reads the first element of an EXPLICIT tag and ignores what follows it.
    const explicit = fields.filter((f) => f[0] === 0xa0 || f[0] === 0xa3);
    if (explicit.some((f) => explicitContent(f).length !== 1)) return false;
    // Go parses the key too ("x509: invalid RSA public key"); the library reads it apart.
    publicKeyFacts(fields[first + 5] ?? new Uint8Array(0), { lean: false });
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
