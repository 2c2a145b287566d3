import { describe, expect, it } from "vitest";
import { duplicateCandidatesOf, registeredIdentifierConflict } from "./duplicate-candidates.ts";

const coh = (id: string) => ({ scheme: "GB-COH", id });
const chc = (id: string) => ({ scheme: "GB-CHC", id });

describe("duplicate candidates and register numbers", () => {
  it("proposes two same-named organisations with no register numbers", () => {
    const pairs = duplicateCandidatesOf([
      { id: "a", name: "Axis Europe PLC" },
      { id: "b", name: "Axis Europe plc" },
    ]);
    expect(pairs).toEqual([{ a: "a", b: "b", score: 0.9, reasons: ["same name"] }]);
  });

  it("leaves out a same-named pair with two different company numbers", () => {
    const orgs = [
      { id: "a", name: "Riverside Care Ltd", identifiers: [coh("01234567")] },
      { id: "b", name: "Riverside Care Limited", identifiers: [coh("07654321")] },
    ];
    expect(duplicateCandidatesOf(orgs)).toEqual([]);
  });

  it("offers it with a warning naming both numbers when weaker matches are asked for", () => {
    const orgs = [
      { id: "a", name: "Riverside Care Ltd", identifiers: [coh("01234567")] },
      { id: "b", name: "Riverside Care Limited", identifiers: [coh("07654321")] },
    ];
    const [pair] = duplicateCandidatesOf(orgs, { weaker: true });
    expect(pair?.reasons).toEqual(["same name"]);
    expect(pair?.warning).toBe(
      "Probably two organisations: different company numbers: 01234567 and 07654321",
    );
  });

  it("keeps a pair that differs in one register but shares a number in it, or differs in none", () => {
    const shared = [
      { id: "a", name: "Hope Trust", identifiers: [chc("1000001"), chc("1000002")] },
      { id: "b", name: "Hope Trust", identifiers: [chc("1000002")] },
    ];
    expect(duplicateCandidatesOf(shared)[0]?.warning).toBeUndefined();
    // A company number on one and a charity number on the other do not contradict each other.
    const mixed = [
      { id: "a", name: "Hope Trust", identifiers: [coh("01234567")] },
      { id: "b", name: "Hope Trust", identifiers: [chc("1000002")] },
    ];
    expect(duplicateCandidatesOf(mixed)).toHaveLength(1);
  });

  it("reads numbers without spaces and case, and names each register that differs", () => {
    expect(registeredIdentifierConflict([coh("sc 123456")], [coh("SC123456")])).toBeNull();
    expect(
      registeredIdentifierConflict(
        [coh("01234567"), chc("1000001")],
        [coh("07654321"), chc("1000009")],
      ),
    ).toBe(
      "different company numbers: 01234567 and 07654321; different charity numbers: 1000001 and 1000009",
    );
  });
});
