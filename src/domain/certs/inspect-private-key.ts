import { AsnConvert } from '@peculiar/asn1-schema';
import { PrivateKeyInfo } from '@peculiar/asn1-pkcs8';
import { RSAPrivateKey } from '@peculiar/asn1-rsa';
import { ECPrivateKey, type ECParameters } from '@peculiar/asn1-ecc';
import { parseDer } from './parse-der';
import { copy, sha256, toBase64 } from './bytes';
import { CURVE_BITS, KEY_ALGORITHMS } from './oids';
import { bitLength } from './bytes';
import { curveOf } from './public-key-facts';
import { ecSpki, edwardsSpki, rsaSpki } from './public-key-of-private-key';
import type { FileProblem, PemPlace, PrivateKeyFacts, PrivateKeyFormat } from './types';

/** What keeps a well-formed key out of TLS here: its algorithm. */
export type KeyProblem = Extract<FileProblem, { readonly code: 'dsa-key-unsupported' | 'key-algorithm-unsupported' }>;
export type KeyInspection = { item: PrivateKeyFacts } | { problem: KeyProblem };

/** A key's problem with the PEM block the key was found in; as it is outside PEM. */
export function keyProblemIn(problem: KeyProblem, where: PemPlace | undefined): FileProblem {
  if (!where) return problem;
  return problem.code === 'key-algorithm-unsupported' ? { code: problem.code, params: { ...where, ...problem.params } } : { code: problem.code, params: where };
}

/** The unencrypted DER structures a private key comes in. */
export type PlainKeyStructure = 'pkcs8' | 'pkcs1' | 'sec1';

/**
 * Receives each key that was read (and opened), with its plain DER, for a caller that
 * converts keys (./convert/). Key material never goes into the facts: they cross to the
 * page; this goes only to the caller that asked, for as long as it keeps it.
 */
export type KeepKey = (item: PrivateKeyFacts, der: Uint8Array, structure: PlainKeyStructure) => void;

/**
 * Facts of an unencrypted private key. `reportAs` lets a decrypted key keep the format it
 * was found in ('encrypted-pkcs8', 'legacy-encrypted-pem'). Throws if the DER is malformed.
 */
export async function inspectPrivateKey(der: Uint8Array, structure: PlainKeyStructure, reportAs?: PrivateKeyFormat, keep?: KeepKey): Promise<KeyInspection> {
  const format = reportAs ?? structure;
  const encrypted = format === 'encrypted-pkcs8' || format === 'legacy-encrypted-pem';
  const facts = async (f: Pick<PrivateKeyFacts, 'algorithm' | 'bits' | 'curve'>, spki: Uint8Array | null): Promise<KeyInspection> => {
    const item: PrivateKeyFacts = {
      kind: 'private-key',
      format,
      encrypted,
      decrypted: encrypted,
      ...f,
      spkiSha256Base64: spki ? toBase64(sha256(spki)) : null,
    };
    keep?.(item, der, structure);
    return { item };
  };

  if (structure === 'pkcs1') {
    const rsa = parseDer(der, RSAPrivateKey);
    return facts(rsaFacts(rsa), rsaSpki(rsa.modulus, rsa.publicExponent));
  }
  if (structure === 'sec1') {
    const ec = parseDer(der, ECPrivateKey);
    const params = ec.parameters ? AsnConvert.serialize(ec.parameters) : null;
    return facts(...(await ecFacts(der, params, curveNameOf(ec.parameters))));
  }
  const info = parseDer(der, PrivateKeyInfo);
  const alg = info.privateKeyAlgorithm;
  switch (alg.algorithm) {
    case KEY_ALGORITHMS.rsa:
    case KEY_ALGORITHMS.rsaPss: {
      const rsa = parseDer(copy(info.privateKey), RSAPrivateKey);
      return facts(rsaFacts(rsa), rsaSpki(rsa.modulus, rsa.publicExponent));
    }
    case KEY_ALGORITHMS.ec: {
      const params = alg.parameters ?? null;
      return facts(...(await ecFacts(copy(info.privateKey), params, curveOf(params))));
    }
    case KEY_ALGORITHMS.ed25519:
      return facts({ algorithm: 'Ed25519', bits: null, curve: null }, await edwardsSpki(der, 'Ed25519'));
    case KEY_ALGORITHMS.ed448:
      return facts({ algorithm: 'Ed448', bits: null, curve: null }, await edwardsSpki(der, 'Ed448'));
    case KEY_ALGORITHMS.dsa:
      return { problem: { code: 'dsa-key-unsupported' } };
    default:
      return { problem: { code: 'key-algorithm-unsupported', params: { oid: alg.algorithm } } };
  }
}

function rsaFacts(rsa: RSAPrivateKey): Pick<PrivateKeyFacts, 'algorithm' | 'bits' | 'curve'> {
  return { algorithm: 'RSA', bits: bitLength(new Uint8Array(rsa.modulus)), curve: null };
}

async function ecFacts(
  sec1: Uint8Array,
  params: ArrayBuffer | null,
  curve: string | null,
): Promise<[Pick<PrivateKeyFacts, 'algorithm' | 'bits' | 'curve'>, Uint8Array | null]> {
  const spki = params ? await ecSpki(sec1, params, curve) : null;
  return [{ algorithm: 'EC', bits: curve ? (CURVE_BITS[curve] ?? null) : null, curve }, spki];
}

function curveNameOf(params: ECParameters | undefined): string | null {
  return params?.namedCurve ? curveOf(AsnConvert.serialize(params)) : null;
}
