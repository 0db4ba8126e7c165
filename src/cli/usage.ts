import { PLATFORMS } from '../domain/catalog/platforms';
import { DEFAULT_MAX_BYTES } from '../domain/certs/limits';
import { cliWords } from '#words/cli';
import { requestsWords } from '#words/requests';

/** The CLI's usage, per command, in the catalogue's words (src/i18n/<locale>/cli.ts). */
export const RENDER_USAGE = cliWords.usage.render(PLATFORMS.join(', '));
export const CHECK_USAGE = cliWords.usage.check(DEFAULT_MAX_BYTES / 1048576);
export const LAB_USAGE = cliWords.usage.lab;
export const REQUESTS_USAGE = requestsWords.usage;
export const CONVERT_USAGE = cliWords.convert.usage;
export const USAGE = cliWords.usage.main;
