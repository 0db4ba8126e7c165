import { pluralFor } from '../plural';

/** The catalogue's language (BCP 47): plural rules and number formats follow it. */
export const LOCALE = 'en';
export const plural = pluralFor(LOCALE);
/** A whole number as the language writes it (1,234). */
export const count = (n: number): string => n.toLocaleString(LOCALE);
