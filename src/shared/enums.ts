/**
 * The ubiquitous language's enumerations: exact identifiers (API, exchange format, CLI) and the
 * labels people read. Identifiers never change; labels may.
 */

/**
 * Sectors of the economy an organisation belongs to; 'unknown' where the source cannot tell (an
 * imported grant recipient known only by a company number).
 */
export const SECTORS = ["public", "private", "third", "unknown"] as const;
export type Sector = (typeof SECTORS)[number];

/** Kinds of organisation. */
export const ORGANISATION_KINDS = [
  "housing_association",
  "charity",
  "social_enterprise",
  "community_enterprise",
  "mutual",
  "local_authority",
  "nhs_body",
  "central_government",
  "regulator",
  "umbrella_body",
  "private_company",
  "lender",
  "other",
] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

/** UK nations. */
export const NATIONS = ["england", "wales", "scotland", "northern_ireland"] as const;
export type Nation = (typeof NATIONS)[number];

/** Partnership forms (the paper's structures list and Table 1; docs/domain/forms-and-functions.md). */
export const FORMS = [
  "prime_contractor_supply_chain",
  "joint_bidding_consortium",
  "procurement_group",
  "procurement_consortium",
  "investment_partnering_consortium",
  "joint_venture_building_company",
  "shared_services_organisation",
  "umbrella_body",
  "group_structure",
  "merger",
  "association",
  "private_sector_partnership",
  "public_sector_partnership",
  "neighbourhood_services_collaboration",
  "values_led_partnership",
  "support_partnership",
  "community_coproduction",
  "multi_provider_award",
  "other",
] as const;
export type Form = (typeof FORMS)[number];

/** Functions a partnership serves ('form follows function'). */
export const FUNCTIONS = [
  "buying",
  "selling",
  "sharing_services",
  "growing",
  "diversifying",
  "community_involvement",
  "lobbying",
] as const;
export type PartnershipFunction = (typeof FUNCTIONS)[number];

/** Whether partners sit side by side or in a chain. */
export const DIRECTIONS = ["horizontal", "vertical"] as const;
export type Direction = (typeof DIRECTIONS)[number];

/** Whether a partnership was imposed or chosen. */
export const ORIGINS = ["mandated", "voluntary"] as const;
export type Origin = (typeof ORIGINS)[number];

/** Roles an organisation plays in a partnership. */
export const ROLES = [
  "lead",
  "member",
  "prime",
  "tier1",
  "tier2",
  "parent",
  "subsidiary",
  "commissioner",
  "steering",
] as const;
export type Role = (typeof ROLES)[number];

/** Life-cycle event types. */
export const EVENT_TYPES = [
  "formed",
  "joined",
  "left",
  "deepened",
  "loosened",
  "merged",
  "transfer_of_engagements",
  "group_formed",
  "group_joined",
  "demerged",
  "dissolved",
  "exited",
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

/** How a contract pays its providers. */
export const PAYMENT_MECHANISMS = ["grant", "fee", "activity_based", "outcome_based"] as const;
export type PaymentMechanism = (typeof PAYMENT_MECHANISMS)[number];

/** Kinds of evidence item. */
export const EVIDENCE_KINDS = ["quote", "document", "metric", "observation"] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];

/** Themes evidence is coded to: the paper's findings plus barrier classes. */
export const THEMES = [
  "complexity",
  "competition_trust",
  "culture",
  "accountability_user_voice",
  "evidence_outcomes",
  "lifecycle",
  "formation",
  "implementation",
  "best_form",
] as const;
export type Theme = (typeof THEMES)[number];

/** The partnership continuum, 0 (most autonomy) to 7 (least): Figure 1 of the paper. */
export const CONTINUUM_STAGES = [0, 1, 2, 3, 4, 5, 6, 7] as const;
export type ContinuumStage = (typeof CONTINUUM_STAGES)[number];
