import type { Instrument } from "../../../shared/instruments.ts";
import { AGREEMENT_SCALE, itemsOf } from "./build.ts";

const DIMENSIONS: [string, string, string[]][] = [
  [
    "need",
    "The need for partnership is recognised",
    [
      "Each of us could name something we achieve together that none of us would manage alone.",
      "Our organisations accept that working apart has cost the people we serve.",
      "R: Some partners take part mainly because they were told to.",
      "We have talked openly about why we need each other.",
    ],
  ],
  [
    "purpose",
    "The purpose is clear and realistic",
    [
      "I could explain what this partnership is for in a sentence or two.",
      "What we have set out to do fits the time and money we actually have.",
      "Partners agree which results matter most.",
      "R: Our aims change so often that it is hard to know what we are working towards.",
    ],
  ],
  [
    "commitment",
    "Partners are committed and own it",
    [
      "Senior people in each organisation give the partnership their time.",
      "Partners put in staff and money, not only goodwill.",
      "R: The partnership's work is left to one or two organisations.",
      "When something goes wrong, partners look for a fix together rather than for someone to blame.",
    ],
  ],
  [
    "trust",
    "Partners trust one another",
    [
      "Partners share information even when it shows them in a poor light.",
      "I expect other partners to do what they say they will do.",
      "R: I am wary of what other partners might do with what we tell them.",
      "Smaller partners' views carry as much weight as larger partners'.",
    ],
  ],
  [
    "arrangements",
    "The arrangements are clear and robust",
    [
      "Everyone knows who decides what, and how.",
      "Money and responsibilities are set down in a way all partners accept.",
      "R: Decisions are often made outside the agreed arrangements.",
      "There is an agreed way to settle disagreements between partners.",
    ],
  ],
  [
    "learning",
    "The partnership monitors, measures and learns",
    [
      "We check regularly whether the partnership is doing what it set out to do.",
      "What we learn from reviews changes how we work.",
      "R: We rarely look back at what went well or badly.",
      "Partners are willing to hear that the partnership is not working.",
    ],
  ],
];

/** A six-principle partnership assessment, in partnerscope's own words (after Hardy et al. 2003). */
export const SIX_PRINCIPLES: Instrument = {
  id: "six-principles",
  version: 1,
  name: "Six-principle partnership assessment",
  description:
    "Each partner rates statements under six principles of effective partnership; the point is where partners agree and where they differ, as the agenda for a discussion, not a pass mark.",
  kind: "rating",
  source:
    "Structure after the Partnership Assessment Tool (Hardy, Hudson & Waddington 2003); statements are partnerscope's own.",
  dimensions: DIMENSIONS.map(([id, name]) => ({ id, name })),
  items: DIMENSIONS.flatMap(([id, , statements]) => itemsOf(id, statements)),
  scale: AGREEMENT_SCALE,
};
