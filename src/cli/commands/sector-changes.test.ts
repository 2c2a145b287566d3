import { describe, expect, it } from "vitest";
import { buildEvent, buildOrganisation } from "../../../test/factories/landscape.ts";
import { exchangeToJson } from "../../engine/exchange/index.ts";
import type { CliIo } from "../command.ts";
import { sectorChangesCommand } from "./sector-changes.ts";

// Four English organisations on 2002-04-01; A (12,000 homes) absorbs B in 2004; C and D do nothing.
// W, in Wales, forms a group in 2005.
const doc = {
  format: "partnerscope/v1" as const,
  workspace: { name: "Test" },
  organisations: [
    buildOrganisation("A", [[1990, 12_000]]),
    buildOrganisation("B", [[1990, 300]]),
    buildOrganisation("C", [[1990, 20_000]]),
    buildOrganisation("D"),
    buildOrganisation("W", [[1990, 500]], { nation: "wales" }),
  ],
  partnerships: [],
  events: [
    buildEvent("E1", "2004-05-01", "transfer_of_engagements", ["A", "B"], { dissolves: ["B"] }),
    buildEvent("E2", "2004-09-01", "formed", ["C", "D"]),
    buildEvent("E3", "2005-03-01", "group_formed", ["W"]),
  ],
  contracts: [],
  evidence: [],
};
const text = exchangeToJson(doc);

async function run(values: Record<string, string | boolean>) {
  const out: string[] = [];
  const io: CliIo = {
    out: (t) => out.push(t),
    err: () => {},
    readFile: async () => text,
    writeFile: async () => {},
  };
  const code = await sectorChangesCommand.run({ values, positionals: ["sector.json"] }, io);
  return { code, text: out.join("\n") };
}

describe("sector changes", () => {
  it("prints share, shareLarge and byYear as JSON", async () => {
    const { code, text } = await run({
      from: "2002-04-01",
      to: "2010-03-31",
      metric: "homes",
      large: "10000",
      nation: "england",
      json: true,
    });
    expect(code).toBe(0);
    // England: A and B changed of 4 → 0.5; large: A and C, A changed → 0.5; W's group is Welsh.
    expect(JSON.parse(text)).toMatchObject({
      from: "2002-04-01",
      to: "2010-03-31",
      share: 0.5,
      shareLarge: 0.5,
      filter: { nation: "england" },
      byYear: { "2004": { transfer_of_engagements: 1, formed: 1 } },
    });
    expect(Object.keys(JSON.parse(text).byYear)).toEqual(["2004"]);
  });

  it("prints tables without --json, every nation unless filtered", async () => {
    const { text } = await run({ from: "2002-04-01", to: "2010-03-31" });
    // A, B and W changed of 5 → 60%.
    expect(text).toMatch(/covers\s+all organisations, every nation and kind/);
    expect(text).toMatch(/with constitutional change\s+3 \(60\.0%\)/);
    expect(text).toMatch(/2004\s+1\s+0\s+1/);
    const wales = await run({ from: "2002-04-01", to: "2010-03-31", nation: "wales" });
    expect(wales.text).toMatch(/covers\s+organisations in Wales/);
    expect(wales.text).toMatch(/with constitutional change\s+1 \(100\.0%\)/);
    await expect(run({ from: "2002-04-01", to: "2010-03-31", kind: "club" })).rejects.toThrow(
      /unknown kind "club"/,
    );
  });

  it("rejects from after to, bad dates and unknown metrics", async () => {
    await expect(run({ from: "2010-01-01", to: "2002-01-01" })).rejects.toThrow(
      /--from \(2010-01-01\) is after --to \(2002-01-01\)/,
    );
    await expect(run({ from: "2010-1-1", to: "2012-01-01" })).rejects.toThrow(
      /--from must be a real date/,
    );
    await expect(run({ from: "2002-01-01", to: "2010-01-01", metric: "beds" })).rejects.toThrow(
      /unknown metric "beds"/,
    );
  });
});
