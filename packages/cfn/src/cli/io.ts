/** The command line's only contact with the outside world, injectable so commands can be tested in-process. */
export interface TCliIo {
  readText(path: string): string;
  /** Binary files (the verify command's bundle); absent where only text is read. */
  readBytes?(path: string): Uint8Array;
  stdout(text: string): void;
  stderr(text: string): void;
}

/** Exit codes: 0 fine, 1 the input has problems (errors found, invalid values), 2 the command could not run (usage, unreadable or unparsable file). */
export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE = 2;

/** Thrown by commands to stop with a message and an exit code. */
export class CliExit extends Error {
  constructor(
    readonly code: number,
    message: string,
  ) {
    super(message);
  }
}
