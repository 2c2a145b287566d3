/**
 * The default codebook every workspace starts with: the research paper's themes (same ids as the
 * older fixed theme list, so coded evidence keeps its meaning), the drivers of partnership (the
 * paper's top-down and bottom-up split) and the classes of barrier interviewees named. Our wording.
 */

/** One default code as data (no defaults applied: every field written out). */
export interface DefaultCode {
  id: string;
  name: string;
  description: string;
  parent: string | null;
  colour: string | null;
}

const c = (
  id: string,
  parent: string | null,
  name: string,
  description: string,
  colour: string | null = null,
): DefaultCode => ({
  id,
  name,
  description,
  parent,
  colour,
});

/** The default codebook, parents before children. */
export const DEFAULT_CODEBOOK: readonly DefaultCode[] = [
  c(
    "themes",
    null,
    "Themes of the paper",
    "Cross-cutting findings the evidence speaks to.",
    "#4c6ef5",
  ),
  c(
    "complexity",
    "themes",
    "Complexity",
    "Organisations in several forms of partnership at once; messier than any single model.",
  ),
  c(
    "competition_trust",
    "themes",
    "Competition and trust",
    "How competing for contracts sits with working on trust.",
  ),
  c(
    "culture",
    "themes",
    "Culture",
    "Differences in ways of working, values and identity between partners.",
  ),
  c(
    "accountability_user_voice",
    "themes",
    "Accountability and user voice",
    "Who answers to whom, and whether service users are heard.",
  ),
  c(
    "evidence_outcomes",
    "themes",
    "Evidence and outcomes",
    "Whether costs, savings and outcomes were measured or claimed.",
  ),
  c(
    "lifecycle",
    "themes",
    "Life-cycle",
    "How partnerships form, deepen, loosen and end over time.",
  ),
  c("formation", "themes", "Barrier: formation", "Difficulties in getting a partnership started."),
  c(
    "implementation",
    "themes",
    "Barrier: implementation",
    "Difficulties in making an agreed partnership work.",
  ),
  c(
    "best_form",
    "themes",
    "Barrier: best form",
    "Choosing the form of partnership that fits the purpose.",
  ),
  c("drivers", null, "Drivers", "Why partners came together.", "#2b8a3e"),
  c(
    "drivers-top-down",
    "drivers",
    "Top-down drivers",
    "Pressure from outside: government, commissioners, regulators, funders.",
  ),
  c(
    "driver-policy",
    "drivers-top-down",
    "Policy and mandate",
    "A policy or a commissioner required or strongly encouraged the partnership.",
  ),
  c(
    "driver-commissioning",
    "drivers-top-down",
    "Commissioning scale",
    "Contracts let in larger lots than one provider could bid for.",
  ),
  c(
    "driver-regulator",
    "drivers-top-down",
    "Regulatory pressure",
    "A regulator's action or expectation pushed organisations together.",
  ),
  c(
    "driver-funding-cuts",
    "drivers-top-down",
    "Funding pressure",
    "Reduced or uncertain funding made going alone harder.",
  ),
  c(
    "drivers-bottom-up",
    "drivers",
    "Bottom-up drivers",
    "Reasons that came from the partners themselves.",
  ),
  c(
    "driver-shared-mission",
    "drivers-bottom-up",
    "Shared mission",
    "Partners wanted the same things for the people they serve.",
  ),
  c(
    "driver-efficiency",
    "drivers-bottom-up",
    "Efficiency and savings",
    "Expected savings from shared back office, buying or property.",
  ),
  c(
    "driver-growth",
    "drivers-bottom-up",
    "Growth and resilience",
    "Becoming larger or more secure to survive and bid.",
  ),
  c(
    "driver-users",
    "drivers-bottom-up",
    "Better services for users",
    "Joining up what users receive, or reaching more of them.",
  ),
  c(
    "driver-capability",
    "drivers-bottom-up",
    "Skills and capability",
    "Gaining skills, systems or reach a partner lacked.",
  ),
  c(
    "barriers",
    null,
    "Barriers",
    "What got in the way of forming or running the partnership.",
    "#c92a2a",
  ),
  c(
    "barrier-trust",
    "barriers",
    "Trust",
    "Partners doubted each other's intentions or reliability.",
  ),
  c(
    "barrier-motivation",
    "barriers",
    "Motivation",
    "Partners lacked reasons or will to make it work.",
  ),
  c(
    "barrier-culture",
    "barriers",
    "Culture clash",
    "Ways of working or values did not fit together.",
  ),
  c(
    "barrier-governance",
    "barriers",
    "Governance and control",
    "Disputes over boards, control, identity or who decides.",
  ),
  c(
    "barrier-vat-tax",
    "barriers",
    "VAT and tax",
    "Tax rules made sharing services or staff costly.",
  ),
  c(
    "barrier-pensions-tupe",
    "barriers",
    "Pensions and TUPE",
    "Staff transfer rules and pension liabilities.",
  ),
  c(
    "barrier-finance-lenders",
    "barriers",
    "Finance and lenders",
    "Loan covenants, re-pricing or lenders' consent.",
  ),
  c(
    "barrier-regulation",
    "barriers",
    "Regulation",
    "A regulator's rules or consent process slowed or blocked change.",
  ),
  c(
    "barrier-capacity",
    "barriers",
    "Capacity",
    "Too little time, money or management attention to do it.",
  ),
  c(
    "barrier-competition",
    "barriers",
    "Competition",
    "Partners were also rivals for the same contracts.",
  ),
  c(
    "barrier-imposed",
    "barriers",
    "Imposed from outside",
    "The partnership was required rather than chosen.",
  ),
];

/** The parent codes whose descendants are drivers and barriers (the partnership page's sections). */
export const DRIVER_ROOT = "drivers";
/** See DRIVER_ROOT. */
export const BARRIER_ROOT = "barriers";
