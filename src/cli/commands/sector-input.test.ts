import { describe, expect, it } from "vitest";
import {
  buildMembership,
  buildOrganisation,
  buildPartnership,
} from "../../../test/factories/landscape.ts";
import { exchangeToJson } from "../../engine/exchange/index.ts";
import * as shared from "../../shared/index.ts";
import type { CliIo } from "../command.ts";
import { readExchangeFile } from "./sector-input.ts";
import { isCalendarDate, isCanonicalShape } from "./sector-shape.ts";

const io = (text: string): CliIo => ({
  out: () => {},
  err: () => {},
  readFile: async () => text,
  writeFile: async () => {},
});
const doc = {
  format: "partnerscope/v1" as const,
  workspace: { name: "Test" },
  organisations: [buildOrganisation("A"), buildOrganisation("B")],
  partnerships: [
    buildPartnership("P", [buildMembership("A"), buildMembership("B", "member", "2004-01-01")]),
  ],
  events: [],
  contracts: [],
  evidence: [],
};

describe("readExchangeFile", () => {
  it("takes the fast path on a canonical export and returns it as parsed", async () => {
    const read = await readExchangeFile(io(exchangeToJson(doc)), "f.json");
    expect(read.partnerships[0]!.members[1]!.joined).toBe("2004-01-01");
  });

  it("falls back to the schema to fill defaults on a sparse but valid export", async () => {
    const sparse = {
      format: "partnerscope/v1",
      workspace: { name: "S" },
      organisations: [{ id: "A", name: "A", sector: "third", kind: "charity" }],
    };
    const read = await readExchangeFile(io(JSON.stringify(sparse)), "s.json");
    expect(read.organisations[0]).toMatchObject({ facts: [], nation: null, otherNames: [] });
    expect(read.events).toEqual([]);
  });

  it("names the first problem of an invalid export with its JSON path", async () => {
    const bad = JSON.parse(exchangeToJson(doc));
    bad.partnerships[0].members[0].joined = "2004-02-30";
    await expect(readExchangeFile(io(JSON.stringify(bad)), "b.json")).rejects.toThrow(
      /b\.json is not a valid partnerscope\/v1 export: \$\.partnerships\[0\]\.members\[0\]\.joined: must be a real date/,
    );
  });

  it("recognises the canonical shape (fast path) and sends anything else to the schema", () => {
    const enums = {
      sectors: new Set<string>(shared.SECTORS),
      kinds: new Set<string>(shared.ORGANISATION_KINDS),
      nations: new Set<string>(shared.NATIONS),
      forms: new Set<string>(shared.FORMS),
      origins: new Set<string>(shared.ORIGINS),
      roles: new Set<string>(shared.ROLES),
      eventTypes: new Set<string>(shared.EVENT_TYPES),
    };
    const canonical = JSON.parse(exchangeToJson(doc));
    expect(isCanonicalShape(canonical, enums)).toBe(true);
    for (const spoil of [
      (d: typeof canonical) => delete d.organisations[0].facts,
      (d: typeof canonical) => (d.organisations[0].sector = "fourth"),
      (d: typeof canonical) => (d.partnerships[0].members[1].joined = "2004-02-30"),
      (d: typeof canonical) => (d.partnerships[0].stage = 8),
      (d: typeof canonical) => (d.events = null),
    ]) {
      const copy = structuredClone(canonical);
      spoil(copy);
      expect(isCanonicalShape(copy, enums)).toBe(false);
    }
  });

  it("checks calendar dates exactly, leap years included", () => {
    expect(["2004-02-29", "2000-02-29", "2011-12-31"].map(isCalendarDate)).toEqual([
      true,
      true,
      true,
    ]);
    expect(
      ["1900-02-29", "2011-02-29", "2011-04-31", "2011-13-01", "2011-1-01", "2011-00-10"].map(
        isCalendarDate,
      ),
    ).toEqual([false, false, false, false, false, false]);
  });
});
