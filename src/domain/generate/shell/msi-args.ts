/**
 * INSTALLARGS, the property the Elastic Agent MSI reads. Its custom action starts
 * elastic-agent.exe with the one string `"install -f " + INSTALLARGS` (elastic/
 * elastic-stack-installers src/installer/BeatPackageCompiler/AgentCustomAction.cs,
 * InstallAction, ProcessStartInfo.Arguments; README "Agent": -f avoids user interaction).
 * elastic-agent, a Go program, splits that string by the Windows rules (Go
 * src/os/exec_windows.go, commandLineToArgv): a space or tab ends an argument outside
 * double quotes; backslashes are literal except before a quote, where 2n of them are n
 * and the quote opens or closes, 2n+1 are n and a literal quote. Each argument is
 * written as Go's syscall.EscapeArg writes it, never with "" inside quotes, which Go and
 * CommandLineToArgvW read differently.
 */
export function installArgs(argv: readonly string[]): string {
  return argv.map((a) => (a !== '' && !/[ \t"]/.test(a) ? a : `"${a.replace(/(\\*)("|$)/g, (_, bs: string, q: string) => bs + bs + (q && '\\"'))}"`)).join(' ');
}

/**
 * A value inside PROPERTY="…" (or a quoted path) on msiexec's command line: a literal
 * quote is written twice (learn.microsoft.com, Windows Installer, Command-Line Options:
 * PROPERTY="Embedded ""Quotes"" White Space"). So the quotes in it come in pairs, and a
 * shell that counts quotes (cmd, PowerShell after --%) stays inside them throughout.
 */
export const msiQuoted = (value: string): string => value.replace(/"/g, '""');

/** Printable ASCII: what any code page reads the same. */
export const PRINTABLE = /^[\x20-\x7e]*$/;
