import { describe, expect, it } from "vitest";
import type { CoproductionProposal } from "../../shared/coproduction.ts";
import { agreementBand, kendallTauB, midRanks, rankAgreement, spearmanRho } from "./index.ts";

const proposal = (id: string, communityRank: number | null, steeringRank: number | null) =>
  ({ id, title: id, description: "", communityRank, steeringRank }) as CoproductionProposal;

describe("rank agreement between the community and the steering group", () => {
  it("gives tied values the mean of the ranks they span", () => {
    // 20 and 20 take ranks 2 and 3, so each gets 2.5.
    expect(midRanks([10, 20, 20, 30])).toEqual([1, 2.5, 2.5, 4]);
    expect(midRanks([3, 1, 2])).toEqual([3, 1, 2]);
  });

  it("works out rho and tau for two swapped pairs by hand", () => {
    // Community 1..5, steering group 2,1,4,3,5: d = −1, 1, −1, 1, 0, Σd² = 4,
    // rho = 1 − 6·4 / (5·(25 − 1)) = 1 − 24/120 = 0.8. Of the 10 pairs, (A,B) and (C,D) are
    // discordant, 8 concordant: tau = (8 − 2) / 10 = 0.6.
    const a = [1, 2, 3, 4, 5];
    const b = [2, 1, 4, 3, 5];
    expect(spearmanRho(a, b)).toBeCloseTo(0.8, 12);
    expect(kendallTauB(a, b)).toBeCloseTo(0.6, 12);
  });

  it("is −1 for opposite rankings and 1 for identical ones", () => {
    expect(spearmanRho([1, 2, 3], [3, 2, 1])).toBeCloseTo(-1, 12);
    expect(kendallTauB([1, 2, 3], [3, 2, 1])).toBeCloseTo(-1, 12);
    expect(spearmanRho([1, 2, 3], [1, 2, 3])).toBeCloseTo(1, 12);
  });

  it("handles a tie on one side exactly (mid-ranks for rho, tau-b for tau)", () => {
    // Community 1,1,3,4 → mid-ranks 1.5,1.5,3,4; steering 1,2,3,4. Deviations from 2.5:
    // (−1, −1, 0.5, 1.5) and (−1.5, −0.5, 0.5, 1.5): Σab = 4.5, Σa² = 4.5, Σb² = 5,
    // rho = 4.5 / √(4.5·5) = √0.9. Tau-b: 6 pairs, 1 tied in the community's ranks, the other
    // 5 concordant: 5 / √((6 − 1)(6 − 0)) = 5 / √30.
    expect(spearmanRho([1, 1, 3, 4], [1, 2, 3, 4])).toBeCloseTo(Math.sqrt(0.9), 12);
    expect(kendallTauB([1, 1, 3, 4], [1, 2, 3, 4])).toBeCloseTo(5 / Math.sqrt(30), 12);
  });

  it("has no coefficient with fewer than two items or no variation", () => {
    expect(spearmanRho([1], [1])).toBeNull();
    expect(spearmanRho([1, 1], [1, 2])).toBeNull();
    expect(kendallTauB([1, 1], [1, 2])).toBeNull();
  });

  it("bands rho at 0.7, 0.3 and −0.3", () => {
    expect(agreementBand(0.8)).toBe("agree");
    expect(agreementBand(0.7)).toBe("agree");
    expect(agreementBand(0.5)).toBe("partly_agree");
    expect(agreementBand(0)).toBe("little_agreement");
    expect(agreementBand(-0.3)).toBe("disagree");
    expect(agreementBand(null)).toBeNull();
  });

  it("compares only proposals both sides ranked, and names each proposal's difference", () => {
    const result = rankAgreement([
      proposal("a", 1, 2),
      proposal("b", 2, 1),
      proposal("c", 3, 4),
      proposal("d", 4, 3),
      proposal("e", 5, 5),
      proposal("f", 6, null),
      proposal("g", 1, 4),
    ]);
    // a–e are the five of the hand-worked case above (rho 0.8); g (1 vs 4) joins them: compared 6.
    expect(result.compared).toBe(6);
    const by = Object.fromEntries(result.proposals.map((p) => [p.id, p]));
    expect(by.a).toMatchObject({ difference: -1, agreement: "close" });
    expect(by.e).toMatchObject({ difference: 0, agreement: "same" });
    expect(by.f).toMatchObject({ difference: null, agreement: "not_ranked_by_both" });
    expect(by.g).toMatchObject({ difference: -3, agreement: "differ" });
    const five = rankAgreement([
      proposal("a", 1, 2),
      proposal("b", 2, 1),
      proposal("c", 3, 4),
      proposal("d", 4, 3),
      proposal("e", 5, 5),
      proposal("f", 6, null),
    ]);
    expect(five.compared).toBe(5);
    expect(five.spearman).toBeCloseTo(0.8, 12);
    expect(five.kendall).toBeCloseTo(0.6, 12);
    expect(five.band).toBe("agree");
  });
});
