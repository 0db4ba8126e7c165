/** What the CLI touches of the outside world, passed in so that tests can replace it. */
export interface Io {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  readonly readFile: (path: string) => string;
  readonly fileSize: (path: string) => number;
  readonly readBytes: (path: string) => Uint8Array;
  readonly env: (name: string) => string | undefined;
  readonly now: () => Date;
}
