import { registerCommands } from "../registry.ts";

/** Registers every command. Each command lives in its own file beside this one. */
export function registerAllCommands(): void {
  registerCommands();
}
