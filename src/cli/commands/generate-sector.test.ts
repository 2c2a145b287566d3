import { describe, expect, it } from "vitest";
import { exchangeSchema } from "../../shared/index.ts";
import type { CliIo } from "../command.ts";
import { generateSectorCommand } from "./generate-sector.ts";

function fakeIo() {
  const files: Record<string, string> = {};
  const out: string[] = [];
  const io: CliIo = {
    out: (t) => out.push(t),
    err: () => {},
    readFile: async (p) => files[p]!,
    writeFile: async (p, d) => {
      files[p] = String(d);
    },
  };
  return { io, files, out };
}

describe("generate sector", () => {
  it("writes a valid, reproducible partnerscope/v1 file with -o", async () => {
    const a = fakeIo();
    expect(
      await generateSectorCommand.run(
        { values: { organisations: "200", seed: "3", output: "s.json" }, positionals: [] },
        a.io,
      ),
    ).toBe(0);
    const doc = exchangeSchema.parse(JSON.parse(a.files["s.json"]!));
    expect(doc.organisations).toHaveLength(200);
    const b = fakeIo();
    await generateSectorCommand.run(
      { values: { organisations: "200", seed: "3" }, positionals: [] },
      b.io,
    );
    expect(b.out.join("")).toBe(a.files["s.json"]);
  });

  it("rejects a non-numeric size", async () => {
    await expect(
      generateSectorCommand.run(
        { values: { organisations: "many" }, positionals: [] },
        fakeIo().io,
      ),
    ).rejects.toThrow(/--organisations must be a whole number/);
  });
});
