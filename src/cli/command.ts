import type { ParseArgsConfig } from "node:util";

/** Where a command writes: stdout for results, stderr for progress and errors. */
export interface CliIo {
  out: (text: string) => void;
  err: (text: string) => void;
  /** Reads a file given on the command line (relative to the working directory). */
  readFile: (path: string) => Promise<string>;
  writeFile: (path: string, data: string | Uint8Array) => Promise<void>;
  /** Reads all of standard input (a password given with --password-stdin); the process's when absent. */
  readStdin?: () => Promise<string>;
}

/** Parsed arguments: options by name and the positional arguments after the command's words. */
export interface CliArgs {
  values: Record<string, string | boolean | (string | boolean)[] | undefined>;
  positionals: string[];
}

/** One CLI command, in its own file under src/cli/commands/. */
export interface CliCommand {
  /** The words that select it, e.g. "sector stats". */
  name: string;
  /** One line for the command list. */
  summary: string;
  /** The usage line(s) and option descriptions printed by --help. */
  usage: string;
  options: NonNullable<ParseArgsConfig["options"]>;
  /** Runs the command; returns the exit code (0 ok, 1 failure, 2 bad input). */
  run: (args: CliArgs, io: CliIo) => Promise<number>;
}

/** What the CLI knows of a command before importing it: enough for --help and argument parsing. */
export type CommandSpec = Omit<CliCommand, "run">;

/**
 * A command whose implementation is imported only when it runs (issue 18: `--help` < 0.3 s):
 * `load` imports the module that exports the CliCommand of the same name.
 */
export interface LazyCommand extends CommandSpec {
  load: () => Promise<Record<string, unknown>>;
}

/** An error in what the user typed or supplied: printed as one line, exit code 2. */
export class UsageError extends Error {
  override name = "UsageError";
}
