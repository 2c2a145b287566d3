import type { Instrument } from "../../../shared/instruments.ts";
import { AGREEMENT_SCALE, itemsOf } from "./build.ts";

const SECTIONS: [string, string, string[]][] = [
  [
    "need",
    "Deciding whether to partner",
    [
      "We looked at what others already do before starting.",
      "The partnership answers a need the partners agree on.",
      "Partnering was chosen because it fits the problem, not by habit.",
      "We know what each partner brings that the others lack.",
      "Working together was weighed against doing it alone.",
    ],
  ],
  [
    "choosing",
    "Choosing partners",
    [
      "The partners between them have the skills the work needs.",
      "Partners were chosen for what they can contribute.",
      "The people most affected have a say in the partnership.",
      "Each partner's reasons for joining are understood by the others.",
      "New partners can join when the work calls for them.",
    ],
  ],
  [
    "working",
    "Making it work",
    [
      "Partners agreed how decisions are made.",
      "Roles and responsibilities are written down.",
      "Meetings are run so that every partner can contribute.",
      "Partners keep to what they agreed.",
      "Disagreements are dealt with before they grow.",
    ],
  ],
  [
    "planning",
    "Planning together",
    [
      "Our plan was drawn up by the partners together.",
      "The plan says who does what by when.",
      "Actions in the plan follow from the evidence about the problem.",
      "The plan is realistic about resources.",
      "Partners refer back to the plan when choosing what to do.",
    ],
  ],
  [
    "doing",
    "Carrying out the work",
    [
      "Work gets done as planned.",
      "Partners share the practical load fairly.",
      "Resources reach the work they were meant for.",
      "Partners tell each other early when they cannot deliver.",
      "The work reaches the people it was meant for.",
    ],
  ],
  [
    "barriers",
    "Keeping barriers down",
    [
      "Differences in how partners work are openly acknowledged.",
      "Partners adjust their own procedures to help the partnership.",
      "Competition for funding does not get in the way of working together.",
      "Staff changes do not throw the partnership off course.",
      "Partners are open about their limits.",
    ],
  ],
  [
    "reviewing",
    "Reviewing and continuing",
    [
      "We measure whether the partnership makes a difference.",
      "Successes are credited to the partnership, not to one partner.",
      "Partners review together how the partnership is going.",
      "We have agreed what happens when the work ends.",
      "What we learn is shared beyond the partnership.",
    ],
  ],
];

/** Readings of the total (35 statements scored 1–5, so 35–175), as in the domain notes. */
export const ANALYSIS_BANDS = [
  { min: 35, max: 84, label: "Reconsider the partnership" },
  { min: 85, max: 126, label: "Heading the right way, more work needed" },
  { min: 127, max: 175, label: "Genuinely collaborative" },
];

/** A 35-statement partnership analysis with three bands on the total, in partnerscope's own words. */
export const PARTNERSHIP_ANALYSIS: Instrument = {
  id: "partnership-analysis",
  version: 1,
  name: "Partnership analysis",
  description:
    "Thirty-five statements in seven stages of a partnership, each scored 1–5; the total (35–175) is read against three bands.",
  kind: "rating",
  source:
    "Scoring after VicHealth's Partnerships Analysis Tool (35 statements, three bands on the total); statements are partnerscope's own.",
  dimensions: SECTIONS.map(([id, name]) => ({ id, name })),
  items: SECTIONS.flatMap(([id, , statements]) => itemsOf(id, statements)),
  scale: AGREEMENT_SCALE,
  bands: ANALYSIS_BANDS,
};
