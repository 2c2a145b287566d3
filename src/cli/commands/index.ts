import { registerCommands } from "../registry.ts";
import { COMMAND_MANIFEST } from "./manifest.ts";

/**
 * Registers every command from the manifest, without importing any of them: a command's module
 * (and the store, server or engine behind it) is imported only when it runs (issue 18). Each
 * command lives in its own file beside this one; `npx tsx scripts/cli-manifest.ts` lists a new one.
 */
export function registerAllCommands(): void {
  registerCommands(...COMMAND_MANIFEST);
}
