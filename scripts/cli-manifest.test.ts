import { describe, expect, it } from "vitest";
import type { CliCommand } from "../src/cli/command.ts";
import { COMMAND_MANIFEST } from "../src/cli/commands/manifest.ts";
import { commandsOf } from "../src/cli/registry.ts";
import { commandsByFile } from "./cli-manifest.ts";

const specOf = ({ name, summary, usage, options }: Omit<CliCommand, "run">) => ({
  name,
  summary,
  usage,
  options,
});

describe("the CLI's command manifest (run `npx tsx scripts/cli-manifest.ts` when this fails)", () => {
  it("lists every command of src/cli/commands with the summary, usage and options it defines", async () => {
    const found = await commandsByFile();
    expect(COMMAND_MANIFEST.map(specOf)).toEqual(found.map((f) => specOf(f.command)));
  }, 60_000);

  it("loads, for each entry, a module that exports the command of that name", async () => {
    for (const entry of COMMAND_MANIFEST) {
      const names = commandsOf(await entry.load()).map((c) => c.name);
      expect(names).toContain(entry.name);
    }
  }, 60_000);
});
