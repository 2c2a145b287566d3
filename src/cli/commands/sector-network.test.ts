import { describe, expect, it } from "vitest";
import {
  buildMembership,
  buildOrganisation,
  buildPartnership,
} from "../../../test/factories/landscape.ts";
import { exchangeToJson } from "../../engine/exchange/index.ts";
import type { CliIo } from "../command.ts";
import { sectorNetworkCommand } from "./sector-network.ts";

// Path A–B–C (two consortia) and supply chains of primes X and Y both using B: B is a broker.
const m = buildMembership;
const doc = {
  format: "partnerscope/v1" as const,
  workspace: { name: "Test" },
  organisations: ["A", "B", "C", "X", "Y"].map((id) => buildOrganisation(id)),
  partnerships: [
    buildPartnership("P1", [m("A"), m("B")]),
    buildPartnership("P2", [m("B"), m("C")]),
    buildPartnership("S1", [m("X", "prime"), m("B", "tier1")], {
      form: "prime_contractor_supply_chain",
      stage: 3,
    }),
    buildPartnership("S2", [m("Y", "prime"), m("B", "tier2")], {
      form: "prime_contractor_supply_chain",
      stage: 3,
    }),
  ],
  events: [],
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
  const code = await sectorNetworkCommand.run({ values, positionals: ["f.json"] }, io);
  return { code, text: out.join("\n") };
}

describe("sector network", () => {
  it("gives per-organisation degree, pagerank, betweenness, community and broker as JSON", async () => {
    const { code, text } = await run({ "as-of": "2010-01-01", json: true });
    expect(code).toBe(0);
    const b = JSON.parse(text).organisations.find((o: { id: string }) => o.id === "B");
    // B is the centre of a star with 4 leaves: every one of the 6 leaf pairs passes through it → 1.
    expect(b).toMatchObject({ degree: 4, betweenness: 1, broker: true, primes: ["X", "Y"] });
    expect(Object.keys(b)).toEqual(
      expect.arrayContaining(["degree", "pagerank", "betweenness", "community", "broker"]),
    );
  });

  it("writes CSV with --csv and a table by default", async () => {
    const csv = (await run({ "as-of": "2010-01-01", csv: true })).text.split("\r\n");
    expect(csv[0]).toBe("id,name,degree,pagerank,betweenness,community,broker");
    expect(csv.find((l) => l.startsWith("B,"))).toMatch(/^B,Organisation B,4,[0-9.]+,1,\d+,true$/);
    expect((await run({ "as-of": "2010-01-01" })).text).toMatch(/5 organisations, 4 edges/);
  });

  it("rejects --json with --csv and a bad date", async () => {
    await expect(run({ "as-of": "2010-01-01", json: true, csv: true })).rejects.toThrow(
      /choose one/,
    );
    await expect(run({ "as-of": "01/01/2010" })).rejects.toThrow(/--as-of must be a real date/);
  });
});
