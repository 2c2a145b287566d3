import { writeFileSync } from "node:fs";
import { readUtf8File } from "../services/interop/utf8-file.ts";
import type { CliIo } from "./command.ts";
import { registerAllCommands } from "./commands/index.ts";
import { COMMANDS } from "./registry.ts";
import { runCli } from "./run.ts";

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
