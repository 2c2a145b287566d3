import type { Identifier, Organisation, OrganisationKind, Sector } from "../../shared/index.ts";
import { postcodeOf } from "./duplicate-candidates.ts";
import { entityIdOf } from "./entity-id.ts";
import type { OrgIdRegister } from "./org-id.ts";
import { orgIdOfSchemeAndId, parseOrgId } from "./org-id.ts";

type Json = Record<string, unknown>;
const text = (v: unknown) => (typeof v === "string" && v.trim() !== "" ? v.trim() : null);

const PUBLIC: Record<string, OrganisationKind> = {
  "GB-GOR": "central_government",
  "GB-GOV": "central_government",
  "GB-GOVUK": "central_government",
  "GB-LAE": "local_authority",
  "GB-LAS": "local_authority",
  "GB-PLA": "local_authority",
  "GB-LANI": "local_authority",
  "GB-NHS": "nhs_body",
};

/** The 360Giving Organisation Type (as publishers write it, lower-cased) → sector and kind. */
const ORGANISATION_TYPES: [RegExp, Sector, OrganisationKind][] = [
  [/community interest company|\bcic\b/, "third", "social_enterprise"],
  [/registered charity|charitable incorporated|\bcio\b|^trust$|charit/, "third", "charity"],
  [
    /co-?operative|community benefit|industrial and provident|registered society|\bcbs\b/,
    "third",
    "mutual",
  ],
  [/unincorporated association|company limited by guarantee/, "third", "community_enterprise"],
  [/university|school|college/, "third", "charity"],
  [
    /private limited|limited by shares|limited (liability )?partnership|sole trader|\bplc\b/,
    "private",
    "private_company",
  ],
  [/local authority|council/, "public", "local_authority"],
  [/nhs|health board/, "public", "nhs_body"],
];

/** Sector and kind from a 360Giving Organisation Type, or null when it says nothing usable. */
export function kindOfOrganisationType(type: string | null): [Sector, OrganisationKind] | null {
  const words = (type ?? "").trim().toLowerCase();
  if (words === "") return null;
  const found = ORGANISATION_TYPES.find(([pattern]) => pattern.test(words));
  return found ? [found[1], found[2]] : null;
}

/**
 * Sector and kind from identifiers, the 360Giving Organisation Type and the name together.
 * A company number alone says only that the body is incorporated (charities, community interest
 * companies and firms all have one), so a recipient known by nothing more is 'unknown', not private.
 */
export function classifyGivingOrg(
  prefixes: readonly string[],
  name: string,
  role: "funder" | "recipient",
  organisationType: string | null = null,
): [Sector, OrganisationKind] {
  for (const p of prefixes) if (PUBLIC[p]) return ["public", PUBLIC[p]!];
  if (prefixes.some((p) => ["GB-CHC", "GB-SC", "GB-NIC"].includes(p))) return ["third", "charity"];
  if (prefixes.includes("GB-SHPE")) return ["third", "housing_association"];
  const typed = kindOfOrganisationType(organisationType);
  if (typed) return typed;
  if (prefixes.includes("GB-MPR") || /co-?operative|community benefit society/i.test(name))
    return ["third", "mutual"];
  if (/\bC\.?I\.?C\.?$|community interest company|social enterprise/i.test(name))
    return ["third", "social_enterprise"];
  if (/\b(trust|foundation|charit|association|society|community|church|club)\b/i.test(name))
    return ["third", role === "funder" ? "charity" : "community_enterprise"];
  return role === "funder" ? ["third", "other"] : ["unknown", "other"];
}

/**
 * A 360Giving Organization (funder or recipient) as an organisation: its org-id becomes the id,
 * charity and company numbers become identifiers.
 * @example organisationOfGivingOrg({ id: "GB-CHC-327114", name: "Lloyds Bank Foundation" }, "funder", register).organisation.kind // "charity"
 */
export function organisationOfGivingOrg(
  org: Json,
  role: "funder" | "recipient",
  register: OrgIdRegister,
): { organisation: Organisation; postcode: string | null } {
  const rawId = text(org["id"]) ?? text(org["name"]) ?? "unknown";
  const parsed = parseOrgId(rawId, register);
  const ids = [parsed];
  const charity = text(org["charityNumber"]);
  const company = text(org["companyNumber"]);
  if (charity) ids.push(orgIdOfSchemeAndId("GB-CHC", charity, register));
  if (company) ids.push(orgIdOfSchemeAndId("GB-COH", company, register));
  const seen = new Set<string>();
  const identifiers: Identifier[] = ids
    .filter((p) => p.value && p.prefix && p.localId && !seen.has(p.value) && seen.add(p.value))
    .map((p) => ({ scheme: p.prefix!, id: p.localId! }));
  const name = text(org["name"]) ?? rawId;
  const [sector, kind] = classifyGivingOrg(
    identifiers.map((i) => i.scheme),
    name,
    role,
    text(org["organisationType"]),
  );
  const alternate = text(org["alternateName"]);
  return {
    organisation: {
      id: entityIdOf(parsed.value ?? rawId),
      name,
      otherNames: alternate && alternate !== name ? [alternate] : [],
      sector,
      kind,
      nation: null,
      fields: [],
      identifiers,
      illustrative: false,
      facts: [],
    },
    postcode: postcodeOf(text(org["postalCode"])),
  };
}
