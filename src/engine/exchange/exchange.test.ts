import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { exchangeSchema } from "../../shared/index.ts";
import { canonicalExchange, emptyExchange, exchangeToJson, referenceProblemsOf } from "./index.ts";

const doc = exchangeSchema.parse({
  format: "partnerscope/v1",
  workspace: { name: "W" },
  organisations: [
    {
      id: "b",
      name: "B",
      sector: "third",
      kind: "charity",
      facts: [{ year: 2011 }, { year: 2009 }],
    },
    { id: "a", name: "A", sector: "public", kind: "local_authority" },
  ],
  partnerships: [
    {
      id: "p",
      name: "P",
      form: "group_structure",
      direction: "vertical",
      origin: "voluntary",
      stage: 5,
      members: [
        { organisation: "b", role: "subsidiary" },
        { organisation: "a", role: "parent" },
      ],
    },
  ],
  events: [
    { id: "e2", date: "2010-01-01", type: "formed", organisations: ["b", "a"] },
    { id: "e1", date: "2011-01-01", type: "joined" },
    { id: "e0", date: "2010-01-01", type: "formed" },
  ],
});

describe("canonical form", () => {
  it("sorts collections by id, events by date then id, facts by year; keeps event organisations' order", () => {
    const c = canonicalExchange(doc);
    expect(c.organisations.map((o) => o.id)).toEqual(["a", "b"]);
    expect(c.organisations[1]!.facts.map((f) => f.year)).toEqual([2009, 2011]);
    expect(c.partnerships[0]!.members.map((m) => m.organisation)).toEqual(["a", "b"]);
    expect(c.events.map((e) => e.id)).toEqual(["e0", "e2", "e1"]);
    expect(c.events[1]!.organisations).toEqual(["b", "a"]);
  });

  it("is unchanged by shuffling the input (property)", () => {
    fc.assert(
      fc.property(fc.shuffledSubarray(doc.events, { minLength: 3, maxLength: 3 }), (events) => {
        expect(exchangeToJson({ ...doc, events })).toBe(exchangeToJson(doc));
      }),
    );
  });

  it("serialises with a fixed key order and a trailing newline", () => {
    const json = exchangeToJson(emptyExchange("E"));
    expect(json).toBe(
      '{\n  "format": "partnerscope/v1",\n  "workspace": {\n    "name": "E"\n  },\n  "organisations": [],\n  "partnerships": [],\n  "events": [],\n  "contracts": [],\n  "evidence": []\n}\n',
    );
  });
});

describe("references", () => {
  it("finds nothing wrong in a consistent document", () => {
    expect(referenceProblemsOf(doc)).toEqual([]);
  });

  it("names unknown organisations and partnerships and ids used twice, by path", () => {
    const broken = {
      ...doc,
      organisations: [...doc.organisations, doc.organisations[0]!],
      events: [{ ...doc.events[0]!, partnership: "nope", organisations: ["a", "zz"] }],
    };
    expect(referenceProblemsOf(broken)).toEqual([
      {
        path: "$.organisations[2].id",
        message: 'id "b" is used twice (also at $.organisations[0])',
      },
      {
        path: "$.events[0].partnership",
        message: 'refers to partnership "nope", which does not exist',
      },
      {
        path: "$.events[0].organisations[1]",
        message: 'refers to organisation "zz", which does not exist',
      },
    ]);
  });

  it("accepts references to ids known outside the document", () => {
    const partial = { ...doc, organisations: [] };
    expect(referenceProblemsOf(partial, { organisations: new Set(["a", "b"]) })).toEqual([]);
  });
});
