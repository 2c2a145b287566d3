import { writeFileSync } from "node:fs";
import type { CliIo } from "../../src/cli/command.ts";
import { registerAllCommands } from "../../src/cli/commands/index.ts";
import { COMMANDS } from "../../src/cli/registry.ts";
import { runCli } from "../../src/cli/run.ts";
import { readUtf8File } from "../../src/services/interop/utf8-file.ts";

/** For tests: runs the whole CLI on real files with captured output; registers commands once. */
export async function cliCaptured(...argv: string[]) {
  if (COMMANDS.length === 0) registerAllCommands();
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    out: (t) => out.push(t),
    err: (t) => err.push(t),
    readFile: readUtf8File,
    writeFile: async (p, d) => writeFileSync(p, d),
  };
  const code = await runCli(argv, io);
  return { code, out: out.join("\n"), err: err.join("\n") };
}
