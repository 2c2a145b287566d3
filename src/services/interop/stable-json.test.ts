import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { stableJsonOf, stableJsonReferenceOf } from "./stable-json.ts";

describe("stableJsonOf", () => {
  it("sorts keys at every depth and keeps list order", () => {
    expect(stableJsonOf({ b: 1, a: [2, { d: null, c: "x" }] })).toBe(
      '{"a":[2,{"c":"x","d":null}],"b":1}',
    );
  });

  it("leaves out undefined members and writes undefined list items as null", () => {
    expect(stableJsonOf({ b: undefined, a: [undefined, Number.NaN], c: new Date(0) })).toBe(
      '{"a":[null,null],"c":"1970-01-01T00:00:00.000Z"}',
    );
  });

  it("gives the same text as JSON.stringify with a key-sorting replacer", () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.anything(), (json, anything) => {
        expect(stableJsonOf(json)).toBe(stableJsonReferenceOf(json));
        expect(stableJsonOf({ json, anything })).toBe(stableJsonReferenceOf({ json, anything }));
      }),
      { numRuns: 2000 },
    );
  });
});
