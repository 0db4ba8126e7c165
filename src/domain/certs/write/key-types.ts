import type { LabKeyType } from './sign';

/**
 * The key types the lab and the certificate requests offer, by the id the CLI's `--key`
 * takes and the page's choice sends. Its own module, free of the writer's ASN.1 imports,
 * so that the page can list them without loading the writer.
 */
export const KEY_TYPES: readonly { readonly id: string; readonly type: LabKeyType }[] = [
  { id: 'p256', type: { kind: 'EC', curve: 'P-256' } },
  { id: 'p384', type: { kind: 'EC', curve: 'P-384' } },
  { id: 'rsa2048', type: { kind: 'RSA', bits: 2048 } },
  { id: 'rsa3072', type: { kind: 'RSA', bits: 3072 } },
  { id: 'rsa4096', type: { kind: 'RSA', bits: 4096 } },
];

/** A key type as the page and the lab's README name it: "ECDSA P-256", "RSA 2048". */
export const keyTypeLabel = (type: LabKeyType): string => (type.kind === 'RSA' ? `RSA ${type.bits}` : `ECDSA ${type.curve}`);

/** The key type of an id, or undefined. */
export const keyTypeById = (id: string): LabKeyType | undefined => KEY_TYPES.find((k) => k.id === id)?.type;

/** The longest validity the lab and the requests offer, in days (CA/Browser Forum's old 825-day cap for server certificates). */
export const MAX_VALIDITY_DAYS = 825;

/** Days of validity as typed (CLI or page): a whole number from 1 to MAX_VALIDITY_DAYS, else null. */
export function validityDays(text: string | undefined): number | null {
  const n = Number(text);
  return text !== undefined && text.trim() !== '' && Number.isInteger(n) && n >= 1 && n <= MAX_VALIDITY_DAYS ? n : null;
}
