import type { Identifier, Organisation } from "../../../src/shared/index.ts";
import { idFromName, splitOrgId } from "./ids.ts";
import { numberOrNull } from "./validation.ts";

/** One year's facts as typed (text, so half-typed numbers survive until validation). */
export interface FactDraft {
  year: string;
  homes: string;
  turnover: string;
  staff: string;
}

/** The organisation form's values, as typed. */
export interface OrganisationDraft {
  id: string;
  name: string;
  otherNames: string;
  sector: string;
  kind: string;
  nation: string;
  fields: string;
  identifiers: Identifier[];
  illustrative: boolean;
  facts: FactDraft[];
}

/** An empty form for a new organisation (third-sector charity by default). */
export const EMPTY_ORGANISATION: OrganisationDraft = {
  id: "",
  name: "",
  otherNames: "",
  sector: "third",
  kind: "charity",
  nation: "",
  fields: "",
  identifiers: [],
  illustrative: false,
  facts: [],
};

const text = (n: number | null) => (n === null ? "" : String(n));
const lines = (value: string) =>
  value
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean);

/** The form's values for a stored organisation. */
export function draftOfOrganisation(o: Organisation): OrganisationDraft {
  return {
    id: o.id,
    name: o.name,
    otherNames: o.otherNames.join("\n"),
    sector: o.sector,
    kind: o.kind,
    nation: o.nation ?? "",
    fields: o.fields.join("\n"),
    identifiers: o.identifiers,
    illustrative: o.illustrative,
    facts: o.facts.map((f) => ({
      year: String(f.year),
      homes: text(f.homes),
      turnover: text(f.turnover),
      staff: text(f.staff),
    })),
  };
}

/** The API body for the form's values; a new organisation without an id gets one from its name. */
export function inputOfOrganisationDraft(d: OrganisationDraft, isNew: boolean): unknown {
  const id = d.id.trim() || (isNew ? idFromName(d.name) : "");
  const identifiers = [...d.identifiers];
  const orgId = isNew ? splitOrgId(d.id) : null;
  if (orgId && !identifiers.some((i) => i.scheme === orgId.scheme && i.id === orgId.id))
    identifiers.unshift(orgId);
  return {
    id,
    name: d.name,
    otherNames: lines(d.otherNames),
    sector: d.sector,
    kind: d.kind,
    nation: d.nation || null,
    fields: lines(d.fields),
    identifiers,
    illustrative: d.illustrative,
    facts: d.facts.map((f) => ({
      year: numberOrNull(f.year) ?? Number.NaN,
      homes: numberOrNull(f.homes),
      turnover: numberOrNull(f.turnover),
      staff: numberOrNull(f.staff),
    })),
  };
}
