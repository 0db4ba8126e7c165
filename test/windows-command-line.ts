/**
 * Readers, for tests, of the Windows command lines the MSI forms write, each written from
 * the rules of the program that reads the line, not from the generator. Windows, cmd,
 * msiexec and PowerShell do not run here, so these stand in for them.
 */

/**
 * How Go splits a command line into os.Args on Windows (src/os/exec_windows.go,
 * commandLineToArgv and readNextArg): spaces and tabs end an argument outside quotes;
 * backslashes count only before a quote: 2n and a quote are n backslashes and a quote
 * that opens or closes, 2n+1 are n and a literal quote; "" inside quotes is a literal
 * quote that also closes them (the "prior to 2008" rule).
 */
export function goArgv(cmd: string): string[] {
  const args: string[] = [];
  let i = 0;
  while (i < cmd.length) {
    if (cmd[i] === ' ' || cmd[i] === '\t') {
      i++;
      continue;
    }
    let arg = '';
    let inQuote = false;
    let slashes = 0;
    for (; i < cmd.length; i++) {
      const c = cmd.charAt(i);
      if ((c === ' ' || c === '\t') && !inQuote) break;
      if (c === '\\') {
        slashes++;
        continue;
      }
      if (c === '"') {
        arg += '\\'.repeat(slashes >> 1);
        if (slashes % 2 === 1) arg += '"';
        else {
          if (inQuote && cmd[i + 1] === '"') {
            arg += '"';
            i++;
          }
          inQuote = !inQuote;
        }
        slashes = 0;
        continue;
      }
      arg += '\\'.repeat(slashes) + c;
      slashes = 0;
    }
    args.push(arg + '\\'.repeat(slashes));
  }
  return args;
}

/**
 * msiexec's arguments: separated by spaces; a double-quoted part, in which "" is one
 * literal quote, may hold spaces, so PROPERTY="a ""b"" c" is PROPERTY=a "b" c
 * (learn.microsoft.com, Windows Installer, Command-Line Options). Throws on an open quote.
 */
export function msiexecArgs(line: string): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < line.length) {
    if (line[i] === ' ') {
      i++;
      continue;
    }
    let token = '';
    while (i < line.length && line[i] !== ' ') {
      if (line[i] !== '"') {
        token += line[i++];
        continue;
      }
      for (i++; ;) {
        if (i >= line.length) throw new Error(`unclosed quote in ${line}`);
        if (line[i] === '"' && line[i + 1] === '"') {
          token += '"';
          i += 2;
        } else if (line[i] === '"') {
          i++;
          break;
        } else token += line[i++];
      }
    }
    out.push(token);
  }
  return out;
}

/**
 * One line of a batch file as cmd runs it, delayed expansion off: first %% becomes % and
 * %NAME% an environment variable (none is expected: throws); then a double quote toggles
 * quoting, and outside quotes & | < > would end or redirect the command and ^ escape a
 * character (none is expected: throws). Returns the command line the program gets.
 */
export function cmdBatchLine(line: string): string {
  const expanded = line.replace(/%%|%[^%]*%|%/g, (m) => {
    if (m === '%%') return '%';
    throw new Error(`cmd would expand ${m} in ${line}`);
  });
  let quoted = false;
  for (const c of expanded) {
    if (c === '"') quoted = !quoted;
    else if (!quoted && /[&|<>^]/.test(c)) throw new Error(`cmd acts on ${c} outside quotes in ${line}`);
  }
  if (quoted) throw new Error(`a quote is left open in ${line}`);
  return expanded;
}

/**
 * What PowerShell passes after --%: the rest of the line up to a line end, or up to a |
 * or && outside double quotes, where ", “, ” and „ all open and close quotes
 * (PowerShell tokenizer.cs, GetVerbatimCommandArgument); taken as it is, except %NAME%,
 * replaced when NAME is a defined environment variable (about_Parsing, "The stop-parsing
 * token"). `after` is what ends the argument and follows it on the line.
 */
export function verbatimArgument(rest: string, env: Readonly<Record<string, string>>): { text: string; after: string } {
  let inQuotes = false;
  let i = 0;
  for (; i < rest.length; i++) {
    const c = rest.charAt(i);
    if (c === '\r' || c === '\n') break;
    if ('"\u201C\u201D\u201E'.includes(c)) inQuotes = !inQuotes;
    else if (!inQuotes && (c === '|' || (c === '&' && rest[i + 1] === '&'))) break;
  }
  const text = rest
    .slice(0, i)
    .trim()
    .replace(/%([^%]+)%/g, (m, name: string) => env[name] ?? m);
  return { text, after: rest.slice(i).split(/[\r\n]/)[0] ?? '' };
}
