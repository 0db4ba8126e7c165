/**
 * A code with its parameters, typed per code. `P` maps each code to the shape of its
 * parameters (`{ 'san-missing': { file: string; host: string }; … }`); `Coded<P>` is the
 * union of every code with its own shape, so a producer cannot forget a parameter and a
 * catalogue (src/i18n/contract.ts) knows exactly what each message receives. A code whose
 * parameters are all optional may leave `params` out. Adding a code is one entry in `P`.
 */
export type Coded<P> = {
  // `{} extends P[C]`: true exactly when every parameter of C is optional.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  [C in keyof P]: { readonly code: C } & ({} extends P[C] ? { readonly params?: P[C] } : { readonly params: P[C] });
}[keyof P];

/** Parameters of a code that has none. */
export type NoParams = Readonly<Record<never, never>>;
