import { describe, expect, it } from "vitest";
import type { MerlinRelation } from "../../shared/merlin.ts";
import { merlinConfidentialScoresOf, type OrganisationAnswers } from "./merlin-organisations.ts";

const many = (
  n: number,
  organisation: string | null,
  relation: MerlinRelation,
  value: number,
): OrganisationAnswers[] =>
  Array.from({ length: n }, () => ({ organisation, relation, answers: { "design-1": value } }));

const org = (r: ReturnType<typeof merlinConfidentialScoresOf>, id: string | null) =>
  r.byOrganisation.find((g) => g.organisation === id)!;
const rel = (r: ReturnType<typeof merlinConfidentialScoresOf>, relation: MerlinRelation) =>
  r.byRelation.find((g) => g.relation === relation)!;

describe("the three-respondent rule per organisation", () => {
  // A 3 × agree(4), B 3 × strongly agree(5), C 1 × strongly disagree(1), all present partners.
  const threeOrgs = [
    ...many(3, "a", "present", 4),
    ...many(3, "b", "present", 5),
    ...many(1, "c", "present", 1),
  ];

  it("never shows a lone respondent's organisation, nor enough to subtract it from the total", () => {
    const r = merlinConfidentialScoresOf(threeOrgs, null);
    // Overall: (3·4 + 3·5 + 1 − 7) ÷ (4·7) = 21/28 = 75%.
    expect(r.withheld).toBe(false);
    expect(r.overall?.percent).toBeCloseTo(75, 9);
    expect(org(r, "c")).toMatchObject({ respondents: 1, withheld: true, overall: null });
    // Showing both A and B would give C as total − A − B: one of them (A, listed first) is held back.
    expect(org(r, "a")).toMatchObject({ respondents: 3, withheld: true });
    expect(org(r, "b")).toMatchObject({ respondents: 3, withheld: false });
    expect(org(r, "b").overall?.percent).toBe(100); // (5 − 1) ÷ 4
  });

  it("shows a member their own organisation's aggregate whatever its size", () => {
    const r = merlinConfidentialScoresOf(threeOrgs, "c");
    expect(org(r, "c")).toMatchObject({ own: true, withheld: false, respondents: 1 });
    expect(org(r, "c").overall?.percent).toBe(0); // (1 − 1) ÷ 4
    expect(org(r, "a").withheld).toBe(false);
    expect(org(r, "b").withheld).toBe(false);
  });

  it("shows every organisation of three or more when nothing can be subtracted", () => {
    const r = merlinConfidentialScoresOf(
      [...many(3, "a", "present", 4), ...many(4, "b", "past", 2)],
      null,
    );
    expect(org(r, "a")).toMatchObject({ withheld: false, respondents: 3 });
    expect(org(r, "b").overall?.percent).toBe(25); // (2 − 1) ÷ 4
    expect(rel(r, "past").withheld).toBe(false);
  });

  it("closes the cross-tab gap: present + past − organisation A would be C's lone answer", () => {
    const r = merlinConfidentialScoresOf(
      [...many(3, "a", "present", 4), ...many(3, "a", "past", 4), ...many(1, "c", "present", 1)],
      null,
    );
    // Relations present (4) and past (3) and organisation A (6) each pass the rule alone, but
    // together isolate C: A is held back (withholding it alone is enough).
    expect(org(r, "a").withheld).toBe(true);
    expect(org(r, "c").withheld).toBe(true);
    expect(rel(r, "present").withheld).toBe(false);
    expect(rel(r, "past").withheld).toBe(false);
  });

  it("treats answers entered without an organisation as a group of their own", () => {
    const r = merlinConfidentialScoresOf(
      [...many(3, "a", "present", 4), ...many(2, null, "present", 1)],
      "a",
    );
    // Own A is shown, so total − A would be the two unattributed answers: the total is held back.
    expect(org(r, null)).toMatchObject({ withheld: true, respondents: 2 });
    expect(org(r, "a").withheld).toBe(false);
    expect(r.withheld).toBe(true);
    expect(rel(r, "present").withheld).toBe(true);
  });
});
