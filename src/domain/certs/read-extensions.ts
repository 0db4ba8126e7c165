import { Extensions } from '@peculiar/asn1-x509';
import { parseDer } from './parse-der';
import { exactChildrenOf, readWhole } from './der';
import { oidRecogniser } from './known-oids';
import { EXTENSIONS } from './oids';

/** The extensions the engine reads: identifier → the extnValue's content (the extension's own DER). */
export type KnownExtensions = ReadonlyMap<string, Uint8Array>;

const recognise = oidRecogniser(Object.values(EXTENSIONS));

/**
 * Finds the known extensions in a certificate's Extensions SEQUENCE by walking its
 * framing: Extension ::= SEQUENCE { extnID, critical BOOLEAN DEFAULT FALSE, extnValue
 * OCTET STRING }. Each value is then parsed by @peculiar/asn1-x509 where it is used.
 * A framing the walk does not accept is handed to the library, which throws if the
 * certificate is malformed and otherwise gives the same answer.
 */
export function readExtensions(der: Uint8Array): KnownExtensions {
  return walk(der) ?? viaLibrary(der);
}

function walk(der: Uint8Array): KnownExtensions | null {
  const outer = readWhole(der, 0x30);
  const extensions = outer && exactChildrenOf(der, outer);
  if (!extensions) return null;
  const found = new Map<string, Uint8Array>();
  for (const extension of extensions) {
    const fields = extension.tag === 0x30 ? exactChildrenOf(der, extension) : null;
    const critical = fields?.[1]?.tag === 0x01;
    const [id, value] = [fields?.[0], fields?.[critical ? 2 : 1]];
    if (!fields || !id || id.tag !== 0x06 || !value || value.tag !== 0x04 || fields.length !== (critical ? 3 : 2)) return null;
    // An identifier whose last byte says "more follows" is not one: the library refuses it.
    if (id.end === id.start || (der[id.end - 1] ?? 0) & 0x80) return null;
    const oid = recognise(der, id);
    if (oid !== null && !found.has(oid)) found.set(oid, der.subarray(value.start, value.end));
  }
  return found;
}

function viaLibrary(der: Uint8Array): KnownExtensions {
  const wanted = new Set<string>(Object.values(EXTENSIONS));
  const found = new Map<string, Uint8Array>();
  for (const e of parseDer(der, Extensions)) {
    if (wanted.has(e.extnID) && !found.has(e.extnID)) found.set(e.extnID, new Uint8Array(e.extnValue.buffer));
  }
  return found;
}
