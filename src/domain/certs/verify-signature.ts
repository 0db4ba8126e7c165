import { AlgorithmIdentifier } from '@peculiar/asn1-x509';
import { ECDSASigValue } from '@peculiar/asn1-ecc';
import { RsaSaPssParams } from '@peculiar/asn1-rsa';
import { parseDer } from './parse-der';
import { concatBytes, type Bytes } from './bytes';
import { certificateParts } from './certificate-parts';
import { HASH_ALGORITHMS, SIGNATURE_ALGORITHMS } from './oids';
import { publicKeyFacts } from './public-key-facts';

/** 'malformed': either certificate cannot be read (./certificate-parts.ts refuses it). */
export type SignatureVerdict = 'valid' | 'invalid' | 'weak' | 'unsupported' | 'malformed';

const CURVE_BYTES: Readonly<Record<string, number>> = { 'P-256': 32, 'P-384': 48, 'P-521': 66 };

/**
 * Checks that `issuerDer`'s key signed `childDer`, with WebCrypto. MD5 and SHA-1
 * signatures are 'weak' without being checked, as Go refuses them outright. Never
 * throws: a chain is judged among other chains, and one unreadable certificate must not
 * cost the others their verdicts.
 */
export async function verifySignature(childDer: Uint8Array, issuerDer: Uint8Array): Promise<SignatureVerdict> {
  try {
    return await verify(childDer, issuerDer);
  } catch {
    return 'malformed';
  }
}

async function verify(childDer: Uint8Array, issuerDer: Uint8Array): Promise<SignatureVerdict> {
  const child = certificateParts(childDer);
  const issuer = certificateParts(issuerDer);
  if (!child || !issuer) return 'malformed';
  // Only the algorithm is parsed, not the whole certificate (./certificate-parts.ts).
  const sigAlg = parseDer(child.signatureAlgorithm, AlgorithmIdentifier);
  const known = SIGNATURE_ALGORITHMS[sigAlg.algorithm];
  if (!known) return 'unsupported';
  if (known.hash === 'MD5' || known.hash === 'SHA-1') return 'weak';
  const key = publicKeyFacts(issuer.spki);
  const subtle = globalThis.crypto.subtle;
  try {
    switch (known.family) {
      case 'RSA': {
        const hash = known.hash ?? 'SHA-256';
        const k = await subtle.importKey('spki', issuer.spki, { name: 'RSASSA-PKCS1-v1_5', hash }, false, ['verify']);
        return verdict(await subtle.verify('RSASSA-PKCS1-v1_5', k, child.signature, child.tbs));
      }
      case 'RSA-PSS': {
        if (!sigAlg.parameters) return 'unsupported';
        const pss = parseDer(sigAlg.parameters, RsaSaPssParams);
        const hash = HASH_ALGORITHMS[pss.hashAlgorithm.algorithm];
        if (!hash) return 'unsupported';
        if (hash === 'SHA-1') return 'weak';
        const k = await subtle.importKey('spki', issuer.spki, { name: 'RSA-PSS', hash }, false, ['verify']);
        return verdict(await subtle.verify({ name: 'RSA-PSS', saltLength: pss.saltLength }, k, child.signature, child.tbs));
      }
      case 'ECDSA': {
        const size = key.curve ? CURVE_BYTES[key.curve] : undefined;
        if (!size || !key.curve || !known.hash) return 'unsupported';
        const k = await subtle.importKey('spki', issuer.spki, { name: 'ECDSA', namedCurve: key.curve }, false, ['verify']);
        const raw = ecdsaRaw(child.signature, size);
        if (!raw) return 'invalid';
        return verdict(await subtle.verify({ name: 'ECDSA', hash: known.hash }, k, raw, child.tbs));
      }
      case 'Ed25519':
      case 'Ed448': {
        const k = await subtle.importKey('spki', issuer.spki, { name: known.family }, false, ['verify']);
        return verdict(await subtle.verify({ name: known.family }, k, child.signature, child.tbs));
      }
      case 'DSA':
        // Go 1.16 dropped DSA signature verification from crypto/x509 (release notes), so
        // agents and Fleet Server cannot use such a chain either.
        return 'unsupported';
    }
  } catch {
    return 'unsupported'; // WebCrypto refused the key or algorithm (e.g. Ed448 in browsers)
  }
}

const verdict = (ok: boolean): SignatureVerdict => (ok ? 'valid' : 'invalid');

/** DER ECDSA-Sig-Value → r‖s, each left-padded to the curve size, as WebCrypto wants. */
function ecdsaRaw(der: Uint8Array, size: number): Bytes | null {
  try {
    const sig = parseDer(der, ECDSASigValue);
    const fit = (n: ArrayBuffer): Bytes | null => {
      let v = new Uint8Array(n);
      while (v.length > size && v[0] === 0) v = v.subarray(1);
      if (v.length > size) return null;
      return concatBytes(new Uint8Array(size - v.length), v);
    };
    const r = fit(sig.r);
    const s = fit(sig.s);
    return r && s ? concatBytes(r, s) : null;
  } catch {
    return null;
  }
}
