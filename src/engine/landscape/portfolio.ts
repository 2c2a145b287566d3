import type { Form, Partnership } from "../../shared/index.ts";
import type { PortfolioEntry, PortfolioResult } from "../../shared/landscape-results.ts";
import { type LandscapeInput, yearAfter } from "./as-of.ts";
import { landscapeAsOf } from "./landscape-as-of.ts";
import { type StageChanges, stageChangesOf, stageOnDate } from "./stage-on-date.ts";

export type {
  Dependency,
  PortfolioEntry,
  PortfolioResult,
} from "../../shared/landscape-results.ts";

function entryOf(
  p: Partnership,
  organisation: string,
  asOf: string,
  changes: StageChanges,
): PortfolioEntry {
  const m = p.members.find((x) => x.organisation === organisation)!;
  return {
    id: p.id,
    name: p.name,
    form: p.form,
    functions: [...p.functions],
    stage: stageOnDate(p, changes, asOf),
    role: m.role,
    joined: m.joined,
    end: p.end,
    shareOfTurnover: m.shareOfTurnover,
    shareOfStaff: m.shareOfStaff,
    renewalDue: p.end !== null && p.end <= yearAfter(asOf),
  };
}

function largestAndHerfindahl(entries: PortfolioEntry[], key: "shareOfTurnover" | "shareOfStaff") {
  let largest: { partnership: string; share: number } | null = null;
  let hhi = 0;
  for (const e of entries) {
    const s = e[key];
    if (s === null) continue;
    hhi += (100 * s) ** 2;
    if (largest === null || s > largest.share) largest = { partnership: e.id, share: s };
  }
  return { largest, hhi };
}

function groupBy<K extends string>(entries: PortfolioEntry[], keys: (e: PortfolioEntry) => K[]) {
  const out: Partial<Record<K, PortfolioEntry[]>> = {};
  for (const e of entries)
    for (const k of keys(e)) {
      const list = out[k] ?? [];
      list.push(e);
      out[k] = list;
    }
  return out;
}

/**
 * An organisation's portfolio on a date: its active partnerships grouped by form and function,
 * with stage, shares, dependency (largest share and Herfindahl index of shares), renewal exposure
 * and its life-cycle history.
 * @example portfolioOf(doc, "GB-CHC-1000001", "2011-06-30").dependency.largestShareOfTurnover
 */
export function portfolioOf(
  input: LandscapeInput,
  organisation: string,
  asOf: string,
): PortfolioResult {
  const snapshot = landscapeAsOf(input, asOf);
  const changes = stageChangesOf(input.events);
  const entries = snapshot.partnerships
    .filter((p) => p.members.some((m) => m.organisation === organisation))
    .map((p) => entryOf(p, organisation, asOf, changes))
    .sort((a, b) => b.stage - a.stage || (a.id < b.id ? -1 : 1));
  const turnover = largestAndHerfindahl(entries, "shareOfTurnover");
  const staff = largestAndHerfindahl(entries, "shareOfStaff");
  const byForm = groupBy(entries, (e) => [e.form]);
  const countsByForm: Partial<Record<Form, number>> = {};
  for (const [form, list] of Object.entries(byForm)) countsByForm[form as Form] = list.length;
  return {
    asOf,
    organisation,
    exists: snapshot.organisations.some((o) => o.id === organisation),
    partnerships: entries,
    byForm,
    byFunction: groupBy(entries, (e) => e.functions),
    countsByForm,
    dependency: {
      largestShareOfTurnover: turnover.largest,
      herfindahlOfTurnover: turnover.hhi,
      largestShareOfStaff: staff.largest,
      herfindahlOfStaff: staff.hhi,
    },
    renewals: entries.filter((e) => e.renewalDue),
    history: snapshot.events.filter((e) => e.organisations.includes(organisation)),
  };
}
