import { KEY_TYPES, keyTypeById, MAX_VALIDITY_DAYS, validityDays } from '../domain/certs/write/key-types';
import type { LabKeyType } from '../domain/certs/write/sign';
import { cliWords } from '#words/cli';

type Read<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: string };

/** `--key ID` of `lab` and `requests`: the key type, or the message that refuses the id. */
export function keyOption(id: string | undefined): Read<LabKeyType> {
  const type = keyTypeById(id ?? '');
  return type ? { ok: true, value: type } : { ok: false, error: cliWords.args.key(KEY_TYPES.map((k) => k.id).join(', ')) };
}

/** `--days N` of `lab` and `requests`: the validity, or the message that refuses it. */
export function daysOption(text: string | undefined): Read<number> {
  const days = validityDays(text);
  return days === null ? { ok: false, error: cliWords.args.days(MAX_VALIDITY_DAYS) } : { ok: true, value: days };
}
