/**
 * A small PowerShell tokenizer for tests: PowerShell is not packaged for Debian, so the
 * generated .ps1 text is read the way PowerShell's tokenizer reads it, for what the
 * scripts use: `#` comments (to the end of the line, which \r ends as well as \n),
 * `<# … #>` block comments, single-quoted strings (a quote doubled is one quote; ’ ‘ ‚ ‛
 * are quotes too), double-quoted strings (` escapes, doubled quotes; “ ” „ are quotes
 * too), backtick line continuations, variables, punctuation and bare words.
 */
export type Token =
  | { readonly kind: 'comment'; readonly raw: string }
  | { readonly kind: 'single-quoted' | 'double-quoted'; readonly raw: string; readonly value: string }
  | { readonly kind: 'word' | 'variable' | 'punctuation'; readonly raw: string }
  | { readonly kind: 'newline' | 'continuation'; readonly raw: string };

/** A token and whether whitespace came before it (adjacent tokens make one argument). */
export type Placed = Token & { readonly spaced: boolean };

const SINGLE = "'\u2018\u2019\u201A\u201B";
const DOUBLE = '"\u201C\u201D\u201E';
const PUNCTUATION = '(){}[];|&,+';
/** Whether ch is one of the characters in set (and not the empty string past the end). */
const isIn = (set: string, ch: string) => ch !== '' && set.includes(ch);
const SPACE = /[ \t\f\v\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\ufeff]/;

/**
 * A quoted string from its opening quote at `start`: a doubled quote is one quote, and in
 * a double-quoted string a backtick escapes the next character. Throws when unclosed.
 */
function scanQuoted(text: string, start: number, quotes: string, backtickEscapes: boolean): { value: string; end: number } {
  let value = '';
  let j = start + 1;
  for (;;) {
    if (j >= text.length) throw new Error(`unclosed quoted string at ${start}: ${text.slice(start, start + 40)}`);
    const d = text.charAt(j);
    if (backtickEscapes && d === '`') {
      value += text.charAt(j + 1);
      j += 2;
    } else if (isIn(quotes, d) && isIn(quotes, text.charAt(j + 1))) {
      value += d;
      j += 2;
    } else if (isIn(quotes, d)) {
      return { value, end: j };
    } else {
      value += d;
      j++;
    }
  }
}

export function tokenize(text: string): Placed[] {
  const tokens: Placed[] = [];
  let i = 0;
  let spaced = true;
  const push = (t: Token) => {
    tokens.push({ ...t, spaced });
    spaced = false;
  };
  while (i < text.length) {
    const c = text.charAt(i);
    const rest = text.slice(i);
    if (SPACE.test(c)) {
      spaced = true;
      i++;
    } else if (c === '\r' || c === '\n') {
      const raw = rest.startsWith('\r\n') ? '\r\n' : c;
      push({ kind: 'newline', raw });
      spaced = true;
      i += raw.length;
    } else if (c === '`' && /^`(\r\n|\r|\n)/.test(rest)) {
      const raw = /^`(\r\n|\r|\n)/.exec(rest)![0];
      push({ kind: 'continuation', raw });
      spaced = true;
      i += raw.length;
    } else if (rest.startsWith('<#')) {
      const end = text.indexOf('#>', i + 2);
      if (end < 0) throw new Error(`unclosed <# comment at ${i}`);
      push({ kind: 'comment', raw: text.slice(i, end + 2) });
      i = end + 2;
    } else if (c === '#' && spaced) {
      const m = /^#[^\r\n]*/.exec(rest)!;
      push({ kind: 'comment', raw: m[0] });
      i += m[0].length;
    } else if (isIn(SINGLE, c)) {
      const { value, end } = scanQuoted(text, i, SINGLE, false);
      push({ kind: 'single-quoted', raw: text.slice(i, end + 1), value });
      i = end + 1;
    } else if (isIn(DOUBLE, c)) {
      const { value, end } = scanQuoted(text, i, DOUBLE, true);
      push({ kind: 'double-quoted', raw: text.slice(i, end + 1), value });
      i = end + 1;
    } else if (isIn(PUNCTUATION, c)) {
      push({ kind: 'punctuation', raw: c });
      i++;
    } else if (c === '$') {
      const m = /^\$[A-Za-z0-9_:?]*/.exec(rest)!;
      push({ kind: 'variable', raw: m[0] });
      i += m[0].length;
    } else {
      // A bare word runs to whitespace, a line end, punctuation or a quote.
      let j = i;
      while (j < text.length) {
        const d = text.charAt(j);
        if (SPACE.test(d) || d === '\r' || d === '\n' || isIn(PUNCTUATION, d) || isIn(SINGLE, d) || isIn(DOUBLE, d)) break;
        if (d === '`') j++;
        j++;
      }
      push({ kind: 'word', raw: text.slice(i, j) });
      i = j;
    }
  }
  return tokens;
}

/**
 * Statements, as their tokens: split at line ends outside parentheses, with comments
 * and line continuations left out. Braces do not hold lines together here, so the body
 * of `& { … }` is seen statement by statement, like an `if { … }` on one line is one.
 */
export function statements(tokens: readonly Placed[]): Placed[][] {
  const out: Placed[][] = [];
  let current: Placed[] = [];
  let depth = 0;
  for (const t of tokens) {
    if (t.kind === 'comment' || t.kind === 'continuation') continue;
    if (t.kind === 'newline' && depth === 0) {
      if (current.length > 0) out.push(current);
      current = [];
      continue;
    }
    if (t.kind === 'punctuation' && t.raw === '(') depth++;
    if (t.kind === 'punctuation' && t.raw === ')') depth--;
    current.push(t);
  }
  if (current.length > 0) out.push(current);
  return out;
}

/**
 * The values a command statement passes, as PowerShell's argument mode reads them: a
 * bare word, a single-quoted string, or a parenthesised concatenation of single-quoted
 * strings and [char]0xNNNN; adjacent tokens join into one argument. Anything else
 * throws: the scripts do not write it.
 */
export function commandArguments(statement: readonly Placed[]): string[] {
  const args: string[] = [];
  let i = 0;
  while (i < statement.length) {
    const t = statement[i]!;
    let value: string;
    if (t.kind === 'word') {
      if (/[`$@#<>]/.test(t.raw)) throw new Error(`bare word with a special character: ${t.raw}`);
      value = t.raw;
      i++;
    } else if (t.kind === 'single-quoted') {
      value = t.value;
      i++;
    } else if (t.kind === 'punctuation' && t.raw === '(') {
      const end = statement.findIndex((x, k) => k > i && x.kind === 'punctuation' && x.raw === ')');
      if (end < 0) throw new Error('unclosed (');
      value = concatenation(statement.slice(i + 1, end));
      i = end + 1;
    } else {
      throw new Error(`unexpected ${t.kind} ${t.raw} in a command`);
    }
    if (args.length > 0 && !t.spaced) args[args.length - 1] += value;
    else args.push(value);
  }
  return args;
}

/** A string expression: 'a', or ('a' + [char]0x000A + 'b'), → the string it makes. */
export function stringExpression(tokens: readonly Placed[]): string {
  const [first] = tokens;
  if (tokens.length === 1 && first?.kind === 'single-quoted') return first.value;
  const last = tokens[tokens.length - 1];
  if (first?.raw !== '(' || last?.raw !== ')') throw new Error(`not a string expression: ${tokens.map((t) => t.raw).join(' ')}`);
  return concatenation(tokens.slice(1, -1));
}

/**
 * A statement's shape, to compare with the one expected: tokens by their text, each
 * string (a single-quoted string, or a concatenation of them and [char]s) as S.
 */
export function shape(statement: readonly Placed[]): string {
  return statement
    .map((t) => (t.kind === 'single-quoted' || t.kind === 'double-quoted' ? 'S' : t.raw))
    .join(' ')
    .replace(/\[ char \] 0x[0-9A-F]{4}/g, 'C')
    .replace(/\( [SC](?: \+ [SC])+ \)/g, 'S');
}

/** 'a' + [char]0x000A + 'b' → the string it makes. */
function concatenation(tokens: readonly Placed[]): string {
  let value = '';
  let expectOperand = true;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!expectOperand) {
      if (t.kind !== 'punctuation' || t.raw !== '+') throw new Error(`expected + but found ${t.raw}`);
      expectOperand = true;
      continue;
    }
    if (t.kind === 'single-quoted') value += t.value;
    else if (t.kind === 'punctuation' && t.raw === '[') {
      // [char] + 'x' would add, not concatenate: the first operand must be a string.
      if (i === 0) throw new Error('a concatenation starts with [char]');
      const [name, close, code] = [tokens[i + 1], tokens[i + 2], tokens[i + 3]];
      if (name?.raw !== 'char' || close?.raw !== ']' || !code || !/^0x[0-9A-F]{4}$/.test(code.raw)) throw new Error('malformed [char]');
      value += String.fromCharCode(parseInt(code.raw.slice(2), 16));
      i += 3;
    } else throw new Error(`unexpected ${t.raw} in a concatenation`);
    expectOperand = false;
  }
  if (expectOperand) throw new Error('concatenation ends with +');
  return value;
}
