import { registerAllCommands } from "./commands/index.ts";
import { runCli } from "./run.ts";

registerAllCommands();
process.exitCode = await runCli(process.argv.slice(2));
