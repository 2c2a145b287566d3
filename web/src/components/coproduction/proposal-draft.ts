import type { CoproductionProposal } from "../../../../src/shared/coproduction.ts";
import type { FieldErrors } from "../../lib/validation.ts";

/** A proposal's title and description as its editor holds them. */
export interface ProposalDraft {
  title: string;
  description: string;
}

/** The two sides that rank proposals. */
export type RankSide = "communityRank" | "steeringRank";

/** One rank that a removal renumbered: whose proposal, which side, from and to. */
export interface RankChange {
  title: string;
  side: RankSide;
  from: number;
  to: number;
}

const SIDES: readonly RankSide[] = ["communityRank", "steeringRank"];
const SIDE_WORDS: Record<RankSide, string> = {
  communityRank: "the community's",
  steeringRank: "the steering group's",
};

/** A stored proposal with its edited title and description (its id and ranks kept). */
export function proposalEdited(p: CoproductionProposal, d: ProposalDraft): CoproductionProposal {
  return { ...p, title: d.title, description: d.description };
}

/**
 * The proposals without `id`, each side's remaining ranks renumbered in the same order so they run
 * 1, 2, 3… without gaps: a rank becomes 1 + the number of proposals that side put strictly ahead,
 * so ties stay ties (1, 2, 2, 4) and a proposal either side left unranked stays unranked.
 */
export function proposalsWithout(
  proposals: readonly CoproductionProposal[],
  id: string,
): { proposals: CoproductionProposal[]; changes: RankChange[] } {
  const left = proposals.filter((p) => p.id !== id).map((p) => ({ ...p }));
  const changes: RankChange[] = [];
  for (const side of SIDES) {
    const given = left.map((p) => p[side]).filter((r): r is number => r !== null);
    for (const p of left) {
      const from = p[side];
      if (from === null) continue;
      const to = 1 + given.filter((r) => r < from).length;
      if (to === from) continue;
      p[side] = to;
      changes.push({ title: p.title, side, from, to });
    }
  }
  return { proposals: left, changes };
}

/** What a removal did, in words: which proposal went and each rank that was renumbered. */
export function removalInWords(title: string, changes: readonly RankChange[]): string {
  const removed = `The proposal "${title}" was deleted.`;
  if (changes.length === 0) return `${removed} No other rank needed renumbering.`;
  const parts = SIDES.flatMap((side) => {
    const own = changes.filter((c) => c.side === side);
    if (own.length === 0) return [];
    const moves = own.map((c) => `"${c.title}" ${c.from} → ${c.to}`).join(", ");
    return [`${SIDE_WORDS[side]} ranks ${moves}`];
  });
  return `${removed} The ranks left were renumbered in the same order so each side's run 1, 2, 3… without gaps: ${parts.join("; ")}.`;
}

/**
 * The server checks the whole list, so its problems name `$.proposals[i]…`: those of the edited
 * proposal (at `index`) become its form's own (`$.title`); a problem elsewhere keeps its path.
 */
export function proposalErrorsOf(errors: FieldErrors, index: number): FieldErrors {
  const mapped: FieldErrors = {};
  for (const [path, message] of Object.entries(errors)) {
    const match = /^\$\.proposals\[(\d+)\](.*)$/.exec(path);
    const own = match && Number(match[1]) === index ? `$${match[2]}` : path;
    mapped[own === "$" ? "$.title" : own] ??= message;
  }
  return mapped;
}
