import { describe, expect, it } from "vitest";
import type { CoproductionProposal } from "../../../../src/shared/coproduction.ts";
import {
  proposalEdited,
  proposalErrorsOf,
  proposalsWithout,
  removalInWords,
} from "./proposal-draft.ts";

const p = (
  id: string,
  communityRank: number | null,
  steeringRank: number | null,
): CoproductionProposal => ({
  id,
  title: id.toUpperCase(),
  description: "",
  communityRank,
  steeringRank,
});

// The demo's six proposals: community 1, 3, 2, 5, 4, 6 and steering group 2, 1, 4, 3, 5, 6.
const demo = [
  p("nav", 1, 2),
  p("door", 3, 1),
  p("drop", 2, 4),
  p("aid", 5, 3),
  p("dir", 4, 5),
  p("eve", 6, 6),
];
const ranks = (list: CoproductionProposal[]) =>
  list.map((x) => [x.id, x.communityRank, x.steeringRank]);

describe("deleting a co-design proposal", () => {
  it("closes each side's gap in the same order and lists every rank it moved", () => {
    // 'door' held community 3 and steering 1: ranks above 3 and above 1 move up one place.
    const { proposals, changes } = proposalsWithout(demo, "door");
    expect(ranks(proposals)).toEqual([
      ["nav", 1, 1],
      ["drop", 2, 3],
      ["aid", 4, 2],
      ["dir", 3, 4],
      ["eve", 5, 5],
    ]);
    expect(changes.filter((c) => c.side === "communityRank")).toEqual([
      { title: "AID", side: "communityRank", from: 5, to: 4 },
      { title: "DIR", side: "communityRank", from: 4, to: 3 },
      { title: "EVE", side: "communityRank", from: 6, to: 5 },
    ]);
    expect(changes.filter((c) => c.side === "steeringRank")).toHaveLength(5);
  });

  it("keeps ties tied, leaves unranked proposals unranked and leaves the input alone", () => {
    // Community 1, 2, 2, 4 and one unranked; deleting the first leaves 1, 1, 3.
    const list = [p("a", 1, null), p("b", 2, 1), p("c", 2, 2), p("d", 4, null), p("e", null, 3)];
    const { proposals } = proposalsWithout(list, "a");
    expect(ranks(proposals)).toEqual([
      ["b", 1, 1],
      ["c", 1, 2],
      ["d", 3, null],
      ["e", null, 3],
    ]);
    expect(list[1]?.communityRank).toBe(2);
  });

  it("renumbers nothing when the last-placed proposal goes", () => {
    const { proposals, changes } = proposalsWithout(demo, "eve");
    expect(changes).toEqual([]);
    expect(proposals).toHaveLength(5);
    expect(removalInWords("EVE", changes)).toBe(
      'The proposal "EVE" was deleted. No other rank needed renumbering.',
    );
  });

  it("says what was renumbered, side by side", () => {
    const { changes } = proposalsWithout([p("x", 1, 2), p("y", 2, 1)], "x");
    expect(removalInWords("X", changes)).toBe(
      'The proposal "X" was deleted. The ranks left were renumbered in the same order so each ' +
        "side's run 1, 2, 3… without gaps: the community's ranks \"Y\" 2 → 1.",
    );
  });
});

describe("editing a proposal", () => {
  it("changes only the title and description", () => {
    const edited = proposalEdited(demo[0]!, { title: "Navigators", description: "Walk along" });
    expect(edited).toEqual({
      id: "nav",
      title: "Navigators",
      description: "Walk along",
      communityRank: 1,
      steeringRank: 2,
    });
  });

  it("maps the server's problems of the edited proposal to its own fields", () => {
    const errors = proposalErrorsOf(
      {
        "$.proposals[2].title": "must not be empty",
        "$.proposals[0].title": "must not be empty",
        "$.proposals[2]": '"drop" is repeated',
      },
      2,
    );
    expect(errors).toEqual({
      "$.title": "must not be empty",
      "$.proposals[0].title": "must not be empty",
    });
  });
});
