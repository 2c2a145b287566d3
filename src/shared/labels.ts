import type {
  ContinuumStage,
  Direction,
  EventType,
  EvidenceKind,
  Form,
  Nation,
  OrganisationKind,
  Origin,
  PartnershipFunction,
  PaymentMechanism,
  Role,
  Sector,
  Theme,
} from "./enums.ts";

/** Labels people read for each identifier of the ubiquitous language. */
export const SECTOR_LABELS: Record<Sector, string> = {
  public: "Public sector",
  private: "Private sector",
  third: "Third sector",
  unknown: "Sector not known",
};

export const KIND_LABELS: Record<OrganisationKind, string> = {
  housing_association: "Housing association",
  charity: "Charity",
  social_enterprise: "Social enterprise",
  community_enterprise: "Community enterprise",
  mutual: "Mutual / co-operative",
  local_authority: "Local authority",
  nhs_body: "NHS body",
  central_government: "Central government",
  regulator: "Regulator",
  umbrella_body: "Umbrella body",
  private_company: "Private company",
  lender: "Lender",
  other: "Other",
};

export const NATION_LABELS: Record<Nation, string> = {
  england: "England",
  wales: "Wales",
  scotland: "Scotland",
  northern_ireland: "Northern Ireland",
};

export const FORM_LABELS: Record<Form, string> = {
  prime_contractor_supply_chain: "Prime contractor supply chain",
  joint_bidding_consortium: "Joint bidding consortium",
  procurement_group: "Procurement group",
  procurement_consortium: "Procurement consortium",
  investment_partnering_consortium: "Investment partnering consortium",
  joint_venture_building_company: "Joint venture building company",
  shared_services_organisation: "Shared services organisation",
  umbrella_body: "Umbrella body / federation",
  group_structure: "Group structure",
  merger: "Merger",
  association: "Association (functional merger)",
  private_sector_partnership: "Private sector partnership",
  public_sector_partnership: "Public sector partnership / place-based commissioning",
  neighbourhood_services_collaboration: "Neighbourhood services collaboration",
  values_led_partnership: "Values-led / CSR partnership",
  support_partnership: "One-to-one support partnership",
  community_coproduction: "Community co-production partnership",
  multi_provider_award: "Multi-provider award (framework, panel)",
  other: "Other",
};

export const FUNCTION_LABELS: Record<PartnershipFunction, string> = {
  buying: "Buying",
  selling: "Selling (bidding)",
  sharing_services: "Sharing services",
  growing: "Growing",
  diversifying: "Diversifying",
  community_involvement: "Community involvement",
  lobbying: "Field-building / lobbying",
};

export const DIRECTION_LABELS: Record<Direction, string> = {
  horizontal: "Horizontal (side by side)",
  vertical: "Vertical (supply chain)",
};

export const ORIGIN_LABELS: Record<Origin, string> = {
  mandated: "Mandated",
  voluntary: "Voluntary",
};

export const ROLE_LABELS: Record<Role, string> = {
  lead: "Lead",
  member: "Member",
  prime: "Prime contractor",
  tier1: "Tier 1 provider",
  tier2: "Tier 2 provider",
  parent: "Parent",
  subsidiary: "Subsidiary",
  commissioner: "Commissioner",
  steering: "Steering group",
};

export const EVENT_TYPE_LABELS: Record<EventType, string> = {
  formed: "Formed",
  joined: "Joined",
  left: "Left",
  deepened: "Deepened",
  loosened: "Loosened",
  merged: "Merged",
  transfer_of_engagements: "Transfer of engagements",
  group_formed: "Group formed",
  group_joined: "Joined a group",
  demerged: "Demerged",
  dissolved: "Dissolved",
  exited: "Exited",
};

export const PAYMENT_MECHANISM_LABELS: Record<PaymentMechanism, string> = {
  grant: "Grant",
  fee: "Fee",
  activity_based: "Activity-based",
  outcome_based: "Outcome-based (payment by results)",
};

export const EVIDENCE_KIND_LABELS: Record<EvidenceKind, string> = {
  quote: "Quote",
  document: "Document",
  metric: "Metric",
  observation: "Observation",
};

export const THEME_LABELS: Record<Theme, string> = {
  complexity: "Complexity",
  competition_trust: "Competition and trust",
  culture: "Culture",
  accountability_user_voice: "Accountability and user voice",
  evidence_outcomes: "Evidence and outcomes",
  lifecycle: "Life-cycle",
  formation: "Barrier: formation",
  implementation: "Barrier: implementation",
  best_form: "Barrier: best form",
};

/** The continuum stages 0–7 (docs/domain/continuum.md, after Mullins & Craig 2005). */
export const STAGE_LABELS: Record<ContinuumStage, string> = {
  0: "Stand-alone",
  1: "Informal network / collaborative working",
  2: "Limited-purpose alliance or consortium",
  3: "Contractual supply chain / lead partner",
  4: "Joint venture or shared-services vehicle",
  5: "Group structure (federal)",
  6: "Group structure (integrated) / association",
  7: "Full merger",
};
