import type { Membership, Partnership } from "../../shared/index.ts";

/** A membership with the optional fields at their defaults. */
export function membershipOf(
  organisation: string,
  role: Membership["role"],
  joined: string | null,
  left: string | null = null,
): Membership {
  const safeLeft = joined && left && left < joined ? joined : left;
  return {
    organisation,
    role,
    joined,
    left: safeLeft,
    shareOfValue: null,
    shareOfTurnover: null,
    shareOfStaff: null,
  };
}

/** The fields every imported partnership shares; forms differ in direction, origin and stage. */
function partnershipOf(
  base: Pick<
    Partnership,
    | "id"
    | "name"
    | "form"
    | "direction"
    | "origin"
    | "stage"
    | "functions"
    | "commissioner"
    | "start"
    | "end"
    | "description"
    | "members"
  >,
): Partnership {
  return { ...base, integration: [] };
}

/**
 * Several suppliers on one award: a framework, panel or dynamic purchasing system set up by the
 * commissioner (continuum stage 1, collaborative working at most) — not a consortium.
 * @example multiProviderAwardOf({ id: "c1", title: "Repairs", commissioner: "b", start: null, end: null }, members).form // "multi_provider_award"
 */
export function multiProviderAwardOf(
  contract: {
    id: string;
    title: string;
    commissioner: string | null;
    start: string | null;
    end: string | null;
  },
  members: Membership[],
): Partnership {
  return partnershipOf({
    id: `${contract.id}-panel`,
    name: `${contract.title} (framework / panel)`.slice(0, 500),
    form: "multi_provider_award",
    direction: "horizontal",
    origin: "mandated",
    stage: 1,
    functions: ["selling"],
    commissioner: contract.commissioner,
    start: contract.start,
    end: contract.end,
    description: "Several suppliers on one award (framework, panel or DPS), from OCDS.",
    members,
  });
}

/**
 * Joint tenderers on one bid (OCDS bids extension): a joint bidding consortium (stage 2).
 * @example jointBiddingConsortiumOf("ocds-x-bid-1", "Bid 1 for Care", "b", "2020-01-01", ["o1", "o2"]).members[0].role // "lead"
 */
export function jointBiddingConsortiumOf(
  id: string,
  name: string,
  commissioner: string | null,
  date: string | null,
  tenderers: readonly string[],
): Partnership {
  return partnershipOf({
    id,
    name: name.slice(0, 500),
    form: "joint_bidding_consortium",
    direction: "horizontal",
    origin: "voluntary",
    stage: 2,
    functions: ["selling"],
    commissioner,
    start: date,
    end: null,
    description: "Joint tenderers on one bid, from the OCDS bids extension.",
    members: tenderers.map((t, i) => membershipOf(t, i === 0 ? "lead" : "member", date)),
  });
}

/**
 * Main contractors and their subcontractors on an award (OCDS subcontracting extension): a prime
 * contractor supply chain (stage 3) with prime and tier 1 memberships.
 * @example primeSupplyChainOf(contract, ["p"], ["s1"]).members.map((m) => m.role) // ["prime", "tier1"]
 */
export function primeSupplyChainOf(
  contract: {
    id: string;
    title: string;
    commissioner: string | null;
    start: string | null;
    end: string | null;
  },
  primes: readonly string[],
  subcontractors: readonly string[],
): Partnership {
  const members = [
    ...primes.map((p) => membershipOf(p, "prime", contract.start)),
    ...subcontractors
      .filter((s) => !primes.includes(s))
      .map((s) => membershipOf(s, "tier1", contract.start)),
  ];
  return partnershipOf({
    id: `${contract.id}-supply-chain`,
    name: `${contract.title} (supply chain)`.slice(0, 500),
    form: "prime_contractor_supply_chain",
    direction: "vertical",
    origin: "voluntary",
    stage: 3,
    functions: ["selling"],
    commissioner: contract.commissioner,
    start: contract.start,
    end: contract.end,
    description: "Prime contractor and subcontractors, from the OCDS subcontracting extension.",
    members,
  });
}
