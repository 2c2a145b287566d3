import { describe, expect, it } from "vitest";
import type { OutcomeFramework } from "../../../../src/shared/outcomes.ts";
import { outcomeFrameworkInputSchema } from "../../../../src/shared/outcomes.ts";
import { draftOf, emptyFramework, inputOf } from "./framework-draft.ts";

const stored: OutcomeFramework = {
  id: "f1",
  title: "Navigators",
  partnership: null,
  contract: "c1",
  supplyChain: null,
  involvement: "collaborate",
  evidence: ["e1"],
  outcomes: [
    {
      id: "o1",
      title: "Less lonely",
      setBy: "users",
      indicators: [
        { id: "i1", name: "Loneliness", unit: "points", baseline: 6, direction: "lower_is_better" },
      ],
    },
  ],
  createdAt: "2026-01-01T00:00:00Z",
  updatedAt: "2026-01-01T00:00:00Z",
  createdBy: null,
};

describe("outcome framework drafts", () => {
  it("round-trips a stored framework: its contract stays the one target, a missing target stays out", () => {
    const draft = draftOf(stored);
    expect(draft.target).toEqual({ kind: "contract", id: "c1" });
    expect(draft.outcomes[0]!.indicators[0]).toMatchObject({ baseline: "6", target: "" });
    const input = inputOf(draft);
    expect(input).toMatchObject({ partnership: null, contract: "c1", supplyChain: null });
    const parsed = outcomeFrameworkInputSchema.parse(JSON.parse(JSON.stringify(input)));
    expect(parsed.outcomes[0]!.indicators[0]).toEqual(stored.outcomes[0]!.indicators[0]);
  });

  it("gives new outcomes and indicators ids from their names and sends typed numbers as numbers", () => {
    const draft = emptyFramework({ kind: "partnership", id: "p1" });
    draft.title = "New";
    draft.outcomes[0] = {
      ...draft.outcomes[0]!,
      title: "People in work",
      indicators: [
        { ...draft.outcomes[0]!.indicators[0]!, name: "In work", unit: "people", target: "40" },
      ],
    };
    const input = inputOf(draft) as {
      partnership: string;
      outcomes: { id: string; indicators: { id: string; target: number; baseline?: number }[] }[];
    };
    expect(input.partnership).toBe("p1");
    expect(input.outcomes[0]!.id).toMatch(/^people-in-work-[a-z0-9]{4}$/);
    expect(input.outcomes[0]!.indicators[0]!.id).toMatch(/^in-work-[a-z0-9]{4}$/);
    expect(input.outcomes[0]!.indicators[0]!.target).toBe(40);
    expect(input.outcomes[0]!.indicators[0]!.baseline).toBeUndefined();
    expect(outcomeFrameworkInputSchema.safeParse(input).success).toBe(true);
  });
});
