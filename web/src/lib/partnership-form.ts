import type { Integration, Partnership } from "../../../src/shared/index.ts";
import { idFromName } from "./ids.ts";
import { numberOrNull, textOrNull } from "./validation.ts";

/** One membership as typed. */
export interface MemberDraft {
  organisation: string;
  role: string;
  joined: string;
  left: string;
  shareOfValue: string;
  shareOfTurnover: string;
  shareOfStaff: string;
}

/** The partnership form's values, as typed. */
export interface PartnershipDraft {
  id: string;
  name: string;
  form: string;
  direction: string;
  origin: string;
  stage: string;
  functions: string[];
  commissioner: string;
  start: string;
  end: string;
  description: string;
  integration: Integration[];
  members: MemberDraft[];
}

/** A new member row: an ordinary member until a role is chosen. */
export const EMPTY_MEMBER: MemberDraft = {
  organisation: "",
  role: "member",
  joined: "",
  left: "",
  shareOfValue: "",
  shareOfTurnover: "",
  shareOfStaff: "",
};

/** An empty form for a new partnership (a voluntary, horizontal informal network by default). */
export const EMPTY_PARTNERSHIP: PartnershipDraft = {
  id: "",
  name: "",
  form: "joint_bidding_consortium",
  direction: "horizontal",
  origin: "voluntary",
  stage: "2",
  functions: [],
  commissioner: "",
  start: "",
  end: "",
  description: "",
  integration: [],
  members: [],
};

const text = (n: number | null) => (n === null ? "" : String(n));

/** The form's values for a stored partnership. */
export function draftOfPartnership(p: Partnership): PartnershipDraft {
  return {
    id: p.id,
    name: p.name,
    form: p.form,
    direction: p.direction,
    origin: p.origin,
    stage: String(p.stage),
    functions: [...p.functions],
    commissioner: p.commissioner ?? "",
    start: p.start ?? "",
    end: p.end ?? "",
    description: p.description ?? "",
    integration: p.integration,
    members: p.members.map((m) => ({
      organisation: m.organisation,
      role: m.role,
      joined: m.joined ?? "",
      left: m.left ?? "",
      shareOfValue: text(m.shareOfValue),
      shareOfTurnover: text(m.shareOfTurnover),
      shareOfStaff: text(m.shareOfStaff),
    })),
  };
}

/** The API body for the form's values; a new partnership gets an id from its name. */
export function inputOfPartnershipDraft(d: PartnershipDraft, isNew: boolean): unknown {
  return {
    id: d.id.trim() || (isNew ? idFromName(d.name) : ""),
    name: d.name,
    form: d.form,
    direction: d.direction,
    origin: d.origin,
    stage: Number(d.stage),
    functions: d.functions,
    commissioner: d.commissioner || null,
    start: textOrNull(d.start),
    end: textOrNull(d.end),
    description: textOrNull(d.description),
    integration: d.integration,
    members: d.members.map((m) => ({
      organisation: m.organisation,
      role: m.role,
      joined: textOrNull(m.joined),
      left: textOrNull(m.left),
      shareOfValue: numberOrNull(m.shareOfValue),
      shareOfTurnover: numberOrNull(m.shareOfTurnover),
      shareOfStaff: numberOrNull(m.shareOfStaff),
    })),
  };
}
