import { registerAllCommands } from "./commands/index.ts";
import { runCli } from "./run.ts";
import { tuneRuntime } from "./runtime.ts";

tuneRuntime();

registerAllCommands();
process.exitCode = await runCli(process.argv.slice(2));
