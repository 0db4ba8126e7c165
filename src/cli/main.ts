import { check } from './check';
import type { Io } from './io';
import { nodeIo } from './node-io';
import { render } from './render';
import { lab } from './lab';
import { requests } from './requests';
import { convert } from './convert';
import { CHECK_USAGE, CONVERT_USAGE, LAB_USAGE, RENDER_USAGE, REQUESTS_USAGE, USAGE } from './usage';
import { VERSION } from './version';
import { cliWords } from '#words/cli';

export type { Io };

export async function main(argv: readonly string[], io: Io = nodeIo): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined) {
    io.err(`${USAGE}\n`);
    return 2;
  }
  if (command === '--help' || command === '-h' || command === 'help') {
    io.out(`${USAGE}\n`);
    return 0;
  }
  if (command === '--version' || command === '-V') {
    io.out(`fleet-tls ${VERSION}\n`);
    return 0;
  }
  const asksHelp = rest.includes('--help') || rest.includes('-h');
  if (command === 'render') {
    if (asksHelp) return (io.out(`${RENDER_USAGE}\n`), 0);
    return render(rest, io, RENDER_USAGE);
  }
  if (command === 'check') {
    if (asksHelp) return (io.out(`${CHECK_USAGE}\n`), 0);
    return check(rest, io, CHECK_USAGE);
  }
  if (command === 'lab') {
    if (asksHelp) return (io.out(`${LAB_USAGE}\n`), 0);
    return lab(rest, io, LAB_USAGE);
  }
  if (command === 'requests') return asksHelp ? (io.out(`${REQUESTS_USAGE}\n`), 0) : requests(rest, io, REQUESTS_USAGE);
  if (command === 'convert') return asksHelp ? (io.out(`${CONVERT_USAGE}\n`), 0) : convert(rest, io, CONVERT_USAGE);
  io.err(`${cliWords.usage.unknownCommand(command)}\n${USAGE}\n`);
  return 2;
}
