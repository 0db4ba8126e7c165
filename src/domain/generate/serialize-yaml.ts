/**
 * The only YAML writer (docs/adr/0012): plain scalars where safe, multi-line text (PEM) as
 * `|` block scalars. Its output is byte for byte what the `yaml` library (2.9) writes with
 * `stringify(value, { indent: 2, lineWidth: 0, blockQuote: 'literal' })`; the library is
 * the judge in the tests (serialize-yaml.test.ts) but not part of the bundle.
 *
 * It writes only what the generators produce: plain objects (in key order, `undefined`
 * members left out as yaml and JSON do), arrays, strings, finite numbers, booleans and
 * null. Anything else throws. The rules below mirror yaml's own, and each names the file
 * and function in node_modules/yaml/dist/stringify/ it follows; the code is this project's.
 * With `lineWidth: 0` yaml never folds lines (foldFlowLines returns its text unchanged),
 * so nothing here folds either.
 */
export function serializeYaml(value: unknown): string {
  // stringifyDocument.js stringifyDocument: the root at indent '', then one newline.
  return `${writeNode(value, '', new Set())}\n`;
}

/** One indentation step (`indent: 2`). */
const STEP = '  ';

/** A value in value position; `indent` is where its nested lines and block scalar lines start. */
function writeNode(value: unknown, indent: string, open: Set<object>): string {
  if (value === null) return 'null'; // schema/common/null.js: nullStr
  if (typeof value === 'boolean') return value ? 'true' : 'false'; // schema/core/bool.js: trueStr / falseStr
  if (typeof value === 'number') return writeNumber(value);
  if (typeof value === 'string') return writeString(value, indent, false);
  if (Array.isArray(value)) return within(open, value, () => writeSeq(value, indent, open));
  if (isPlainObject(value)) return within(open, value, () => writeMap(value, indent, open));
  throw new TypeError(`serializeYaml: cannot write ${describe(value)}`);
}

/** A cycle would not end; yaml writes an alias there, this writer refuses. */
function within(open: Set<object>, value: object, write: () => string): string {
  if (open.has(value)) throw new TypeError('serializeYaml: cannot write a circular structure');
  open.add(value);
  try {
    return write();
  } finally {
    open.delete(value);
  }
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

function describe(value: unknown): string {
  if (typeof value === 'number') return String(value);
  if (typeof value === 'object' && value !== null) return (value.constructor as { name?: string } | undefined)?.name ?? 'object';
  return typeof value;
}

/** stringifyNumber.js stringifyNumber: `-0` kept, otherwise the shortest round-trip form (JSON's). */
function writeNumber(n: number): string {
  if (!Number.isFinite(n)) throw new TypeError(`serializeYaml: cannot write ${String(n)}`);
  return Object.is(n, -0) ? '-0' : JSON.stringify(n);
}

/**
 * stringifyCollection.js stringifyBlockCollection with YAMLSeq.toString's options: `- ` before
 * each item, items at `indent + 2`, lines joined at `indent`; an empty sequence is `[]`.
 * An `undefined` item has no YAML form here (yaml would write null): it throws.
 */
function writeSeq(items: readonly unknown[], indent: string, open: Set<object>): string {
  if (items.length === 0) return '[]';
  const itemIndent = indent + STEP;
  const lines: string[] = [];
  for (let i = 0; i < items.length; i++) {
    const item: unknown = items[i];
    if (item === undefined) throw new TypeError(`serializeYaml: cannot write undefined (item ${i})`);
    lines.push(`- ${writeNode(item, itemIndent, open)}`);
  }
  return lines.join(`\n${indent}`);
}

/**
 * stringifyCollection.js stringifyBlockCollection with YAMLMap.toString's options: one pair a
 * line at `indent`; an empty map is `{}`. YAMLMap.from leaves out members whose value is
 * `undefined` (keepUndefined is false).
 */
function writeMap(obj: Record<string, unknown>, indent: string, open: Set<object>): string {
  const lines: string[] = [];
  for (const key of Object.keys(obj)) {
    const v = obj[key];
    if (v !== undefined) lines.push(writePair(key, v, indent, open));
  }
  return lines.length === 0 ? '{}' : lines.join(`\n${indent}`);
}

/**
 * stringifyPair.js stringifyPair: key and value both at `indent + 2`. The key is an implicit
 * key unless it is written longer than 1024 characters, then it is explicit (`? key` and
 * `:` on the next line, the value after `: `). A non-empty collection starts on the next
 * line at `indent + 2` (indentSeq: sequences are indented under their key too); scalars,
 * block scalar headers and the empty `{}` / `[]` follow `: ` on the same line.
 */
function writePair(key: string, value: unknown, indent: string, open: Set<object>): string {
  const inner = indent + STEP;
  const k = writeString(key, inner, true);
  const v = writeNode(value, inner, open);
  if (k.length > 1024) return `? ${k}\n${indent}: ${v}`;
  const block = (Array.isArray(value) && value.length > 0) || (isPlainObject(value) && v !== '{}');
  return block ? `${k}:\n${inner}${v}` : `${k}: ${v}`;
}

// ---- strings: stringifyString.js ----------------------------------------------------------

/**
 * stringifyString.js stringifyString: C0/C1 controls other than tab and line feed, DEL, and
 * unpaired surrogates force double quotes. Otherwise plainString decides.
 */
function writeString(value: string, indent: string, implicitKey: boolean): string {
  // Not yaml's choice: yaml writes a leading U+FEFF plainly, and its parser drops it as a
  // byte order mark when it starts the document (a root string, the root map's first key).
  // In double quotes it is kept wherever it stands.
  if (needsEscapes(value) || value.startsWith('\ufeff')) return doubleQuoted(value, indent, implicitKey);
  return plainOrOther(value, indent, implicitKey);
}

function needsEscapes(value: string): boolean {
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c <= 0x08 || (c >= 0x0b && c <= 0x1f)) return true;
    if (c >= 0x7f && c <= 0x9f) return true;
    if (c >= 0xd800 && c <= 0xdbff) {
      const next = value.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
      else return true;
    } else if (c >= 0xdc00 && c <= 0xdfff) return true;
  }
  return false;
}

/**
 * stringifyString.js plainString, what it will not write plain: a leading indicator (`, [ ] { } # & * ! | > ' " % @` and
 * backtick), leading whitespace, a lone `-` or `?` or one followed by a space or tab,
 * `: ` / `:\t` or a newline followed by a space or tab, whitespace before a newline, ` #`
 * (or a tab or newline before `#`), and a trailing space, tab, newline or colon.
 */
const NOT_PLAIN = /^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/;

/**
 * A plain scalar the core schema (YAML 1.2) would read as something other than a string:
 * schema/common/null.js, schema/core/bool.js, int.js (intOct, int, intHex) and float.js
 * (floatNaN, floatExp, float), the `test` of each tag. plainString quotes these.
 */
const NOT_A_STRING = [
  /^(?:~|[Nn]ull|NULL)?$/,
  /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
  /^0o[0-7]+$/,
  /^[-+]?[0-9]+$/,
  /^0x[0-9a-fA-F]+$/,
  /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
  /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
  /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
];

/** stringifyString.js containsDocumentMarker: a line starting with `%`, `---` or `...`. */
const hasDocumentMarker = (value: string): boolean => /^(?:%|---|\.\.\.)/m.test(value);

/** stringifyString.js plainString, in its order of decisions. */
function plainOrOther(value: string, indent: string, implicitKey: boolean): string {
  const multiLine = value.includes('\n');
  // An implicit key is one line.
  if (implicitKey && multiLine) return quoted(value, indent, implicitKey);
  if (NOT_PLAIN.test(value)) return implicitKey || !multiLine ? quoted(value, indent, implicitKey) : blockLiteral(value, indent, false);
  // Multi-line values prefer a block scalar.
  if (multiLine) return blockLiteral(value, indent, false);
  if (hasDocumentMarker(value)) {
    // At the root a marker-like line is indented inside a block scalar (forceBlockIndent);
    // a key of the root map is quoted.
    if (indent === '') return blockLiteral(value, indent, true);
    if (implicitKey && indent === STEP) return quoted(value, indent, implicitKey);
  }
  if (NOT_A_STRING.some((re) => re.test(value))) return quoted(value, indent, implicitKey);
  return value;
}

/** stringifyString.js quotedString with singleQuote unset: single quotes only for text with `"` and no `'`. */
function quoted(value: string, indent: string, implicitKey: boolean): string {
  return value.includes('"') && !value.includes("'") ? singleQuoted(value, indent, implicitKey) : doubleQuoted(value, indent, implicitKey);
}

/** Outside a block scalar, where a string's continuation lines start: at the root, one step in if a line could read as a document marker. */
const lineIndent = (value: string, indent: string): string => indent || (hasDocumentMarker(value) ? STEP : '');

/**
 * stringifyString.js singleQuotedString: `'` doubled; a run of n line feeds written as
 * n + 1 (folding eats one). Whitespace next to a line feed cannot be kept in single
 * quotes, nor can an implicit key span lines: double quotes then.
 */
function singleQuoted(value: string, indent: string, implicitKey: boolean): string {
  if ((implicitKey && value.includes('\n')) || /[ \t]\n|\n[ \t]/.test(value)) return doubleQuoted(value, indent, implicitKey);
  const ind = lineIndent(value, indent);
  return `'${value.replace(/'/g, "''").replace(/\n+/g, (run) => `${run}\n${ind}`)}'`;
}

/** JSON's short escapes, and YAML's for the C0 controls JSON writes as `\u00XX` (doubleQuotedString). */
const SHORT_ESCAPES: Readonly<Record<number, string>> = {
  0x00: '\\0',
  0x07: '\\a',
  0x08: '\\b',
  0x09: '\\t',
  0x0b: '\\v',
  0x0c: '\\f',
  0x0d: '\\r',
  0x1b: '\\e',
  0x22: '\\"',
  0x5c: '\\\\',
};

/** stringifyString.js doubleQuotedString: the minimum length (of the JSON form) at which line feeds become line breaks. */
const MIN_MULTI_LINE_LENGTH = 40; // doubleQuotedMinMultiLineLength

/**
 * stringifyString.js doubleQuotedString. The escapes are JSON's (JSON.stringify), with YAML's
 * shorter forms for NUL, BEL, VT, ESC and `\xNN` for the other C0 controls; DEL, C1 controls
 * and U+2028/9 stay as they are, unpaired surrogates become `\uXXXX`. A space before a line
 * feed is escaped (`\ `). Line feeds are `\n`, except in a value (not an implicit key) whose
 * JSON form has 40 characters or more: there each line feed but a final one is a line break,
 * written as a blank line (a run of n as n + 1 breaks), the next line indented, and a space
 * starting it escaped.
 */
function doubleQuoted(value: string, indent: string, implicitKey: boolean): string {
  const ind = lineIndent(value, indent);
  const breakLines = !implicitKey && JSON.stringify(value).length >= MIN_MULTI_LINE_LENGTH;
  const last = value.length - 1;
  let out = '"';
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c === 0x0a) {
      if (!breakLines || i === last) {
        out += '\\n';
        continue;
      }
      out += '\n\n';
      while (value.charCodeAt(i + 1) === 0x0a && i + 1 !== last) {
        out += '\n';
        i++;
      }
      out += ind;
      // Not yaml's output: a line that is one space is escaped once (`\ `) by the rule for a
      // space before a line feed; yaml escapes it twice (`\\ `, a backslash), and reads back
      // a backslash.
      if (value[i + 1] === ' ' && value[i + 2] !== '\n') out += '\\';
      continue;
    }
    if (c === 0x20 && value.charCodeAt(i + 1) === 0x0a) {
      out += '\\ ';
      continue;
    }
    const short = SHORT_ESCAPES[c];
    if (short !== undefined) out += short;
    else if (c < 0x20) out += `\\x${c.toString(16).padStart(2, '0')}`;
    else if (c >= 0xd800 && c <= 0xdbff && isLow(value.charCodeAt(i + 1))) {
      out += value.slice(i, i + 2);
      i++;
    } else if (c >= 0xd800 && c <= 0xdfff) out += `\\u${c.toString(16)}`;
    else out += value[i];
  }
  return `${out}"`;
}

const isLow = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;

/**
 * stringifyString.js blockString with blockQuote 'literal'. A last line of only spaces or
 * tabs cannot end a block scalar: quoted then. Chomping from the trailing whitespace:
 * no line feed in it `|-` (strip), exactly one at its end `|` (clip), otherwise `|+`
 * (keep). An indentation indicator `2` when the leading whitespace holds a space. Lines are indented at `indent` (at the root: one step if forced or
 * a line could read as a document marker); empty lines stay empty.
 */
function blockLiteral(value: string, indent: string, forceIndent: boolean): string {
  if (/\n[\t ]+$/.test(value)) return quoted(value, indent, false);
  const ind = indent || (forceIndent || hasDocumentMarker(value) ? STEP : '');
  if (value === '') return '|\n';

  let endStart = value.length;
  while (endStart > 0 && isBlank(value[endStart - 1]!)) endStart--;
  let end = value.slice(endStart);
  let body = value.slice(0, endStart);
  const endNl = end.indexOf('\n');
  const chomp = endNl === -1 ? '-' : body === '' || endNl !== end.length - 1 ? '+' : '';
  if (end.endsWith('\n')) end = end.slice(0, -1);
  // Runs of line feeds inside the trailing whitespace, other than one that ends it, start an indented line.
  end = end.replace(/\n+(?=[^\n])/g, (run) => run + ind);

  let startEnd = 0;
  let lastNl = -1;
  let withSpace = false;
  for (; startEnd < body.length; startEnd++) {
    const ch = body[startEnd];
    if (ch === ' ') withSpace = true;
    else if (ch === '\n') lastNl = startEnd;
    else break;
  }
  let start = body.slice(0, lastNl + 1);
  body = body.slice(start.length);
  start = start.replace(/\n+/g, (run) => run + ind);

  // Not yaml's choice, where its block scalar does not read back: at the root an indentation
  // indicator (yaml writes `|1`, and its parser then expects the lines one column in), and
  // text of only whitespace with a space in it (no line to take the indentation from, yaml
  // writes no indicator and the spaces are lost). Quoted instead.
  if ((withSpace && ind === '') || (body === '' && value.includes(' '))) return quoted(value, indent, false);
  const header = (withSpace ? '2' : '') + chomp;
  return `|${header}\n${ind}${start}${body.replace(/\n+/g, (run) => run + ind)}${end}`;
}

const isBlank = (ch: string): boolean => ch === '\n' || ch === '\t' || ch === ' ';
