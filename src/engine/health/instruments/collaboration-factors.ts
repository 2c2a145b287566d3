import type { Instrument } from "../../../shared/instruments.ts";
import { AGREEMENT_SCALE, itemsOf } from "./build.ts";

// [category, factor id, factor name, two statements]
const FACTORS: [string, string, string, [string, string]][] = [
  [
    "Environment",
    "track-record",
    "A record of working together",
    [
      "Organisations round here have worked together before and it went reasonably well.",
      "People in our area are used to tackling problems jointly.",
    ],
  ],
  [
    "Environment",
    "standing",
    "The group is seen as a legitimate leader",
    [
      "Others in the community regard this group as the right body to take this on.",
      "Local decision makers take the group's views seriously.",
    ],
  ],
  [
    "Environment",
    "climate",
    "A favourable political and social climate",
    [
      "Those who fund and govern us want this collaboration to succeed.",
      "Now is a good time, politically, for what we are doing.",
    ],
  ],
  [
    "Membership",
    "respect",
    "Mutual respect, understanding and trust",
    [
      "Members understand how each other's organisations work and what limits them.",
      "I trust the people from the other organisations in the group.",
    ],
  ],
  [
    "Membership",
    "right-people",
    "The right mix of members",
    [
      "Everyone with a real stake in the issue is represented.",
      "R: Important voices are missing from the group.",
    ],
  ],
  [
    "Membership",
    "self-interest",
    "Members see it as in their interest",
    [
      "My organisation gains enough from taking part to justify the effort.",
      "Members expect the benefits to outweigh what they give up.",
    ],
  ],
  [
    "Membership",
    "compromise",
    "Ability to compromise",
    [
      "Members are prepared to give ground to reach a decision.",
      "R: Discussions stall because no one will move from their position.",
    ],
  ],
  [
    "Process and structure",
    "shared-stake",
    "Members share a stake in both process and outcome",
    [
      "Members feel that how we work, not only what we achieve, belongs to all of us.",
      "Members are willing to be held to account for the group's results.",
    ],
  ],
  [
    "Process and structure",
    "layers",
    "Several layers of participation",
    [
      "People at every level of each member organisation are involved, not just the leaders.",
      "Front-line staff know what the collaboration is doing.",
    ],
  ],
  [
    "Process and structure",
    "flexibility",
    "Flexibility",
    [
      "The group is open to new ways of organising itself.",
      "We can change how we work without lengthy negotiation.",
    ],
  ],
  [
    "Process and structure",
    "roles",
    "Clear roles and policy guidelines",
    [
      "Members know what is expected of them and of the others.",
      "R: It is often unclear who is responsible for a task.",
    ],
  ],
  [
    "Process and structure",
    "adaptability",
    "Adaptability",
    [
      "The group can cope when circumstances change around it.",
      "We have kept going through changes of staff, funding or policy.",
    ],
  ],
  [
    "Process and structure",
    "pace",
    "An appropriate pace of development",
    [
      "The group takes on no more than it can handle at once.",
      "R: We have tried to do too much too quickly.",
    ],
  ],
  [
    "Communication",
    "open-communication",
    "Open and frequent communication",
    [
      "Members hear about developments promptly.",
      "Problems are raised openly rather than kept quiet.",
    ],
  ],
  [
    "Communication",
    "informal-links",
    "Established informal relationships",
    [
      "Members talk to one another between formal meetings.",
      "I know whom to call in the other organisations when something comes up.",
    ],
  ],
  [
    "Purpose",
    "attainable-goals",
    "Concrete, attainable goals and objectives",
    [
      "Our goals are specific enough that we will know when we have met them.",
      "Members think our objectives can actually be reached.",
    ],
  ],
  [
    "Purpose",
    "shared-vision",
    "A shared vision",
    [
      "Members picture much the same future for this work.",
      "We agreed what we were trying to do at the start and still hold to it.",
    ],
  ],
  [
    "Purpose",
    "unique-purpose",
    "A unique purpose",
    [
      "The group does something no single member could do.",
      "R: Our work largely duplicates what members already do alone.",
    ],
  ],
  [
    "Resources",
    "means",
    "Sufficient funds, staff, materials and time",
    [
      "The collaboration has enough money to do what it has taken on.",
      "Members can spare the staff time the work needs.",
    ],
  ],
  [
    "Resources",
    "leadership",
    "Skilled leadership",
    [
      "Whoever convenes the group is good at bringing people together.",
      "Leadership of the group is respected by all members.",
    ],
  ],
];

/** Readings of a factor mean often quoted for this kind of inventory; not verified at source. */
export const FACTOR_BANDS = [
  { min: 1, max: 2.99, label: "concern" },
  { min: 3, max: 3.99, label: "borderline" },
  { min: 4, max: 5, label: "strength" },
];

/** A twenty-factor collaboration inventory in six categories, in partnerscope's own words. */
export const COLLABORATION_FACTORS: Instrument = {
  id: "collaboration-factors",
  version: 1,
  name: "Collaboration factors inventory",
  description:
    "Twenty factors of successful collaboration in six categories (environment, membership, process and structure, communication, purpose, resources), two statements each, averaged per factor.",
  kind: "rating",
  source:
    "Structure after the Wilder Collaboration Factors Inventory (Mattessich et al. 2001); statements are partnerscope's own.",
  dimensions: FACTORS.map(([category, id, name]) => ({ id, name, category })),
  items: FACTORS.flatMap(([, id, , statements]) => itemsOf(id, statements)),
  scale: AGREEMENT_SCALE,
  dimensionBands: FACTOR_BANDS,
  bandsNote:
    "Factor bands (4.0 or more a strength, 3.0–3.9 borderline, below 3.0 a concern) are commonly cited, unverified against the publisher.",
};
