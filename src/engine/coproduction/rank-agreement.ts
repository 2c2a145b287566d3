import type { CoproductionProposal } from "../../shared/coproduction.ts";
import type { RankAgreement } from "../../shared/coproduction-results.ts";

/** Mid-ranks of `values` (1 = smallest): tied values share the mean of the ranks they span. */
export function midRanks(values: readonly number[]): number[] {
  const order = values.map((v, i) => ({ v, i })).sort((a, b) => a.v - b.v);
  const ranks = new Array<number>(values.length);
  for (let start = 0; start < order.length; ) {
    let end = start;
    while (end + 1 < order.length && order[end + 1]!.v === order[start]!.v) end += 1;
    // Positions start..end (0-based) hold ranks start+1..end+1; their mean is shared.
    const shared = (start + end + 2) / 2;
    for (let k = start; k <= end; k += 1) ranks[order[k]!.i] = shared;
    start = end + 1;
  }
  return ranks;
}

/**
 * Spearman's rho as the Pearson correlation of the mid-ranks (exact with ties); null for fewer
 * than two items or when either side gave every item the same rank (no variation to correlate).
 */
export function spearmanRho(a: readonly number[], b: readonly number[]): number | null {
  if (a.length !== b.length || a.length < 2) return null;
  const [ra, rb] = [midRanks(a), midRanks(b)];
  const mean = (ra.length + 1) / 2;
  let sab = 0;
  let saa = 0;
  let sbb = 0;
  for (let i = 0; i < ra.length; i += 1) {
    const [da, db] = [ra[i]! - mean, rb[i]! - mean];
    sab += da * db;
    saa += da * da;
    sbb += db * db;
  }
  return saa === 0 || sbb === 0 ? null : sab / Math.sqrt(saa * sbb);
}

/** Kendall's tau-b (ties on either side leave a pair neither concordant nor discordant). */
export function kendallTauB(a: readonly number[], b: readonly number[]): number | null {
  if (a.length !== b.length || a.length < 2) return null;
  let concordant = 0;
  let discordant = 0;
  let tiedA = 0;
  let tiedB = 0;
  for (let i = 0; i < a.length; i += 1)
    for (let j = i + 1; j < a.length; j += 1) {
      const s = Math.sign(a[i]! - a[j]!) * Math.sign(b[i]! - b[j]!);
      if (a[i] === a[j]) tiedA += 1;
      if (b[i] === b[j]) tiedB += 1;
      if (s > 0) concordant += 1;
      else if (s < 0) discordant += 1;
    }
  const pairs = (a.length * (a.length - 1)) / 2;
  const denominator = Math.sqrt((pairs - tiedA) * (pairs - tiedB));
  return denominator === 0 ? null : (concordant - discordant) / denominator;
}

/** Where rho falls: at least 0.7 agree, 0.3 to 0.7 partly, −0.3 to 0.3 little, below −0.3 disagree. */
export function agreementBand(rho: number | null): RankAgreement["band"] {
  if (rho === null) return null;
  if (rho >= 0.7) return "agree";
  if (rho >= 0.3) return "partly_agree";
  if (rho > -0.3) return "little_agreement";
  return "disagree";
}

/**
 * How the community's and the steering group's rankings of the proposals agree: rho and tau over
 * the proposals both sides ranked, and per proposal the difference of the two given ranks (the same
 * rank 'same', one apart 'close', further 'differ').
 */
export function rankAgreement(proposals: readonly CoproductionProposal[]): RankAgreement {
  const both = proposals.filter((p) => p.communityRank !== null && p.steeringRank !== null);
  const community = both.map((p) => p.communityRank!);
  const steering = both.map((p) => p.steeringRank!);
  const spearman = spearmanRho(community, steering);
  return {
    compared: both.length,
    spearman,
    kendall: kendallTauB(community, steering),
    band: agreementBand(spearman),
    proposals: proposals.map((p) => {
      const ranked = p.communityRank !== null && p.steeringRank !== null;
      const difference = ranked ? p.communityRank! - p.steeringRank! : null;
      const gap = Math.abs(difference ?? 0);
      return {
        id: p.id,
        title: p.title,
        communityRank: p.communityRank,
        steeringRank: p.steeringRank,
        difference,
        agreement: !ranked
          ? "not_ranked_by_both"
          : gap === 0
            ? "same"
            : gap === 1
              ? "close"
              : "differ",
      };
    }),
  };
}
