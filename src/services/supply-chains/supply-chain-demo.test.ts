import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { exchangeSchema } from "../../shared/index.ts";
import { pbrModelSchema } from "../../shared/pbr.ts";
import { DEMO_SUPPLY_CHAIN } from "./supply-chain-demo.ts";

const read = (path: string) => JSON.parse(readFileSync(new URL(path, import.meta.url), "utf8"));
const demo = exchangeSchema.parse(read("../demo/tsrc-case-studies.json"));
const model = pbrModelSchema.parse(read("../../../examples/pbr/work-programme.json"));
const csvProviders = (name: string) =>
  new Set(
    readFileSync(new URL(`../../../examples/pbr/${name}`, import.meta.url), "utf8")
      .trim()
      .split("\n")
      .slice(1)
      .map((line) => line.split(",")[name === "claims.csv" ? 0 : 1]),
  );

describe("the demo's supply-chain model", () => {
  const chain = demo.partnerships.find((p) => p.id === DEMO_SUPPLY_CHAIN.partnership)!;
  const members = chain.members.filter((m) => m.left === null);

  it("prices the linked partnership's own members, each at its role in the chain", () => {
    // P1's chain: the prime, TSO1 end-to-end, and TSO2, Threshold, TSO4 and HA1 as specialists.
    expect(model.providers.map((p) => [p.id, p.tier]).sort()).toEqual(
      members.map((m) => [m.organisation, m.role]).sort(),
    );
    expect(members).toHaveLength(6);
    const contract = demo.contracts.find((c) => c.id === DEMO_SUPPLY_CHAIN.contract)!;
    expect(model.providers.map((p) => p.id)).toEqual(contract.providers.map((p) => p.organisation));
  });

  it("names each provider as the demo names the organisation", () => {
    const names = new Map(demo.organisations.map((o) => [o.id, o.name]));
    for (const p of model.providers) expect(p.name).toBe(names.get(p.id));
  });

  it("uses the same member ids in the participants, journeys and claims examples", () => {
    const ids = new Set(members.map((m) => m.organisation));
    for (const file of ["participants.csv", "journeys.csv", "claims.csv"])
      expect([...csvProviders(file)].sort()).toEqual([...ids].sort());
  });
});
