import {
  type Contract,
  contractSchema,
  type EvidenceItem,
  evidenceItemSchema,
  type LifecycleEvent,
  lifecycleEventSchema,
  type Organisation,
  organisationSchema,
  type Partnership,
  partnershipSchema,
} from "../../src/shared/index.ts";

/** A valid organisation, with `overrides` applied. */
export function buildOrganisation(overrides: Partial<Organisation> = {}): Organisation {
  return organisationSchema.parse({
    id: "GB-CHC-1000001",
    name: "Riverside Housing",
    sector: "third",
    kind: "housing_association",
    nation: "england",
    facts: [{ year: 2010, homes: 1200, turnover: 6_000_000, staff: 40 }],
    ...overrides,
  });
}

/** A valid partnership with no members unless given. */
export function buildPartnership(overrides: Partial<Partnership> = {}): Partnership {
  return partnershipSchema.parse({
    id: "p-consortium",
    name: "Northern Development Consortium",
    form: "investment_partnering_consortium",
    direction: "horizontal",
    origin: "voluntary",
    stage: 2,
    functions: ["buying", "growing"],
    start: "2004-04-01",
    ...overrides,
  });
}

/** A valid life-cycle event. */
export function buildEvent(overrides: Partial<LifecycleEvent> = {}): LifecycleEvent {
  return lifecycleEventSchema.parse({
    id: "e-1",
    date: "2009-04-01",
    type: "formed",
    ...overrides,
  });
}

/** A valid contract. */
export function buildContract(overrides: Partial<Contract> = {}): Contract {
  return contractSchema.parse({
    id: "c-1",
    title: "Supporting People housing support",
    paymentMechanism: "grant",
    value: 64_000_000,
    ...overrides,
  });
}

/** A valid evidence item. */
export function buildEvidence(overrides: Partial<EvidenceItem> = {}): EvidenceItem {
  return evidenceItemSchema.parse({
    id: "ev-1",
    kind: "quote",
    text: "Savings are rarely tracked beyond a few years.",
    source: "Paper §5",
    themes: ["evidence_outcomes"],
    ...overrides,
  });
}
