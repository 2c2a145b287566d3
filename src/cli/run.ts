import { writeFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { readUtf8File } from "../services/interop/utf8-file.ts";
import type { CliIo } from "./command.ts";
import { UsageError } from "./command.ts";
import { COMMANDS, implementationOf, type RegisteredCommand } from "./registry.ts";

/** The CLI's io on the real process. */
export const processIo: CliIo = {
  out: (text) => process.stdout.write(text.endsWith("\n") ? text : `${text}\n`),
  err: (text) => process.stderr.write(text.endsWith("\n") ? text : `${text}\n`),
  readFile: readUtf8File,
  writeFile: (path, data) => writeFile(path, data),
};

function findCommand(argv: string[]): { command: RegisteredCommand; rest: string[] } | null {
  for (const command of COMMANDS) {
    const words = command.name.split(" ");
    if (words.every((w, i) => argv[i] === w)) return { command, rest: argv.slice(words.length) };
  }
  return null;
}

function helpText(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  const lines = [...COMMANDS]
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`);
  return `partnerscope — partnerships in public service delivery\n\nUsage: partnerscope <command> [options]\n\nCommands:\n${lines.join("\n")}\n\nRun 'partnerscope <command> --help' for a command's options.`;
}

/** Runs the CLI on `argv` (without node and script); returns the exit code. */
export async function runCli(argv: string[], io: CliIo = processIo): Promise<number> {
  if (argv.length === 0 || argv[0] === "--help" || argv[0] === "-h" || argv[0] === "help") {
    io.out(helpText());
    return argv.length === 0 ? 2 : 0;
  }
  const found = findCommand(argv);
  if (!found) {
    io.err(`partnerscope: unknown command '${argv.join(" ")}' (run 'partnerscope --help')`);
    return 2;
  }
  const { command, rest } = found;
  if (rest.includes("--help") || rest.includes("-h")) {
    io.out(`Usage: partnerscope ${command.usage}`);
    return 0;
  }
  try {
    const parsed = parseArgs({ args: rest, options: command.options, allowPositionals: true });
    // Only now is the command's module imported: --help and a typo import none (issue 18).
    const run = await implementationOf(command);
    return await run(parsed, io);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const isUsage =
      error instanceof UsageError ||
      // The built serve command is a bundle with its own copy of the class (scripts/bundle-serve.ts).
      (error as Error).name === "UsageError" ||
      (error as { code?: string }).code?.startsWith("ERR_PARSE_ARGS") === true;
    io.err(`partnerscope ${command.name}: ${message.split("\n")[0]}`);
    return isUsage ? 2 : 1;
  }
}
