/**
 * What a language provides (docs/how-to-add-a-language.md). English (src/i18n/en/) is
 * one instance of this contract, not the contract itself: another language's modules are
 * typed with these types against the English ones, so a missing message or a message
 * with the wrong parameters fails tsc, and test/catalogue-parity.test.ts fails on a key
 * one language has and the other lacks.
 */

/** Coded messages: one function per code, receiving that code's parameters (domain `Coded<P>`). */
export type CodedCatalogue<P> = { readonly [C in keyof P]: (params: P[C]) => string };

/**
 * A catalogue's words for one coded value. TypeScript cannot see that a union member's
 * code and its params belong together; the contract's one cast is here.
 */
export function say<P, C extends keyof P>(catalogue: CodedCatalogue<P>, coded: { readonly code: C; readonly params?: P[C] }): string {
  const message = catalogue[coded.code] as (params: P[C]) => string;
  return message(coded.params ?? ({} as P[C]));
}

/**
 * Interface words with English's shape and any text: string literals widen to string,
 * functions keep their parameters. `satisfies Words<typeof enModule>` types a translation.
 */
export type Words<T> = T extends string
  ? string
  : T extends (...args: infer A) => infer R
    ? (...args: A) => R extends string ? string : Words<R>
    : T extends readonly (infer E)[]
      ? readonly Words<E>[]
      : T extends object
        ? { readonly [K in keyof T]: Words<T[K]> }
        : T;
