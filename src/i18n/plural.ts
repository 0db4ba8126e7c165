/** A message's forms by CLDR plural category; `other` is always there (English uses one and other; Chinese only other). */
export type PluralForms = Readonly<Partial<Record<Intl.LDMLPluralRule, string>> & { other: string }>;

/**
 * Chooses a form by the language's plural rules (Intl.PluralRules, as GOV.UK Frontend's
 * i18n does) instead of `n === 1 ? … : …`, which is English only. Each catalogue binds
 * its own locale: `export const plural = pluralFor('en')` in src/i18n/en/locale.ts.
 */
export function pluralFor(locale: string): (n: number, forms: PluralForms) => string {
  const rules = new Intl.PluralRules(locale);
  return (n, forms) => forms[rules.select(n)] ?? forms.other;
}
