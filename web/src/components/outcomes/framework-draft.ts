import type { OutcomeFramework } from "../../../../src/shared/outcomes.ts";
import { idFromName } from "../../lib/ids.ts";

/** Who set an outcome, in plain words. */
export const SET_BY_LABELS: Record<string, string> = {
  commissioner: "The commissioner",
  provider: "The provider",
  partners: "The partners together",
  users: "Service users",
  co_produced: "Co-produced by service users and partners",
};

/** The level of users' involvement (IAP2 spectrum), each explained in a sentence. */
export const INVOLVEMENT_LABELS: Record<string, string> = {
  inform: "Inform — users are told about the framework and its results.",
  consult: "Consult — users are asked for their views, and decisions are made by others.",
  involve: "Involve — users work with us throughout so their concerns shape the outcomes.",
  collaborate: "Collaborate — users are partners in each decision, including the outcomes.",
  empower: "Empower — users make the final decisions about the outcomes.",
};

/** Which way an indicator should move, in plain words. */
export const DIRECTION_LABELS: Record<string, string> = {
  higher_is_better: "Higher is better",
  lower_is_better: "Lower is better",
};

/** One indicator as typed: numbers kept as text until saving. */
export interface IndicatorDraft {
  id: string;
  name: string;
  unit: string;
  baseline: string;
  target: string;
  direction: string;
}

/** One outcome as typed. */
export interface OutcomeDraft {
  id: string;
  title: string;
  description: string;
  setBy: string;
  indicators: IndicatorDraft[];
}

/** What a framework is attached to: exactly one partnership, contract or supply chain. */
export interface FrameworkTarget {
  kind: "partnership" | "contract" | "supplyChain";
  id: string;
}

/** The kinds of target, in plain words. */
export const TARGET_LABELS: Record<FrameworkTarget["kind"], string> = {
  partnership: "A partnership",
  contract: "A contract",
  supplyChain: "A supply chain",
};

/** A framework as typed; evidence is a list of evidence item ids. */
export interface FrameworkDraft {
  target: FrameworkTarget;
  title: string;
  involvement: string;
  evidence: string[];
  outcomes: OutcomeDraft[];
}

/** A blank indicator. */
export const emptyIndicator = (): IndicatorDraft => ({
  id: "",
  name: "",
  unit: "",
  baseline: "",
  target: "",
  direction: "higher_is_better",
});

/** A blank outcome with one blank indicator. */
export const emptyOutcome = (): OutcomeDraft => ({
  id: "",
  title: "",
  description: "",
  setBy: "users",
  indicators: [emptyIndicator()],
});

/** A blank framework with one blank outcome. */
export const emptyFramework = (target: FrameworkTarget): FrameworkDraft => ({
  target,
  title: "",
  involvement: "consult",
  evidence: [],
  outcomes: [emptyOutcome()],
});

const text = (v: number | undefined) => (v === undefined ? "" : String(v));

/** A stored framework as a draft for its editor. */
export function draftOf(f: OutcomeFramework): FrameworkDraft {
  const target: FrameworkTarget = f.contract
    ? { kind: "contract", id: f.contract }
    : f.supplyChain
      ? { kind: "supplyChain", id: f.supplyChain }
      : { kind: "partnership", id: f.partnership ?? "" };
  return {
    target,
    title: f.title,
    involvement: f.involvement,
    evidence: [...f.evidence],
    outcomes: f.outcomes.map((o) => ({
      id: o.id,
      title: o.title,
      description: o.description ?? "",
      setBy: o.setBy,
      indicators: o.indicators.map((i) => ({
        id: i.id,
        name: i.name,
        unit: i.unit,
        baseline: text(i.baseline),
        target: text(i.target),
        direction: i.direction,
      })),
    })),
  };
}

// An empty number is left out (optional); anything else goes as a number, so a typo fails on the server.
const numberOf = (v: string) => (v.trim() === "" ? undefined : Number(v));

/** The body the API takes: new outcomes and indicators get ids from their names. */
export function inputOf(d: FrameworkDraft): Record<string, unknown> {
  const to = (kind: FrameworkTarget["kind"]) => (d.target.kind === kind ? d.target.id : null);
  return {
    title: d.title,
    partnership: to("partnership"),
    contract: to("contract"),
    supplyChain: to("supplyChain"),
    involvement: d.involvement,
    evidence: d.evidence,
    outcomes: d.outcomes.map((o) => ({
      id: o.id || idFromName(o.title || "outcome"),
      title: o.title,
      ...(o.description.trim() ? { description: o.description } : {}),
      setBy: o.setBy,
      indicators: o.indicators.map((i) => ({
        id: i.id || idFromName(i.name || "indicator"),
        name: i.name,
        unit: i.unit,
        baseline: numberOf(i.baseline),
        target: numberOf(i.target),
        direction: i.direction,
      })),
    })),
  };
}
