import type { ConversionCode, ConvertRefusalParams, ConvertWarningParams } from '../../domain/certs/convert/types';
import type { CodedCatalogue } from '../contract';
import { count, plural } from './locale';

/** The Convert tool's words: each conversion, what it warns about, why it refuses; and `fleet-tls convert`. */
const names = {
  'pkcs12-to-pem': 'PKCS#12 to PEM',
  'der-to-pem': 'DER to PEM',
  'to-pkcs8': 'Key to PKCS#8',
  'encrypt-key': 'Encrypt the key',
  'decrypt-key': 'Decrypt the key',
  'split-bundle': 'Split the bundle',
} satisfies Record<ConversionCode, string>;

export const convertWords = {
  names,
  descriptions: {
    'pkcs12-to-pem': 'The certificate, its key (unencrypted PKCS#8) and the CA chain, as three PEM files.',
    'der-to-pem': 'The same certificate or key in PEM, the form Elastic Agent and Fleet Server read.',
    'to-pkcs8': 'A PKCS#1 (RSA PRIVATE KEY) or SEC1 (EC PRIVATE KEY) key as PKCS#8 (PRIVATE KEY): Logstash reads only PKCS#8.',
    'encrypt-key': 'The key as encrypted PKCS#8 (AES-256), with its passphrase in a file that has no trailing newline.',
    'decrypt-key': 'The key, opened with its password, as unencrypted PKCS#8.',
    'split-bundle': 'One file per certificate and key, named after the certificate’s common name.',
  } satisfies Record<ConversionCode, string>,
  warnings: {
    'key-unprotected': ({ file }) =>
      `${file} is not encrypted: whoever can read the file has the key. Keep it readable by its owner only (chmod 600), and delete copies you no longer need.`,
    'passphrase-file-secret': ({ file, passphraseFile }) =>
      `${passphraseFile} opens ${file}: keep it as you keep the key, readable by its owner only (chmod 600), and never beside the key where the key is sent.`,
    'block-left-out': ({ block, label }) => `Block ${count(block)} (${label}) is neither a certificate nor a key that could be read: it was left out.`,
    'key-still-encrypted': ({ file }) => `${file} is written as it was, still encrypted: it opens with its old passphrase.`,
    'password-file-needed': ({ passwordFile }) =>
      `The commands read the password from ${passwordFile}, on its first line: write it there (printf '%s' '…' > ${passwordFile}), and delete the file afterwards.`,
  } satisfies CodedCatalogue<ConvertWarningParams>,
  refusals: {
    'not-applicable': ({ conversion }) => `“${names[conversion]}” does not apply to this file.`,
    'password-needed': () => 'This file is encrypted: give its password.',
    'password-wrong': () => 'The password does not open this file.',
    'pkcs12-legacy': ({ cipher, command }) =>
      `This PKCS#12 archive is encrypted with ${cipher}, which browsers cannot decrypt. On the host, OpenSSL 3 converts it with its legacy provider:\n${command}`,
    'key-not-opened': () => 'The key could not be opened here: the file’s problems say why.',
    'several-keys': ({ count: n }) => `This file holds ${plural(n, { one: '1 key', other: `${count(n)} keys` })}: convert a file with one key.`,
    'passphrase-needed': () => 'Give the passphrase that will encrypt the key.',
    'passphrase-unusable': ({ reason, maxBytes }) =>
      reason === 'line-break'
        ? 'The passphrase has a line break: OpenSSL reads only its first line, Elastic Agent all of it, so they would not open the key alike.'
        : reason === 'control-character'
          ? 'The passphrase has a control character (a tab, an escape…): use printable characters only.'
          : `The passphrase is longer than the ${count(maxBytes)} bytes OpenSSL reads from a file.`,
    unreadable: () => 'This file could not be read: nothing to convert.',
  } satisfies CodedCatalogue<ConvertRefusalParams>,
  /** What the commands are, above them. */
  commandsIntro: 'The same with openssl, on the host:',
};
