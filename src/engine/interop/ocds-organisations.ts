import type { Identifier, Organisation, OrganisationKind, Sector } from "../../shared/index.ts";
import { postcodeOf } from "./duplicate-candidates.ts";
import { entityIdOf } from "./entity-id.ts";
import type { OrgIdRegister, ParsedOrgId } from "./org-id.ts";
import { orgIdOfSchemeAndId, parseOrgId } from "./org-id.ts";

type Json = Record<string, unknown>;
const obj = (v: unknown): Json =>
  typeof v === "object" && v !== null && !Array.isArray(v) ? (v as Json) : {};
const text = (v: unknown): string | null =>
  typeof v === "string" && v.trim() !== "" ? v.trim() : null;

/** An OCDS party as an organisation, with what the duplicate finder needs. */
export interface PartyOrganisation {
  organisation: Organisation;
  postcode: string | null;
}

/** Register prefixes that tell us what kind of public body (or third-sector body) an organisation is. */
const KIND_BY_PREFIX: Record<string, [Sector, OrganisationKind]> = {
  "GB-LAE": ["public", "local_authority"],
  "GB-LAS": ["public", "local_authority"],
  "GB-PLA": ["public", "local_authority"],
  "GB-LANI": ["public", "local_authority"],
  "GB-NHS": ["public", "nhs_body"],
  "GB-GOR": ["public", "central_government"],
  "GB-GOV": ["public", "central_government"],
  "GB-GOVUK": ["public", "central_government"],
  "GB-SHPE": ["third", "housing_association"],
  "GB-MPR": ["third", "mutual"],
  "GB-CHC": ["third", "charity"],
  "GB-SC": ["third", "charity"],
  "GB-NIC": ["third", "charity"],
};

/** Name patterns for buyers, used only when no register or flag says otherwise (Contracts Finder gives no ids). */
const KIND_BY_NAME: [RegExp, Sector, OrganisationKind][] = [
  [/\b(council|borough|combined authority)\b/i, "public", "local_authority"],
  [/\bnhs\b|\bintegrated care board\b|\bclinical commissioning\b/i, "public", "nhs_body"],
  [
    /\b(department|ministry|cabinet office|agency|met office|hm )\b/i,
    "public",
    "central_government",
  ],
  [/\b(housing|homes)\b/i, "third", "housing_association"],
];

function identifiersOf(party: Json, register: OrgIdRegister): ParsedOrgId[] {
  const parsed: ParsedOrgId[] = [];
  const add = (ident: Json) => {
    const scheme = text(ident["scheme"]);
    const id = text(ident["id"]) ?? (typeof ident["id"] === "number" ? String(ident["id"]) : null);
    if (scheme && id) parsed.push(orgIdOfSchemeAndId(scheme, id, register));
  };
  add(obj(party["identifier"]));
  if (Array.isArray(party["additionalIdentifiers"]))
    party["additionalIdentifiers"].forEach((i) => add(obj(i)));
  // Contracts Finder puts GB-CFS-n (and GB-COH-n) in the party id without a scheme.
  const fromId = typeof party["id"] === "string" ? parseOrgId(party["id"], register) : null;
  if (fromId && fromId.status !== "invalid" && fromId.status !== "unknown") parsed.push(fromId);
  const seen = new Set<string>();
  return parsed.filter((p) => p.value !== null && !seen.has(p.value) && seen.add(p.value) !== null);
}

function classify(
  details: Json,
  roles: readonly string[],
  ids: readonly ParsedOrgId[],
  name: string,
): [Sector, OrganisationKind] {
  const isCharity = ids.some((i) => ["GB-CHC", "GB-SC", "GB-NIC"].includes(i.prefix ?? ""));
  // UK extension flags: a VCSE is third sector; a public service mission organisation (a public
  // service mutual) is treated as a social enterprise.
  if (details["vcse"] === true) return ["third", isCharity ? "charity" : "social_enterprise"];
  if (details["publicServiceMissionOrganization"] === true) return ["third", "social_enterprise"];
  for (const i of ids) if (i.prefix && KIND_BY_PREFIX[i.prefix]) return KIND_BY_PREFIX[i.prefix]!;
  const buys = roles.some((r) => ["buyer", "procuringEntity", "funder"].includes(r));
  if (!buys) return ["private", "private_company"];
  // Only buyers are classified by name: a supplier called 'Westone Housing Ltd' is a builder.
  for (const [pattern, sector, kind] of KIND_BY_NAME) if (pattern.test(name)) return [sector, kind];
  return ["public", "other"];
}

/**
 * Maps an OCDS party to an organisation: the id is its register identifier (GB-COH-01234567)
 * when it has one, else its source id (GB-CFS-…), else `{ocid}-{party id}`; UK `details.vcse`
 * makes it third sector and `details.scale` is kept in `fields` as `scale:sme`.
 * @example organisationOfParty({ id: "GB-COH-1234567", name: "A Ltd" }, "ocds-x", register).organisation.id // "GB-COH-01234567"
 */
export function organisationOfParty(
  party: Json,
  ocid: string,
  register: OrgIdRegister,
): PartyOrganisation {
  const ids = identifiersOf(party, register);
  const name =
    text(party["name"]) ??
    text(obj(party["identifier"])["legalName"]) ??
    String(party["id"] ?? "unnamed");
  const registerId = ids.find((i) => i.status === "register") ?? ids[0];
  const id = registerId?.value
    ? entityIdOf(registerId.value)
    : entityIdOf(`${ocid}-${String(party["id"] ?? name)}`);
  const details = obj(party["details"]);
  const roles = Array.isArray(party["roles"]) ? party["roles"].map(String) : [];
  const [sector, kind] = classify(details, roles, ids, name);
  const legal = text(obj(party["identifier"])["legalName"]);
  const scale = text(details["scale"]);
  const identifiers: Identifier[] = ids.map((i) => ({ scheme: i.prefix!, id: i.localId! }));
  const address = obj(party["address"]);
  return {
    organisation: {
      id,
      name: name.slice(0, 500),
      otherNames: legal && legal !== name ? [legal.slice(0, 500)] : [],
      sector,
      kind,
      nation: null,
      fields: scale ? [`scale:${scale}`] : [],
      identifiers,
      illustrative: false,
      facts: [],
    },
    postcode: postcodeOf(text(address["postalCode"]) ?? text(address["streetAddress"])),
  };
}
