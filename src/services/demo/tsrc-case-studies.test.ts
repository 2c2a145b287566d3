import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { exchangeToJson, referenceProblemsOf } from "../../engine/exchange/index.ts";
import {
  type ExchangeDocument,
  exchangeSchema,
  type Form,
  type Membership,
  type Partnership,
} from "../../shared/index.ts";

const fileText = readFileSync(new URL("./tsrc-case-studies.json", import.meta.url), "utf8");
const doc: ExchangeDocument = exchangeSchema.parse(JSON.parse(fileText));

function partnershipById(id: string): Partnership {
  const found = doc.partnerships.find((p) => p.id === id);
  if (!found) throw new Error(`no partnership ${id}`);
  return found;
}

/** Whether a partnership runs on `date` (start and end are inclusive days). */
function isActiveOn(p: Partnership, date: string): boolean {
  return (p.start === null || p.start <= date) && (p.end === null || p.end >= date);
}

/** Members on `date`: joined on or before it and not yet left (a `left` day is the day it happened). */
function membersOn(p: Partnership, date: string): Membership[] {
  return p.members.filter((m) => (m.joined ?? "") <= date && (m.left === null || m.left > date));
}

function procurementGroupSizesOn(date: string): number[] {
  return doc.partnerships
    .filter((p) => p.form === "procurement_group" && isActiveOn(p, date))
    .map((p) => membersOn(p, date).length);
}

describe("the 'TSRC case studies' demo workspace", () => {
  it("is a valid, self-consistent partnerscope/v1 file in canonical form", () => {
    expect(doc.format).toBe("partnerscope/v1");
    expect(doc.workspace.name).toBe("TSRC case studies");
    expect(referenceProblemsOf(doc)).toEqual([]);
    expect(exchangeToJson(doc)).toBe(fileText);
  });

  it("has the size the brief asks for", () => {
    expect(doc.organisations.length).toBeGreaterThanOrEqual(40);
    expect(doc.organisations.length).toBeLessThanOrEqual(70);
    expect(doc.partnerships.length).toBeGreaterThanOrEqual(20);
    expect(doc.partnerships.length).toBeLessThanOrEqual(35);
    expect(doc.events.length).toBeGreaterThanOrEqual(30);
    expect(doc.contracts.length).toBeGreaterThanOrEqual(5);
  });

  it("models the Association: stage 6, fundraising joined, finance, IT and HR kept apart", () => {
    const association = partnershipById("demo-p-association");
    expect(association.form).toBe("association");
    expect(association.stage).toBe(6);
    const integrated = new Map(association.integration.map((i) => [i.function, i.integrated]));
    expect(integrated.get("fundraising")).toBe(true);
    for (const separate of ["finance", "IT", "HR"]) expect(integrated.get(separate)).toBe(false);
    const dates = doc.events.filter((e) => e.partnership === association.id).map((e) => e.date);
    expect(dates).toEqual(expect.arrayContaining(["2009-04-01", "2010-04-01"]));
    expect(association.description).toContain("250 staff");
  });

  it("has 4 Northern Ireland procurement groups of 6–10 in 2008 and 3 of 5–10 after the mergers", () => {
    const in2008 = procurementGroupSizesOn("2008-12-31");
    expect(in2008).toHaveLength(4);
    expect(Math.min(...in2008)).toBe(6);
    expect(Math.max(...in2008)).toBe(10);
    const after = procurementGroupSizesOn("2011-12-31");
    expect(after).toHaveLength(3);
    expect(Math.min(...after)).toBe(5);
    expect(Math.max(...after)).toBe(10);
    const groups = doc.partnerships.filter((p) => p.form === "procurement_group");
    expect(groups.every((p) => p.origin === "mandated" && p.start === "2008-04-01")).toBe(true);
    const groupIds = new Set(groups.map((p) => p.id));
    const mergers = doc.events.filter(
      (e) => groupIds.has(e.partnership ?? "") && e.dissolves.length,
    );
    expect(mergers).toHaveLength(2);
  });

  it("says which agreement each Supporting People partnership runs under", () => {
    const support = doc.partnerships.filter((p) => p.form === "support_partnership");
    expect(support.length).toBeGreaterThanOrEqual(2);
    for (const p of support)
      expect(p.description).toMatch(/joint management agreement|service level agreement/);
    const sp = doc.contracts.find((c) => c.value === 64_000_000);
    expect(sp?.paymentMechanism).toBe("grant");
  });

  it("has supply chains with prime, tier1 and tier2 and a TSO in two primes' chains", () => {
    const chains = doc.partnerships.filter((p) => p.form === "prime_contractor_supply_chain");
    const roles = new Set(chains.flatMap((p) => p.members.map((m) => m.role)));
    expect([...roles]).toEqual(expect.arrayContaining(["prime", "tier1", "tier2"]));
    const primesOf = new Map<string, Set<string>>();
    for (const chain of chains) {
      const prime = chain.members.find((m) => m.role === "prime")!.organisation;
      for (const m of chain.members.filter((x) => x.role !== "prime"))
        primesOf.set(m.organisation, (primesOf.get(m.organisation) ?? new Set()).add(prime));
    }
    const multiPrime = [...primesOf].filter(([, primes]) => primes.size >= 2).map(([o]) => o);
    expect(multiPrime.length).toBeGreaterThanOrEqual(2);
    const wp = doc.contracts.filter((c) => c.paymentMechanism === "outcome_based");
    expect(wp.every((c) => c.commissioner === "demo-dwp")).toBe(true);
    expect(wp.length).toBeGreaterThanOrEqual(1);
  });

  it("has mergers that dissolve their transferors, after which the survivor is bigger", () => {
    const mergers = doc.events.filter(
      (e) => (e.type === "merged" || e.type === "transfer_of_engagements") && e.dissolves.length,
    );
    expect(mergers.length).toBeGreaterThanOrEqual(1);
    const homes = (id: string, year: number) =>
      doc.organisations.find((o) => o.id === id)?.facts.find((f) => f.year === year)?.homes;
    const year = Number(doc.events.find((e) => e.id === "demo-e-ha1-merger")!.date.slice(0, 4));
    expect(homes("demo-ha1", year)!).toBeGreaterThan(homes("demo-ha1", year - 1)! + 5000);
  });

  it("ends every dissolved organisation's memberships and facts when it is dissolved", () => {
    for (const event of doc.events.filter((e) => e.dissolves.length)) {
      for (const id of event.dissolves) {
        const org = doc.organisations.find((o) => o.id === id)!;
        expect(org.facts.every((f) => f.year < Number(event.date.slice(0, 4)))).toBe(true);
        for (const p of doc.partnerships)
          for (const m of p.members.filter((x) => x.organisation === id))
            expect((m.left ?? p.end ?? "9999") <= event.date, `${id} in ${p.id}`).toBe(true);
      }
    }
  });

  it("covers every form of Table 1", () => {
    const table1: Form[] = [
      "investment_partnering_consortium",
      "joint_venture_building_company",
      "prime_contractor_supply_chain",
      "procurement_consortium",
      "shared_services_organisation",
      "private_sector_partnership",
      "public_sector_partnership",
      "neighbourhood_services_collaboration",
      "values_led_partnership",
    ];
    const forms = new Set(doc.partnerships.map((p) => p.form));
    expect(table1.filter((f) => !forms.has(f))).toEqual([]);
  });

  it("has at least 15 evidence items, each with a source and a theme", () => {
    expect(doc.evidence.length).toBeGreaterThanOrEqual(15);
    for (const item of doc.evidence) {
      expect(item.source.trim(), item.id).not.toBe("");
      expect(item.themes.length, item.id).toBeGreaterThanOrEqual(1);
    }
  });

  it("keeps invented figures to organisations marked illustrative", () => {
    const withFacts = doc.organisations.filter((o) => o.facts.length > 0);
    expect(withFacts.length).toBeGreaterThan(0);
    expect(withFacts.filter((o) => !o.illustrative).map((o) => o.id)).toEqual([]);
    const real = ["demo-org-a", "demo-org-b", "demo-dwp", "demo-nihe"];
    for (const id of real)
      expect(doc.organisations.find((o) => o.id === id)?.illustrative).toBe(false);
  });

  it("has Joined-up Services jointly commissioned by the NHS and the council, with no invented value", () => {
    const c = doc.contracts.find((x) => x.id === "demo-c-jus-west-london")!;
    // The PCT is the contract's commissioner and the Borough Council joins it as a commissioner.
    expect(c.commissioner).toBe("demo-wl-pct");
    expect(c.providers.filter((p) => p.role === "commissioner").map((p) => p.organisation)).toEqual(
      ["demo-wl-council"],
    );
    // The paper's £150,000 is a typical project's cost, not this contract's value.
    expect(c.value).toBeNull();
    expect(c.title).toMatch(/typical project cost about £150,000/);
  });

  it("tells Procurement Group 4's end as its events do: the second merger took one of its members", () => {
    const touching = doc.events.filter(
      (e) =>
        (e.type === "transfer_of_engagements" || e.type === "merged") &&
        e.organisations.some((o) =>
          partnershipById("demo-p-ni-pg4").members.some((m) => m.organisation === o),
        ),
    );
    expect(touching.map((e) => e.id)).toEqual(["demo-e-ni-merger-2"]);
    const text = partnershipById("demo-p-ni-pg4").description ?? "";
    expect(text).not.toMatch(/two mergers left it too small/);
    expect(text).toMatch(/the second merger took NI HA28 into Group 3/);
    // The paper: four groups of 6–10 became three of 5–10 after two mergers.
    expect(procurementGroupSizesOn("2008-04-01").sort((a, b) => a - b)).toEqual([6, 6, 6, 10]);
    expect(procurementGroupSizesOn("2010-07-01").sort((a, b) => a - b)).toEqual([5, 10, 10]);
  });
});
