import { describe, expect, it } from "vitest";
import {
  buildEvent,
  buildMembership,
  buildOrganisation,
  buildPartnership,
} from "../../../test/factories/landscape.ts";
import { exchangeToJson } from "../../engine/exchange/index.ts";
import type { CliIo } from "../command.ts";
import { sectorTransitionsCommand } from "./sector-transitions.ts";

// A and B: consortium from 2001 (stage 2), group from 2005 (stage 5), B's transfer into A in 2009 (7).
const doc = {
  format: "partnerscope/v1" as const,
  workspace: { name: "Test" },
  organisations: [buildOrganisation("A", [[1990, 100]]), buildOrganisation("B", [[1990, 50]])],
  partnerships: [
    buildPartnership("P", [buildMembership("A"), buildMembership("B")], {
      start: "2001-01-01",
      end: "2005-01-01",
    }),
    buildPartnership(
      "G",
      [buildMembership("A", "parent"), buildMembership("B", "subsidiary", null, "2009-03-01")],
      { form: "group_structure", stage: 5, start: "2005-01-01" },
    ),
  ],
  events: [
    buildEvent("E", "2009-03-01", "transfer_of_engagements", ["A", "B"], { dissolves: ["B"] }),
  ],
  contracts: [],
  evidence: [],
};

async function run(values: Record<string, string | boolean>) {
  const out: string[] = [];
  const io: CliIo = {
    out: (t) => out.push(t),
    err: () => {},
    readFile: async () => exchangeToJson(doc),
    writeFile: async () => {},
  };
  const code = await sectorTransitionsCommand.run({ values, positionals: ["f.json"] }, io);
  return { code, text: out.join("\n") };
}

describe("sector transitions", () => {
  it("prints the 8 × 8 matrix and the 2→5→7 path as JSON", async () => {
    const { code, text } = await run({ to: "2012-12-31", json: true });
    expect(code).toBe(0);
    const r = JSON.parse(text);
    expect(r.matrix).toHaveLength(8);
    expect([r.matrix[0][2], r.matrix[2][5], r.matrix[5][7]]).toEqual([1, 1, 1]);
    expect(r.paths).toEqual([{ stages: [2, 5, 7], label: "2→5→7", count: 1 }]);
  });

  it("prints tables without --json and rejects bad dates", async () => {
    expect((await run({ to: "2012-12-31" })).text).toMatch(/2→5→7\s+1/);
    await expect(run({ to: "2012-12-32" })).rejects.toThrow(/--to must be a real date/);
    await expect(run({ to: "2002-01-01", from: "2003-01-01" })).rejects.toThrow(/is after --to/);
  });
});
