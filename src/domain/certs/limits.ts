/**
 * How large a certificate or key file may be before it is refused unread. Certificate
 * files are kilobytes; a larger file is the wrong file. No imports, so that the page
 * can check the limit before reading without loading the parser.
 */
export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;
