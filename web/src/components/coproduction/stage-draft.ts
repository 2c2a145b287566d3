import {
  COPRODUCTION_STAGES,
  type CoproductionStage,
  type CoproductionStageName,
} from "../../../../src/shared/coproduction.ts";
import type { FieldErrors } from "../../lib/validation.ts";

/** A person as typed: name and role. */
export interface PersonDraft {
  name: string;
  role: string;
}

/** An organisation as picked: its id and its role in the stage. */
export interface OrganisationDraft {
  organisation: string;
  role: string;
}

/** A cost as typed: the amount kept as text until saving, so a half-typed number is not lost. */
export interface CostDraft {
  description: string;
  amount: string;
}

/** A link to evidence outside the workspace. */
export interface LinkDraft {
  title: string;
  url: string;
}

/** One stage as its editor holds it: dates as YYYY-MM-DD (or as typed), "" for none. */
export interface StageDraft {
  stage: CoproductionStageName;
  start: string;
  end: string;
  people: PersonDraft[];
  organisations: OrganisationDraft[];
  costs: CostDraft[];
  outputs: string[];
  evidence: string[];
  links: LinkDraft[];
  /** The evaluation stage's value map, by id (other stages hold none). */
  valueMap: string | null;
}

/** A stored stage as a draft, or a blank draft for a stage not recorded yet. */
export function stageDraftOf(name: CoproductionStageName, s?: CoproductionStage): StageDraft {
  return {
    stage: name,
    start: s?.start ?? "",
    end: s?.end ?? "",
    people: s?.people.map((p) => ({ ...p })) ?? [],
    organisations: s?.organisations.map((o) => ({ ...o })) ?? [],
    costs: s?.costs.map((c) => ({ description: c.description, amount: String(c.amount) })) ?? [],
    outputs: [...(s?.outputs ?? [])],
    evidence: [...(s?.evidence ?? [])],
    links: s?.links.map((l) => ({ ...l })) ?? [],
    valueMap: s?.valueMap ?? null,
  };
}

/** An amount as typed: blank is not a number (so it is named), commas as thousands are allowed. */
const amountOf = (text: string) =>
  text.trim() === "" ? Number.NaN : Number(text.replace(/,/g, ""));

/** The body `PUT …/stages/:stage` takes, from a draft (checked against the shared schema after). */
export function stageInputOf(d: StageDraft) {
  return {
    stage: d.stage,
    start: d.start.trim() === "" ? null : d.start.trim(),
    end: d.end.trim() === "" ? null : d.end.trim(),
    people: d.people,
    organisations: d.organisations,
    costs: d.costs.map((c) => ({ description: c.description, amount: amountOf(c.amount) })),
    outputs: d.outputs,
    evidence: d.evidence,
    links: d.links,
    valueMap: d.valueMap,
  };
}

/**
 * The server checks the whole project, so its problems name `$.stages[i]…`: i is where the edited
 * stage was put (after the others) for a value that is not valid, or its place in process order
 * for something it "refers to" that does not exist. Those paths become the stage's own
 * (`$.costs[0].amount`); a problem in another stage keeps its path.
 */
export function stageErrorsOf(
  errors: FieldErrors,
  stage: CoproductionStageName,
  stored: readonly CoproductionStageName[],
): FieldErrors {
  const others = stored.filter((s) => s !== stage);
  const order = COPRODUCTION_STAGES.indexOf(stage);
  const appended = others.length;
  const inOrder = others.filter((s) => COPRODUCTION_STAGES.indexOf(s) < order).length;
  const mapped: FieldErrors = {};
  for (const [path, message] of Object.entries(errors)) {
    const match = /^\$\.stages\[(\d+)\](.*)$/.exec(path);
    const place = message.startsWith("refers to") ? inOrder : appended;
    const own = match && Number(match[1]) === place ? `$${match[2]}` : path;
    mapped[own === "$" ? "$.stage" : own] ??= message;
  }
  return mapped;
}
