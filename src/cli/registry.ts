import type { CliCommand, LazyCommand } from "./command.ts";

/** A registered command: a lazy one from the manifest, or (in tests) one already imported. */
export type RegisteredCommand = LazyCommand | CliCommand;

/** Every command the CLI knows, longest names first so "sector stats" wins over "sector". */
export const COMMANDS: RegisteredCommand[] = [];

/** Adds commands to the registry (called by src/cli/commands/index.ts). */
export function registerCommands(...commands: RegisteredCommand[]): void {
  COMMANDS.push(...commands);
  COMMANDS.sort((a, b) => b.name.split(" ").length - a.name.split(" ").length);
}

/** Whether a module export is a CLI command (the shape of CliCommand). */
export function isCliCommand(value: unknown): value is CliCommand {
  const c = value as Partial<CliCommand> | null;
  return (
    typeof c === "object" &&
    c !== null &&
    typeof c.name === "string" &&
    typeof c.summary === "string" &&
    typeof c.usage === "string" &&
    typeof c.run === "function"
  );
}

/** Every CLI command a module exports, alone or in an exported array. */
export function commandsOf(module: Record<string, unknown>): CliCommand[] {
  return Object.values(module).flatMap((value) =>
    (Array.isArray(value) ? value : [value]).filter(isCliCommand),
  );
}

/** The command's `run`, importing its module first when the command is lazy. */
export async function implementationOf(command: RegisteredCommand): Promise<CliCommand["run"]> {
  if ("run" in command) return command.run;
  const found = commandsOf(await command.load()).find((c) => c.name === command.name);
  // The manifest test keeps this from happening; the message says how to mend it if it does.
  if (!found)
    throw new Error(
      `the module of '${command.name}' exports no such command: run \`npx tsx scripts/cli-manifest.ts\``,
    );
  return found.run;
}
