import type { ConvertOutput } from '../../domain/certs/convert/types';
import { count, plural } from './locale';

/**
 * The words of the "Convert a file" tab around the conversions' own (convert.ts: their
 * names, warnings and refusals). Its own module: only the tab's chunk imports it (ADR 3).
 */
export const convertUi = {
  intro:
    'Turns a file from “Certificate and key files” into the form Elastic Agent, Fleet Server and Logstash read. It is converted in this browser; nothing is uploaded or saved. Each conversion shows the openssl command that does the same on the host.',
  empty: {
    none: 'No file to convert yet. Drop a certificate, key or PKCS#12 file anywhere on this page, or add it in “Certificate and key files”.',
    nothingApplies:
      'None of the files in “Certificate and key files” needs a conversion: each is already what the agent reads, or could not be read. Add the file to convert there, or drop it anywhere on this page.',
    reading: 'Files are still being read…',
    openShelf: 'Open “Certificate and key files”',
  },
  file: { label: 'File to convert', description: 'The files of “Certificate and key files” that can be converted.' },
  conversion: { legend: 'Conversion' },
  password: {
    label: (file: string) => `Password of ${file}`,
    description: 'Used for this conversion only, then forgotten. Leave empty for a file with no password.',
  },
  passphrase: {
    label: 'Passphrase for the encrypted key',
    description:
      'One line of printable characters, at most 1023 bytes: OpenSSL reads only the first line of a passphrase file, Elastic Agent all of it. It is written to a passphrase file with no trailing newline.',
  },
  convert: 'Convert',
  converting: 'Converting…',
  converted: (n: number) => plural(n, { one: 'Converted: 1 file to download.', other: `Converted: ${count(n)} files to download.` }),
  refusedStatus: 'Nothing was converted.',
  failed: (reason: string) => `The conversion could not run: ${reason}. If the file was removed from “Certificate and key files”, add it again.`,
  legacyCommandLabel: 'The command that converts it on the host',
  outputsTitle: 'Converted files',
  kinds: {
    certificate: 'Certificate',
    chain: 'CA chain',
    key: 'Private key, unencrypted PKCS#8',
    'encrypted-key': 'Private key, encrypted PKCS#8',
    passphrase: 'Passphrase file, no trailing newline',
    block: 'PEM block',
  } satisfies Record<ConvertOutput['kind'], string>,
  secret: 'Secret: keep it readable by its owner only (chmod 600).',
  download: (name: string) => `Download ${name}`,
  check: 'Check the converted files',
  checkHint: 'Adds them to “Certificate and key files”, where they are read as the agent would read them.',
  checked: 'Added to “Certificate and key files”.',
  commandTitle: 'On the host',
  copy: 'Copy',
  copyLabel: 'Copy the openssl command',
  copied: 'Copied.',
  copyFailed: 'Copying was refused; select the text and copy it by hand.',
};
