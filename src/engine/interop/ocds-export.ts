import type { Contract, ExchangeDocument, Organisation, Partnership } from "../../shared/index.ts";

type Json = Record<string, unknown>;

/** Extensions an exported package declares (their fields are used below). */
export const EXPORT_EXTENSIONS = [
  "https://raw.githubusercontent.com/open-contracting-extensions/ocds_subcontracting_extension/master/extension.json",
  "https://raw.githubusercontent.com/open-contracting-extensions/ocds_bid_extension/v1.1.5/extension.json",
  "https://raw.githubusercontent.com/cabinetoffice/ocds_uk_extension/main/extension.json",
  "https://raw.githubusercontent.com/open-contracting-extensions/ocds_partyDetails_scale_extension/master/extension.json",
];

/** What the package says about itself; the date is a parameter because the engine has no clock. */
export interface OcdsExportOptions {
  publisherName: string;
  /** An ocid prefix registered with OCP (e.g. `ocds-abc123`); process ids are appended. */
  ocidPrefix: string;
  /** ISO date-time of publication, e.g. `2025-06-01T00:00:00Z`. */
  publishedDate: string;
  uri: string;
}

const dateTime = (d: string | null) => (d ? `${d}T00:00:00Z` : undefined);

function partyOf(o: Organisation, roles: string[]): Json {
  const [first, ...more] = o.identifiers;
  const scale = o.fields.find((f) => f.startsWith("scale:"))?.slice(6);
  return {
    id: o.id,
    name: o.name,
    ...(first
      ? { identifier: { scheme: first.scheme, id: first.id, legalName: o.name } }
      : { identifier: { legalName: o.name } }),
    ...(more.length
      ? { additionalIdentifiers: more.map((i) => ({ scheme: i.scheme, id: i.id })) }
      : {}),
    details: { vcse: o.sector === "third", ...(scale ? { scale } : {}) },
    roles,
  };
}

/** Adds organisations to the release's parties with a role, keeping each party once. */
function partiesBuilder(doc: ExchangeDocument) {
  const orgs = new Map(doc.organisations.map((o) => [o.id, o]));
  const roles = new Map<string, Set<string>>();
  return {
    ref(id: string | null, role: string): Json | null {
      if (!id) return null;
      roles.set(id, (roles.get(id) ?? new Set()).add(role));
      return { id, name: orgs.get(id)?.name ?? id };
    },
    list: (): Json[] =>
      [...roles].flatMap(([id, r]) => (orgs.has(id) ? [partyOf(orgs.get(id)!, [...r])] : [])),
  };
}

function subcontractingOf(chain: Partnership, parties: ReturnType<typeof partiesBuilder>): Json {
  const primes = chain.members
    .filter((m) => m.role === "prime")
    .map((m) => parties.ref(m.organisation, "supplier")!);
  const subs = chain.members.filter((m) => m.role === "tier1" || m.role === "tier2");
  return {
    subcontracts: subs.map((m, i) => ({
      id: String(i + 1),
      subcontractor: parties.ref(m.organisation, "subcontractor"),
      ...(primes.length ? { mainContractors: primes } : {}),
    })),
  };
}

function releaseOf(doc: ExchangeDocument, c: Contract, options: OcdsExportOptions): Json {
  const parties = partiesBuilder(doc);
  const partnership = doc.partnerships.find((p) => p.id === c.partnership);
  const buyer = parties.ref(c.commissioner, "buyer");
  const value = c.value === null ? {} : { value: { amount: c.value, currency: c.currency } };
  const period =
    c.start || c.end ? { startDate: dateTime(c.start), endDate: dateTime(c.end) } : null;
  const award: Json = {
    id: c.id,
    title: c.title,
    status: "active",
    ...value,
    suppliers: c.providers.map((p) => parties.ref(p.organisation, "supplier")),
    ...(period ? { contractPeriod: period } : {}),
  };
  const release: Json = {
    ocid: `${options.ocidPrefix}-${c.id}`,
    id: `${c.id}-award`,
    date: options.publishedDate,
    tag: ["award"],
    initiationType: "tender",
  };
  if (partnership?.form === "prime_contractor_supply_chain") {
    award["hasSubcontracting"] = true;
    award["subcontracting"] = subcontractingOf(partnership, parties);
  }
  if (partnership?.form === "joint_bidding_consortium") {
    const tenderers = partnership.members.map((m) => parties.ref(m.organisation, "tenderer"));
    release["bids"] = { details: [{ id: "1", tenderers, status: "valid" }] };
    award["relatedBids"] = ["1"];
  }
  const contract = {
    id: `${c.id}-contract`,
    awardID: c.id,
    title: c.title,
    status: "active",
    ...value,
    ...(period ? { period } : {}),
  };
  return {
    ...release,
    parties: parties.list(),
    ...(buyer ? { buyer } : {}),
    awards: [award],
    contracts: [contract],
  };
}

/** A supply chain no contract points at still travels: as an award to its primes. */
function chainContractOf(p: Partnership): Contract {
  return {
    id: p.id,
    title: p.name,
    commissioner: p.commissioner,
    providers: p.members
      .filter((m) => m.role === "prime")
      .map((m) => ({ organisation: m.organisation, role: "prime" as const })),
    paymentMechanism: "fee",
    value: null,
    currency: "GBP",
    start: p.start,
    end: p.end,
    partnership: p.id,
  };
}

/**
 * Writes an exchange document's contracts and supply chains as an OCDS 1.1 release package (one
 * award release per contract; subcontracting, bids, UK and scale extensions declared).
 * @example ocdsReleasePackageOf(doc, { publisherName: "Us", ocidPrefix: "ocds-abc123", publishedDate: "2025-01-01T00:00:00Z", uri: "https://example.org/p.json" }).version // "1.1"
 */
export function ocdsReleasePackageOf(doc: ExchangeDocument, options: OcdsExportOptions): Json {
  const linked = new Set(doc.contracts.map((c) => c.partnership));
  const chains = doc.partnerships.filter(
    (p) => p.form === "prime_contractor_supply_chain" && !linked.has(p.id),
  );
  const contracts = [...doc.contracts, ...chains.map(chainContractOf)];
  return {
    uri: options.uri,
    version: "1.1",
    extensions: EXPORT_EXTENSIONS,
    publishedDate: options.publishedDate,
    publisher: { name: options.publisherName },
    releases: contracts.map((c) => releaseOf(doc, c, options)),
  };
}
