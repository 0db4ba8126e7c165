import { splitBundleCommands, type SplitPart } from '../conversion-commands';
import { certificatePem, pemText } from '../pem-text';
import { readPemBlocks, type PemBlock } from '../read-pem-blocks';
import type { CertificateFacts, DecodeInput, DecodedItem } from '../types';
import { safeStem, uniqueNames } from './file-names';
import { converted, refused } from './outcome';
import { readWithKeys } from './read-with-keys';
import type { ConvertOutput, ConvertResult, ConvertWarning } from './types';

/** Written by `openssl ecparam -genkey` before the key, which names its curve itself: not an item. */
const NOT_AN_ITEM = new Set(['EC PARAMETERS']);

interface Part {
  readonly block: number;
  readonly item: DecodedItem;
  readonly content: string;
  readonly through: SplitPart['through'];
}

/**
 * A PEM file → one file per certificate and key, in file order. A certificate is named
 * after its subject CN, a key after the CN of the certificate it belongs to; otherwise by
 * kind. Certificates and plain keys are written as OpenSSL writes them (a plain key as
 * PKCS#8, as `openssl pkey` writes it); an encrypted key as it was, still encrypted.
 * Blocks that are neither, or cannot be read, are left out with a warning.
 */
export async function splitBundle(input: DecodeInput, text: string): Promise<ConvertResult> {
  const warnings: ConvertWarning[] = [];
  const parts: Part[] = [];
  for (const block of readPemBlocks(text)) {
    if (block.kind === 'block' && NOT_AN_ITEM.has(block.label)) continue;
    const part = block.kind === 'block' ? await partOf(input, block) : null;
    if (part) parts.push(part);
    else warnings.push({ code: 'block-left-out', params: { block: block.index, label: block.label } });
  }
  if (parts.length < 2) return refused({ code: 'not-applicable', params: { conversion: 'split-bundle' } });

  const certs = parts.map((p) => p.item).filter((i): i is CertificateFacts => i.kind === 'certificate');
  const wanted = parts.map(({ item }) => {
    if (item.kind === 'certificate') return { stem: safeStem(item.subjectCommonName ?? '', 'certificate'), extension: '.crt' };
    const owner = item.spkiSha256Base64 === null ? undefined : certs.find((c) => c.spkiSha256Base64 === item.spkiSha256Base64);
    return { stem: safeStem(owner?.subjectCommonName ?? '', 'private-key'), extension: '.key' };
  });
  const names = uniqueNames(wanted, [input.name]);
  const outputs: ConvertOutput[] = parts.map(({ item, content, through }, i) => {
    const name = names[i] ?? '';
    if (item.kind === 'certificate') return { name, content, kind: 'certificate', secret: false };
    if (through === null) warnings.push({ code: 'key-still-encrypted', params: { file: name } });
    return { name, content, kind: through === null ? 'encrypted-key' : 'key', secret: true };
  });
  const commands = splitBundleCommands(
    input.name,
    parts.map((p, i) => ({ block: p.block, out: names[i] ?? '', through: p.through })),
  );
  return converted(outputs, warnings, commands);
}

/** One block, read on its own as the reader reads it; null when it yields no certificate or key. */
async function partOf(input: DecodeInput, block: Extract<PemBlock, { kind: 'block' }>): Promise<Part | null> {
  const original = blockText(block);
  const read = await readWithKeys({ name: input.name, bytes: new TextEncoder().encode(original) });
  const [item] = read.decoded.items;
  if (!item) return null;
  if (item.kind === 'certificate') return { block: block.index, item, content: certificatePem(item), through: 'x509' };
  if (item.encrypted) return { block: block.index, item, content: original, through: null };
  const pkcs8 = read.pkcs8(item);
  return pkcs8 ? { block: block.index, item, content: pemText('PRIVATE KEY', pkcs8), through: 'pkey' } : null;
}

/** A block as PEM text, with its RFC 1421 headers (a legacy encrypted key's `Proc-Type`, `DEK-Info`). */
function blockText(block: Extract<PemBlock, { kind: 'block' }>): string {
  const pem = pemText(block.label, block.bytes);
  const headers = Object.entries(block.headers).map(([k, v]) => `${k}: ${v}\n`);
  if (headers.length === 0) return pem;
  const firstLine = pem.indexOf('\n') + 1;
  return `${pem.slice(0, firstLine)}${headers.join('')}\n${pem.slice(firstLine)}`;
}
