/**
 * DER framing: an element's tag and length, so the engine can slice exact original bytes
 * (the TBS to verify, the SPKI and names to hash and compare, the certificate inside a
 * TRUSTED CERTIFICATE block; re-serialising would not give back the signed bytes), and
 * walk the usual certificate parts on the fast path (./lean-x509.ts, ADR 4). Every other
 * content is read by @peculiar/asn1-*.
 */
export interface Tlv {
  tag: number;
  /** Offset of the first content byte. */
  start: number;
  /** Offset just past the element. */
  end: number;
  /** Offset of the tag byte. */
  offset: number;
}

/** Reads the element at `offset`, or null if it does not fit in `bytes`. */
export function readTlv(bytes: Uint8Array, offset = 0, limit = bytes.length): Tlv | null {
  const tag = bytes[offset];
  let first = bytes[offset + 1];
  if (tag === undefined || first === undefined || (tag & 0x1f) === 0x1f) return null;
  let at = offset + 2;
  let length = first;
  if (first & 0x80) {
    const count = first & 0x7f;
    if (count === 0 || count > 4) return null; // indefinite length or > 4 GiB: not DER we accept
    length = 0;
    for (let i = 0; i < count; i++) {
      first = bytes[at++];
      if (first === undefined) return null;
      length = length * 256 + first;
    }
  }
  const end = at + length;
  return end > limit ? null : { tag, start: at, end, offset };
}

/** The elements directly inside a constructed element. */
export function childrenOf(bytes: Uint8Array, parent: Tlv): Tlv[] {
  const out: Tlv[] = [];
  let at = parent.start;
  while (at < parent.end) {
    const child = readTlv(bytes, at, parent.end);
    if (!child) return out;
    out.push(child);
    at = child.end;
  }
  return out;
}

/** The element that spans all of `bytes`, if it has this tag. */
export function readWhole(bytes: Uint8Array, tag: number): Tlv | null {
  const t = readTlv(bytes);
  return t && t.tag === tag && t.end === bytes.length ? t : null;
}

/** The children of a constructed element, if they fill it exactly (childrenOf stops at one that does not fit). */
export function exactChildrenOf(bytes: Uint8Array, parent: Tlv): Tlv[] | null {
  const out = childrenOf(bytes, parent);
  return (out.at(-1)?.end ?? parent.start) === parent.end ? out : null;
}

export function sliceOf(bytes: Uint8Array, tlv: Tlv): Uint8Array<ArrayBuffer> {
  return bytes.slice(tlv.offset, tlv.end);
}
