import { commandText, type PasswordSource, type Pipeline } from '../conversion-commands';
import type { DecodedFile, DecodeInput } from '../types';
import { stemOf } from './file-names';
import type { ConvertOutput, ConvertParams, ConvertRefusal, ConvertResult, ConvertWarning } from './types';

export function refused(refusal: ConvertRefusal): ConvertResult {
  return { kind: 'refused', refusal };
}

export function converted(outputs: ConvertOutput[], warnings: ConvertWarning[], commands: Pipeline[]): ConvertResult {
  return { kind: 'converted', outputs, warnings, commands, command: commandText(commands) };
}

/** The name of the file the host's commands read the input's password from. */
export function passwordFileOf(input: DecodeInput, params: ConvertParams): string {
  return params.passwordFile ?? `${stemOf(input.name)}.password`;
}

/**
 * Where the host's commands read the input's password: nowhere when it opened without one,
 * inline when it is empty, else a file: the one the caller named, or one the admin makes
 * (a warning says so).
 */
export function passwordSource(input: DecodeInput, params: ConvertParams, warnings: ConvertWarning[]): PasswordSource {
  if (input.password === undefined || input.password === '') return { kind: 'empty' };
  const file = passwordFileOf(input, params);
  if (params.passwordFile === undefined) warnings.push({ code: 'password-file-needed', params: { passwordFile: file } });
  return { kind: 'file', file };
}

/** The refusal a file's password problem calls for, if it has one. */
export function passwordRefusal(decoded: DecodedFile): ConvertRefusal | null {
  if (decoded.problems.some((p) => p.code === 'password-wrong')) return { code: 'password-wrong' };
  if (decoded.problems.some((p) => p.code === 'password-needed')) return { code: 'password-needed' };
  return null;
}
