/**
 * Where the CLI writes. Commands print data to `out` (JSON with --json, tidy text otherwise) and
 * problems to `err`; tests of the command tree can pass their own.
 */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
}

export const processIo: CliIo = {
  out: (text) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
  err: (text) => process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
};

export const printJson = (io: CliIo, value: unknown) => io.out(JSON.stringify(value, null, 2));
