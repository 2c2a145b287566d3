import type {
  EventType,
  ExchangeDocument,
  Form,
  LifecycleEvent,
  Membership,
  Organisation,
  Partnership,
  Role,
} from "../../shared/index.ts";
import { EXCHANGE_FORMAT } from "../../shared/index.ts";
import type { SimulationPreset } from "../../shared/simulation.ts";
import { EVENT, KIND, type SectorState, YEAR_CODE } from "./state.ts";

/**
 * A date code (year × YEAR_CODE + order within the year) as an ISO date, the year's `count` actions
 * spread over April to March in order: action k falls on day ⌊360 k / count⌋, in month ⌊day / 30⌋
 * from April, on the 2nd + day mod 30 (at most the 28th, so every month is valid). No action falls
 * on 1 April, the date each year's state is measured on, and a later action never has an earlier date.
 * @example isoOfCode(2004 * YEAR_CODE + 0, 10) // "2004-04-02"; isoOfCode(2004 * YEAR_CODE + 9, 10) // "2005-02-26"
 */
export function isoOfCode(code: number, count: number): string {
  const year = Math.floor(code / YEAR_CODE);
  const order = code - year * YEAR_CODE;
  const day = Math.min(359, Math.floor((360 * order) / Math.max(1, count)));
  const m = Math.floor(day / 30);
  const month = ((3 + m) % 12) + 1;
  const calendarYear = year + (m >= 9 ? 1 : 0);
  return `${calendarYear}-${String(month).padStart(2, "0")}-${String(Math.min(28, 2 + (day % 30))).padStart(2, "0")}`;
}

/** Actions per year (the largest order seen + 1) over every code of the state. */
function actionsPerYear(s: SectorState): Map<number, number> {
  const out = new Map<number, number>();
  const see = (code: number) => {
    if (code < 0) return;
    const year = Math.floor(code / YEAR_CODE);
    out.set(year, Math.max(out.get(year) ?? 0, code - year * YEAR_CODE + 1));
  };
  for (const column of [
    s.events.when,
    s.members.joined,
    s.members.left,
    s.partnerships.start,
    s.partnerships.end,
  ])
    for (let k = 0; k < column.length; k++) see(column.at(k));
  return out;
}

const EVENT_TYPES: EventType[] = [
  "formed",
  "joined",
  "left",
  "deepened",
  "merged",
  "transfer_of_engagements",
  "group_formed",
  "group_joined",
  "exited",
  "dissolved",
];
const FORMS: [Form, string, "horizontal" | "vertical", "voluntary" | "mandated", Role[]][] = [
  ["procurement_consortium", "consortium", "horizontal", "voluntary", ["lead", "member"]],
  ["procurement_group", "procurement group", "horizontal", "mandated", ["lead", "member"]],
  ["prime_contractor_supply_chain", "supply chain", "vertical", "mandated", ["prime", "tier2"]],
  ["group_structure", "Group", "vertical", "voluntary", ["parent", "subsidiary"]],
];
const pad = (n: number, w: number) => String(n + 1).padStart(w, "0");
const orgId = (a: number) => `SIM-${pad(a, 6)}`;
const partnershipId = (p: number) => `SIM-P-${pad(p, 6)}`;

function organisationOf(
  s: SectorState,
  a: number,
  preset: SimulationPreset,
  start: number,
): Organisation {
  const housing = s.kind[a] === KIND.association || s.kind[a] === KIND.stockTransfer;
  const facts: Organisation["facts"] = [];
  const fact = (year: number, v: number) => {
    const size = Math.max(1, Math.round(v));
    facts.push({
      year,
      homes: housing ? size : null,
      turnover: housing ? null : size * 5000,
      staff: null,
    });
  };
  s.history.forEach((sizes, y) => {
    const v = sizes[a];
    if (v === undefined || v < 0) return;
    // An entrant exists from its year of entry: its first recorded size stands for that year too.
    if (facts.length === 0 && s.born[a]! >= start && s.born[a]! < start + y) fact(s.born[a]!, v);
    fact(start + y, v);
  });
  if (facts.length === 0) fact(Math.max(start, s.born[a]!), s.size[a]!);
  const region = preset.initial.regions[s.region[a]!]!.name;
  const noun = ["housing association", "stock transfer association", "charity", "services company"][
    s.kind[a]!
  ];
  return {
    id: orgId(a),
    name: `Simulated ${noun} ${a + 1} (${region})`,
    otherNames: [],
    sector: s.kind[a] === KIND.company ? "private" : "third",
    kind: housing
      ? "housing_association"
      : s.kind[a] === KIND.charity
        ? "charity"
        : "private_company",
    nation: preset.nation,
    fields: [region],
    identifiers: [],
    illustrative: true,
    facts,
  };
}

function partnershipsOf(
  s: SectorState,
  note: string,
  iso: (code: number) => string,
): Partnership[] {
  const members: Membership[][] = Array.from({ length: s.partnerships.form.length }, () => []);
  const m = s.members;
  for (let k = 0; k < m.agent.length; k++) {
    const p = m.partnership.at(k);
    const roles = FORMS[s.partnerships.form.at(p)]![4];
    members[p]!.push({
      organisation: orgId(m.agent.at(k)),
      role: roles[m.role.at(k) % 2]!,
      joined: iso(m.joined.at(k)),
      left: m.left.at(k) === -1 ? null : iso(m.left.at(k)),
      shareOfValue: null,
      shareOfTurnover: null,
      shareOfStaff: null,
    });
  }
  return members.map((list, p) => {
    const [form, noun, direction, origin] = FORMS[s.partnerships.form.at(p)]!;
    const end = s.partnerships.end.at(p);
    const stage = s.partnerships.stage.at(p);
    return {
      id: partnershipId(p),
      name: `Simulated ${noun} ${p + 1}`,
      form,
      direction,
      origin,
      stage,
      functions:
        form === "group_structure"
          ? ["growing"]
          : form === "prime_contractor_supply_chain"
            ? ["selling"]
            : ["buying"],
      commissioner: null,
      start: iso(s.partnerships.start.at(p)),
      end: end === -1 ? null : iso(end),
      description: note,
      integration: [],
      members: list,
    };
  });
}

function eventsOf(s: SectorState, note: string, iso: (code: number) => string): LifecycleEvent[] {
  const e = s.events;
  const out: LifecycleEvent[] = [];
  for (let k = 0; k < e.type.length; k++) {
    const type = e.type.at(k);
    const a = e.a.at(k);
    const b = e.b.at(k);
    const merger = type === EVENT.merged || type === EVENT.transfer;
    const stage = e.stage.at(k);
    out.push({
      id: `SIM-EV-${pad(k, 7)}`,
      date: iso(e.when.at(k)),
      type: EVENT_TYPES[type]!,
      partnership: e.partnership.at(k) === -1 ? null : partnershipId(e.partnership.at(k)),
      organisations: b >= 0 ? [orgId(a), orgId(b)] : [orgId(a)],
      dissolves: merger ? [orgId(b)] : type === EVENT.exited ? [orgId(a)] : [],
      stage: stage === -1 || type === EVENT.joined || type === EVENT.left ? null : stage,
      note,
    });
  }
  return out.sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : x.id < y.id ? -1 : 1));
}

/**
 * One run as a partnerscope/v1 workspace: every organisation (illustrative, with a homes fact per
 * simulated year), partnerships with memberships and dates, and the life-cycle events, each marked
 * as simulated so the data is never mistaken for the real sector.
 */
export function runToExchange(
  s: SectorState,
  preset: SimulationPreset,
  seed: number,
): ExchangeDocument {
  const note = `Simulated by partnerscope (preset ${preset.name}, seed ${seed}, run 0): illustrative, not real data.`;
  const perYear = actionsPerYear(s);
  const iso = (code: number) => isoOfCode(code, perYear.get(Math.floor(code / YEAR_CODE)) ?? 1);
  const organisations: Organisation[] = [];
  for (let a = 0; a < s.n; a++) organisations.push(organisationOf(s, a, preset, preset.start));
  return {
    format: EXCHANGE_FORMAT,
    workspace: { name: `${preset.name} (simulated, seed ${seed}, run 0; illustrative)` },
    organisations,
    partnerships: partnershipsOf(s, note, iso),
    events: eventsOf(s, note, iso),
    contracts: [],
    evidence: [],
  };
}
