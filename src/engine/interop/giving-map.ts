import type { Contract } from "../../shared/index.ts";
import { entityIdOf } from "./entity-id.ts";
import type { ExchangeBuilder, RecordProvenance } from "./exchange-builder.ts";
import { organisationOfGivingOrg } from "./giving-organisations.ts";
import { regrantPartnershipOf } from "./giving-regrant.ts";
import { grantIsStorable } from "./giving-values.ts";
import { dateOf } from "./ocds-dates.ts";
import type { OrgIdRegister } from "./org-id.ts";

type Json = Record<string, unknown>;
const list = (v: unknown): Json[] =>
  Array.isArray(v) ? (v.filter((x) => typeof x === "object" && x !== null) as Json[]) : [];
const text = (v: unknown) => (typeof v === "string" && v.trim() !== "" ? v.trim() : null);

function addOrgs(
  builder: ExchangeBuilder,
  orgs: Json[],
  role: "funder" | "recipient",
  register: OrgIdRegister,
  source: RecordProvenance,
): string[] {
  return orgs.map((o) => {
    const { organisation, postcode } = organisationOfGivingOrg(o, role, register);
    return builder.organisation(organisation, postcode ? { ...source, postcode } : source);
  });
}

/**
 * Adds one 360Giving grant to an exchange builder: funder → commissioner, recipient organisation →
 * provider, the grant → a contract paid by `grant`, a `regrantType` → a partnership. Grants to
 * individuals keep no personal data: the contract has no provider. A grant with a value that
 * cannot be stored as given (reported by `grantValueIssues` or the schema) is left out, never
 * changed.
 * @example grantIntoExchange(builder, grant, register, { sourceFile: "g.json", publisher: null, grantId: "360G-x" })
 */
export function grantIntoExchange(
  builder: ExchangeBuilder,
  grant: Json,
  register: OrgIdRegister,
  source: RecordProvenance,
): void {
  if (!grantIsStorable(grant)) return;
  const funders = [
    ...new Set(addOrgs(builder, list(grant["fundingOrganization"]), "funder", register, source)),
  ];
  const recipients = [
    ...new Set(
      addOrgs(builder, list(grant["recipientOrganization"]), "recipient", register, source),
    ),
  ];
  const planned = list(grant["plannedDates"])[0] ?? {};
  const amount = grant["amountAwarded"];
  const currency = String(grant["currency"] ?? "GBP");
  const id = entityIdOf(text(grant["id"]) ?? `${source.sourceFile}-row-${source.row ?? 0}`);
  const start = dateOf(planned["startDate"]) ?? dateOf(grant["awardDate"]);
  const end = dateOf(planned["endDate"]);
  const contract: Contract = {
    id,
    title: text(grant["title"]) ?? id,
    commissioner: funders[0] ?? null,
    providers: recipients.map((organisation) => ({ organisation, role: "lead" })),
    paymentMechanism: "grant",
    value: typeof amount === "number" ? amount : null,
    currency,
    start,
    // Reported as a warning (date:end-before-start): the model cannot hold the end.
    end: start && end && end < start ? null : end,
    partnership: null,
  };
  const code = text(grant["regrantType"]);
  if (code && recipients[0]) {
    const partnership = regrantPartnershipOf(code, {
      id,
      title: contract.title,
      funders,
      recipient: recipients[0],
      date: dateOf(grant["awardDate"]),
    });
    if (partnership) {
      builder.partnership(partnership, source);
      contract.partnership = partnership.id;
    }
  }
  builder.contract(contract, source);
}
