/**
 * The conversions' plain shapes. `convert` runs in the inspector worker, where the files'
 * bytes are held, so what goes in and out is data a worker can post: strings and numbers.
 */
import type { Coded, NoParams } from '../../coded';
import type { Pipeline } from '../conversion-commands';

/** What a file can be turned into; `conversionsFor` says which apply to a file that was read. */
export type ConversionCode = 'pkcs12-to-pem' | 'der-to-pem' | 'to-pkcs8' | 'encrypt-key' | 'decrypt-key' | 'split-bundle';

export interface ConvertParams {
  /** The passphrase `encrypt-key` encrypts with; it is also written as a file, with no newline. */
  readonly passphrase?: string;
  /**
   * The name of the file the host's commands read the input's password from (`-passin
   * file:`); by default the input's name with `.password`. Never written by a conversion.
   */
  readonly passwordFile?: string;
}

/** One file a conversion writes: PEM text ending in one newline, or a passphrase with none. */
export interface ConvertOutput {
  readonly name: string;
  readonly content: string;
  readonly kind: 'certificate' | 'chain' | 'key' | 'encrypted-key' | 'passphrase' | 'block';
  /** A private key or a passphrase: readable by its owner only (0600) once on disk. */
  readonly secret: boolean;
}

/** What the user should know about what was written. */
export interface ConvertWarningParams {
  /** `decrypt-key`: the key is on disk unprotected; the file alone is the key. */
  'key-unprotected': { readonly file: string };
  /** `encrypt-key`: the passphrase file opens the key; keep it as the key is kept. */
  'passphrase-file-secret': { readonly file: string; readonly passphraseFile: string };
  /** `split-bundle`: a block that is not a certificate or a key, or could not be read, was left out. */
  'block-left-out': { readonly block: number; readonly label: string };
  /** `split-bundle`: an encrypted key is written as it was, still encrypted. */
  'key-still-encrypted': { readonly file: string };
  /** The host's commands read the input's password from this file (its first line): make it, then remove it. */
  'password-file-needed': { readonly passwordFile: string };
}

export type ConvertWarning = Coded<ConvertWarningParams>;

/** Why a conversion wrote nothing. */
export interface ConvertRefusalParams {
  /** The conversion does not apply to this file (`conversionsFor` does not list it). */
  'not-applicable': { readonly conversion: ConversionCode };
  /** The file is encrypted: give its password. */
  'password-needed': NoParams;
  'password-wrong': NoParams;
  /**
   * A PKCS#12 archive encrypted with RC2 (`openssl pkcs12 -export -legacy`, OpenSSL 1.1's
   * default): the browser cannot read it; the host can, with `-legacy` (the command).
   */
  'pkcs12-legacy': { readonly cipher: string; readonly command: string };
  /** The reader could not open a key it needs (a cipher or a work limit): the file's problems say which. */
  'key-not-opened': NoParams;
  /** A PKCS#12 archive or a file with more than one key: which key is meant is not known. */
  'several-keys': { readonly count: number };
  'passphrase-needed': NoParams;
  /**
   * A passphrase OpenSSL and Elastic Agent would not read alike: a line break (OpenSSL reads
   * the first line of a passphrase file, the agent the whole file), another control
   * character, or more than OpenSSL reads from a file.
   */
  'passphrase-unusable': { readonly reason: 'line-break' | 'control-character' | 'too-long'; readonly maxBytes: number };
  /** The file could not be read at all. */
  unreadable: NoParams;
}

export type ConvertRefusal = Coded<ConvertRefusalParams>;

export type ConvertResult =
  | {
      readonly kind: 'converted';
      readonly outputs: readonly ConvertOutput[];
      readonly warnings: readonly ConvertWarning[];
      /** The `openssl` command lines that do the same on the host, from the input's folder. */
      readonly commands: readonly Pipeline[];
      /** The same, as POSIX sh text. */
      readonly command: string;
    }
  | { readonly kind: 'refused'; readonly refusal: ConvertRefusal };
