import { describe, expect, it } from "vitest";
import { instrumentSchema } from "../../shared/instruments.ts";
import { responseProblems } from "./check.ts";
import { SHIPPED_INSTRUMENTS, shippedInstrument } from "./instruments/index.ts";
import { bandOf, itemScore, respondentScores } from "./scores.ts";
import { instrumentCopy, instrumentNextVersion } from "./versions.ts";

const get = (id: string) => shippedInstrument(id)!;

describe("the shipped instruments", () => {
  it("are valid instruments with the structure of their sources", () => {
    for (const i of SHIPPED_INSTRUMENTS)
      expect(instrumentSchema.safeParse(i).success, i.id).toBe(true);
    expect(get("six-principles").dimensions).toHaveLength(6);
    const factors = get("collaboration-factors");
    expect(factors.dimensions).toHaveLength(20);
    expect(new Set(factors.dimensions.map((d) => d.category)).size).toBe(6);
    expect(factors.items).toHaveLength(40);
    expect(factors.bandsNote).toMatch(/commonly cited, unverified/);
    expect(get("partnership-analysis").items).toHaveLength(35);
    expect(get("levels-of-collaboration")).toMatchObject({
      kind: "pairwise",
      scale: { min: 0, max: 5 },
    });
  });

  it("reads the partnership analysis total against its three bands: 35–84, 85–126, 127–175", () => {
    const bands = get("partnership-analysis").bands;
    expect(bandOf(35, bands)).toBe("Reconsider the partnership");
    expect(bandOf(84.5, bands)).toBe("Reconsider the partnership");
    expect(bandOf(85, bands)).toBe("Heading the right way, more work needed");
    expect(bandOf(127, bands)).toBe("Genuinely collaborative");
    expect(bandOf(175, bands)).toBe("Genuinely collaborative");
    expect(bandOf(34, bands)).toBeNull();
    // 35 answers of 4: total 140, in the top band.
    const all4 = Object.fromEntries(get("partnership-analysis").items.map((i) => [i.id, 4]));
    expect(respondentScores(get("partnership-analysis"), all4).total).toBe(140);
  });

  it("reads a factor mean of 4.0 as a strength, 3.0–3.9 borderline, under 3.0 a concern", () => {
    const bands = get("collaboration-factors").dimensionBands;
    expect([4, 3.95, 3, 2.99].map((x) => bandOf(x, bands))).toEqual([
      "strength",
      "borderline",
      "borderline",
      "concern",
    ]);
  });

  it("flips a reversed item: 2 on 1–5 scores 1 + 5 − 2 = 4", () => {
    expect(itemScore(2, true, { min: 1, max: 5 })).toBe(4);
    expect(itemScore(2, false, { min: 1, max: 5 })).toBe(2);
  });
});

describe("copies and versions", () => {
  it("gives a copy a new id at version 1 and leaves the original alone", () => {
    const copy = instrumentCopy(get("six-principles"), "our-assessment", "Ours");
    expect(copy).toMatchObject({ id: "our-assessment", version: 1, name: "Ours" });
    copy.items[0]!.text = "changed";
    expect(get("six-principles").items[0]!.text).not.toBe("changed");
  });

  it("numbers an edit one above the latest version", () => {
    expect(instrumentNextVersion(get("six-principles"), 3).version).toBe(4);
  });
});

describe("checking a response", () => {
  const ins = get("six-principles");
  const ok = { partner: "P", wave: "w1", answers: { "need-1": 4, "need-2": null } };

  it("accepts answers on the scale and 'don't know'", () => {
    expect(responseProblems(ins, ["P", "Q"], ["w1"], ok, "respondent 1")).toEqual([]);
  });

  it("names the respondent and item of each problem", () => {
    const bad = {
      partner: "X",
      wave: "w9",
      answers: { "need-1": 6, nope: 3, "need-2": 2.5 },
      ratings: { P: 3 },
    };
    const problems = responseProblems(ins, ["P", "Q"], ["w1"], bad, "respondent 1");
    expect(problems.map((p) => p.path)).toEqual([
      "$.organisation",
      "$.wave",
      "$.answers.need-1",
      "$.answers.nope",
      "$.answers.need-2",
      "$.ratings.P",
    ]);
    expect(problems[2]!.message).toBe('respondent 1: item "need-1": 6 is outside the scale 1–5');
  });

  it("refuses a rating of oneself", () => {
    const pair = get("levels-of-collaboration");
    const self = { partner: "P", wave: "w1", answers: {}, ratings: { P: 3, Q: 6 } };
    const problems = responseProblems(pair, ["P", "Q"], ["w1"], self, "P");
    expect(problems.map((p) => p.message)).toEqual([
      "P: a partner cannot rate itself",
      'P: rating of "Q": 6 is outside the scale 0–5',
    ]);
  });
});
