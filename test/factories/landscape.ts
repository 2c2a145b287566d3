import type { LandscapeInput } from "../../src/engine/landscape/as-of.ts";
import type {
  Fact,
  LifecycleEvent,
  Membership,
  Organisation,
  Partnership,
} from "../../src/shared/index.ts";

/**
 * Builds an organisation for tests and examples; `homes` gives one fact per [year, homes] pair.
 * @example buildOrganisation("A", [[2000, 100]]).facts[0].homes // 100
 */
export function buildOrganisation(
  id: string,
  homes: [number, number | null][] = [[2000, 100]],
  overrides: Partial<Organisation> = {},
): Organisation {
  const facts: Fact[] = homes.map(([year, h]) => ({
    year,
    homes: h,
    turnover: h === null ? null : h * 5000,
    staff: h === null ? null : h / 20,
  }));
  return {
    id,
    name: `Organisation ${id}`,
    otherNames: [],
    sector: "third",
    kind: "housing_association",
    nation: "england",
    fields: [],
    identifiers: [],
    illustrative: true,
    facts,
    ...overrides,
  };
}

/**
 * A membership for tests: member from `joined` (null = always) until `left`.
 * @example buildMembership("A", "parent").role // "parent"
 */
export function buildMembership(
  organisation: string,
  role: Membership["role"] = "member",
  joined: string | null = null,
  left: string | null = null,
  overrides: Partial<Membership> = {},
): Membership {
  return {
    organisation,
    role,
    joined,
    left,
    shareOfValue: null,
    shareOfTurnover: null,
    shareOfStaff: null,
    ...overrides,
  };
}

/**
 * A partnership for tests (a consortium at stage 2 unless overridden).
 * @example buildPartnership("P", [buildMembership("A")]).stage // 2
 */
export function buildPartnership(
  id: string,
  members: Membership[],
  overrides: Partial<Partnership> = {},
): Partnership {
  return {
    id,
    name: `Partnership ${id}`,
    form: "joint_bidding_consortium",
    direction: "horizontal",
    origin: "voluntary",
    stage: 2,
    functions: ["selling"],
    commissioner: null,
    start: null,
    end: null,
    description: null,
    integration: [],
    members,
    ...overrides,
  };
}

/**
 * A life-cycle event for tests.
 * @example buildEvent("E", "2005-01-01", "merged", ["A", "B"], { dissolves: ["B"] }).type // "merged"
 */
export function buildEvent(
  id: string,
  date: string,
  type: LifecycleEvent["type"],
  organisations: string[],
  overrides: Partial<LifecycleEvent> = {},
): LifecycleEvent {
  return {
    id,
    date,
    type,
    partnership: null,
    organisations,
    dissolves: [],
    stage: null,
    note: null,
    ...overrides,
  };
}

/**
 * A landscape from parts, for tests.
 * @example buildLandscape({ organisations: [buildOrganisation("A")] }).events // []
 */
export function buildLandscape(parts: Partial<LandscapeInput>): LandscapeInput {
  return { organisations: [], partnerships: [], events: [], ...parts };
}
