import { describe, expect, it } from "vitest";
import {
  buildLandscape,
  buildMembership,
  buildOrganisation,
  buildPartnership,
} from "../../../test/factories/landscape.ts";
import { csvTextOf } from "../../shared/csv-text.ts";
import { networkOf } from "./network.ts";
import { edgesCsv, nodesCsv } from "./network-csv.ts";
import { sectorNetworkOf } from "./sector-network.ts";

// A, B, C share consortium P; A and B also share procurement group Q; W is in Wales, alone.
// Supply chains: S1 (prime X: B, C) and S2 (prime Y: C) → C serves two primes, B one.
const m = buildMembership;
const input = buildLandscape({
  organisations: [
    buildOrganisation("A", [[2000, 100]], { name: 'Smith, "Jones" & Co' }),
    buildOrganisation("B"),
    buildOrganisation("C"),
    buildOrganisation("W", [[2000, 5]], { nation: "wales" }),
    buildOrganisation("X", [[2000, null]], { sector: "private", kind: "private_company" }),
    buildOrganisation("Y", [[2000, null]], { sector: "private", kind: "private_company" }),
  ],
  partnerships: [
    buildPartnership("P", [m("A"), m("B"), m("C")]),
    buildPartnership("Q", [m("A"), m("B")], {
      form: "procurement_group",
      functions: ["buying"],
      origin: "mandated",
    }),
    buildPartnership("S1", [m("X", "prime"), m("B", "tier1"), m("C", "tier2")], {
      form: "prime_contractor_supply_chain",
      stage: 3,
    }),
    buildPartnership("S2", [m("Y", "prime"), m("C", "tier1")], {
      form: "prime_contractor_supply_chain",
      stage: 3,
    }),
  ],
});

describe("networkOf", () => {
  it("weights edges by the number of shared active partnerships", () => {
    const r = networkOf(input, "2010-01-01");
    const weight = (a: string, b: string) =>
      r.edges.find((e) => e.source === a && e.target === b)?.weight;
    expect(weight("A", "B")).toBe(2); // P and Q
    expect(weight("B", "C")).toBe(2); // P and S1
    expect(weight("A", "C")).toBe(1);
    expect(r.nodes.map((n) => n.key)).toEqual(["A", "B", "C", "W", "X", "Y"]);
    expect(r.nodes[0]).toMatchObject({ sector: "third", nation: "england", size: 100 });
  });

  it("filters partnerships by form, function and origin, and organisations by sector and nation", () => {
    expect(
      networkOf(input, "2010-01-01", { origins: ["mandated"] }).edges.map((e) => e.key),
    ).toEqual(["A|B"]);
    expect(networkOf(input, "2010-01-01", { functions: ["buying"] }).edges).toHaveLength(1);
    const chains = networkOf(input, "2010-01-01", {
      forms: ["prime_contractor_supply_chain"],
      includeIsolated: false,
    });
    expect(chains.nodes.map((n) => n.key)).toEqual(["B", "C", "X", "Y"]);
    expect(networkOf(input, "2010-01-01", { nations: ["wales"] })).toMatchObject({
      nodes: [{ key: "W" }],
      edges: [],
    });
    expect(networkOf(input, "2010-01-01", { sectors: ["private"] }).edges).toEqual([]);
    // Kind picks organisations: the two private companies, which share no partnership directly.
    const companies = networkOf(input, "2010-01-01", { kinds: ["private_company"] });
    expect([companies.nodes.map((n) => n.key), companies.edges]).toEqual([["X", "Y"], []]);
  });

  it("exports nodes.csv and edges.csv with RFC 4180 quoting", () => {
    const r = networkOf(input, "2010-01-01", {
      forms: ["procurement_group"],
      includeIsolated: false,
    });
    expect(nodesCsv(r.nodes)).toBe(
      'id,label,sector,nation,kind,size\r\nA,"Smith, ""Jones"" & Co",third,england,housing_association,100\r\nB,Organisation B,third,england,housing_association,100\r\n',
    );
    expect(edgesCsv(r.edges)).toBe("source,target,weight,partnerships\r\nA,B,1,Q\r\n");
    // The one CSV writer (shared/csv-text.ts): formula guard, quoting, null empty, numbers as they are.
    expect(csvTextOf(["v"], [["=SUM(A1)"], ["line\nbreak"], [null], [-3]])).toBe(
      'v\r\n\'=SUM(A1)\r\n"line\nbreak"\r\n\r\n-3\r\n',
    );
  });
});

describe("sectorNetworkOf", () => {
  it("reports degree, PageRank summing to 1, betweenness, communities and brokers", () => {
    const r = sectorNetworkOf(input, "2010-01-01");
    const by = new Map(r.organisations.map((o) => [o.id, o]));
    expect(by.get("C")).toMatchObject({ degree: 4, broker: true, primes: ["X", "Y"] });
    expect(by.get("B")).toMatchObject({ degree: 3, broker: false });
    expect(by.get("W")).toMatchObject({ degree: 0, betweenness: 0 });
    // Edges A–B, A–C, B–C, B–X, C–X, C–Y. Shortest paths through C: A–Y, B–Y, X–Y (1 each) and
    // half of A–X (A–B–X or A–C–X) = 3.5 pairs; B gets the other half. networkx normalises an
    // undirected graph by 2 / ((n − 1)(n − 2)) = 2 / 20 over all 6 nodes: C 0.35, B 0.05.
    expect(by.get("C")!.betweenness).toBeCloseTo(0.35, 12);
    expect(by.get("B")!.betweenness).toBeCloseTo(0.05, 12);
    expect(r.organisations.reduce((s, o) => s + o.pagerank, 0)).toBeCloseTo(1, 9);
    expect(r.betweenness.method).toBe("exact");
    expect(sectorNetworkOf(buildLandscape({}), "2010-01-01")).toMatchObject({
      organisations: [],
      empty: true,
      modularity: 0,
    });
  });
});
