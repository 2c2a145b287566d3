import type { CliCommand } from "./command.ts";

/** Every command the CLI knows, longest names first so "sector stats" wins over "sector". */
export const COMMANDS: CliCommand[] = [];

/** Adds commands to the registry (called by src/cli/commands/index.ts). */
export function registerCommands(...commands: CliCommand[]): void {
  COMMANDS.push(...commands);
  COMMANDS.sort((a, b) => b.name.split(" ").length - a.name.split(" ").length);
}
