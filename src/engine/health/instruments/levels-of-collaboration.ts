import type { Instrument } from "../../../shared/instruments.ts";

/** Each partner rates its relationship with each other partner, 0–5: a directed matrix. */
export const LEVELS_OF_COLLABORATION: Instrument = {
  id: "levels-of-collaboration",
  version: 1,
  name: "Levels of collaboration",
  description:
    "Each partner rates how closely it works with each other partner, from 0 (no contact) to 5 (fully joined-up); where two partners rate each other differently, the difference is itself a finding.",
  kind: "pairwise",
  source:
    "Scale after the Levels of Collaboration scale (Frey et al. 2006); wording is partnerscope's own.",
  dimensions: [],
  items: [],
  scale: {
    min: 0,
    max: 5,
    labels: {
      "0": "No contact",
      "1": "We keep each other informed",
      "2": "We help each other out now and then",
      "3": "We plan some things together",
      "4": "We share resources and decisions",
      "5": "We work as one on this",
    },
  },
};
