import { describe, expect, it } from "vitest";
import {
  buildEvent,
  buildLandscape,
  buildMembership,
  buildOrganisation,
  buildPartnership,
} from "../../../test/factories/landscape.ts";
import { transitionsOf } from "./transitions.ts";

// A and B: consortium (stage 2) from 2001, group structure (stage 5) from 2005, then B's transfer
// of engagements into A in 2009 (stage 7). C is in the consortium too but leaves in 2003.
const consortium = buildPartnership(
  "P",
  [buildMembership("A"), buildMembership("B"), buildMembership("C", "member", null, "2003-01-01")],
  {
    start: "2001-01-01",
    end: "2005-01-01",
  },
);
const group = buildPartnership(
  "G",
  [
    buildMembership("A", "parent", "2005-01-01"),
    buildMembership("B", "subsidiary", "2005-01-01", "2009-03-01"),
  ],
  {
    form: "group_structure",
    stage: 5,
    start: "2005-01-01",
  },
);
const merger = buildEvent("E", "2009-03-01", "transfer_of_engagements", ["A", "B"], {
  dissolves: ["B"],
  partnership: "G",
});
const input = buildLandscape({
  organisations: ["A", "B", "C"].map((id) => buildOrganisation(id, [[1990, 100]])),
  partnerships: [consortium, group],
  events: [merger],
});

function cell(matrix: number[][], from: number, to: number) {
  return matrix[from]![to];
}

describe("transitionsOf", () => {
  it("follows A–B along 2 → 5 → 7 and C's exits back to 0", () => {
    const r = transitionsOf(input, { to: "2012-12-31" });
    expect(r.pairs).toBe(3); // A–B, A–C, B–C
    expect(r.paths).toEqual([
      { stages: [2, 0], label: "2→0", count: 2 },
      { stages: [2, 5, 7], label: "2→5→7", count: 1 },
    ]);
    // Moves: 0→2 three times (formation), 2→0 twice (C exits), 2→5 and 5→7 once each.
    expect(cell(r.matrix, 0, 2)).toBe(3);
    expect(cell(r.matrix, 2, 0)).toBe(2);
    expect(cell(r.matrix, 2, 5)).toBe(1);
    expect(cell(r.matrix, 5, 7)).toBe(1);
    expect(r.matrix.flat().reduce((a, b) => a + b, 0)).toBe(7);
    expect(r.matrix).toHaveLength(8);
  });

  it("stops each history at `to` and counts only moves from `from` on in the matrix", () => {
    expect(
      transitionsOf(input, { to: "2006-01-01" }).paths.find((p) => p.label.startsWith("2→5"))
        ?.label,
    ).toBe("2→5");
    const r = transitionsOf(input, { from: "2005-01-01", to: "2012-12-31" });
    expect(r.matrix.flat().reduce((a, b) => a + b, 0)).toBe(2); // 2→5 and 5→7
  });

  it("applies deepened events to the partnership's stage", () => {
    const deepened = buildEvent("D", "2007-01-01", "deepened", ["A", "B"], {
      partnership: "G",
      stage: 6,
    });
    const r = transitionsOf({ ...input, events: [merger, deepened] }, { to: "2012-12-31" });
    expect(r.paths.map((p) => p.label)).toContain("2→5→6→7");
    expect(cell(r.matrix, 5, 6)).toBe(1);
  });

  it("is empty for a landscape without partnerships, and rejects from after to", () => {
    expect(transitionsOf(buildLandscape({}), { to: "2012-01-01" })).toMatchObject({
      pairs: 0,
      paths: [],
      empty: true,
    });
    expect(() => transitionsOf(input, { from: "2013-01-01", to: "2012-01-01" })).toThrow(
      /must not be after/,
    );
  });
});
