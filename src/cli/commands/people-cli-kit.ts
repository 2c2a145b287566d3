import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { contextOpen, type ServiceContext } from "../../services/index.ts";
import type { CliIo } from "../command.ts";
import { COMMANDS } from "../registry.ts";
import { runCli } from "../run.ts";
import { registerAllCommands } from "./index.ts";

/** For the people commands' tests: a data folder of their own, and the CLI run on it. */
export function peopleCliKit(name: string) {
  const dir = mkdtempSync(join(tmpdir(), `partnerscope-${name}-`));
  /** Runs the CLI with captured output; `stdin` is what standard input holds. */
  async function cli(argv: string[], stdin = "") {
    if (COMMANDS.length === 0) registerAllCommands();
    const out: string[] = [];
    const err: string[] = [];
    const io: CliIo = {
      out: (t) => out.push(t),
      err: (t) => err.push(t),
      readFile: async (p) => readFileSync(p, "utf8"),
      writeFile: async (p, d) => writeFileSync(p, d),
      readStdin: async () => stdin,
    };
    const settings: Record<string, string> = {
      PARTNERSCOPE_DATA_DIR: dir,
      PARTNERSCOPE_DATABASE_URL: "",
      PARTNERSCOPE_HOST: "127.0.0.1",
      PARTNERSCOPE_PORT: "8080",
    };
    const before = Object.fromEntries(Object.keys(settings).map((k) => [k, process.env[k]]));
    Object.assign(process.env, settings);
    try {
      const code = await runCli(argv, io);
      return { code, out: out.join("\n"), err: err.join("\n") };
    } finally {
      for (const [k, v] of Object.entries(before))
        if (v === undefined) delete process.env[k];
        else process.env[k] = v;
    }
  }
  /** Runs `work` on a service context over the same data folder. */
  async function withData<T>(work: (ctx: ServiceContext) => Promise<T>): Promise<T> {
    const ctx = await contextOpen({ databaseUrl: undefined, dataDir: dir });
    try {
      return await work(ctx);
    } finally {
      await ctx.close();
    }
  }
  return { dir, cli, withData, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
