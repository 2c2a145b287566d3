import type { Form, Partnership, PartnershipFunction } from "../../shared/index.ts";
import type { SyntheticContext } from "./synthetic-context.ts";
import { absorbFacts, addEvent, drawAlive, membershipOf } from "./synthetic-context.ts";
import { dateInYear, yearOfWeights } from "./synthetic-draws.ts";

type PartnershipSeed = Pick<
  Partnership,
  "name" | "form" | "direction" | "stage" | "functions" | "start" | "end" | "members"
> & { origin?: Partnership["origin"] };

function addPartnership(ctx: SyntheticContext, prefix: string, seed: PartnershipSeed): Partnership {
  const p: Partnership = {
    id: `SYN-${prefix}-${String(ctx.partnerships.length + 1).padStart(6, "0")}`,
    origin: "voluntary",
    commissioner: null,
    description: null,
    integration: [],
    ...seed,
  };
  ctx.partnerships.push(p);
  return p;
}

/** Draws up to `count` distinct organisations alive on `date` from `pool`, avoiding `taken`. */
function drawMany(
  ctx: SyntheticContext,
  pool: readonly number[],
  count: number,
  date: string,
  taken: Set<number>,
): number[] {
  const out: number[] = [];
  for (let k = 0; k < count; k++) {
    const i = drawAlive(ctx, pool, date, false, (x) => !taken.has(x));
    if (i < 0) break;
    taken.add(i);
    out.push(i);
  }
  return out;
}

/** A consortium (stage 2) on `date`, optionally ending on `end`. */
function addConsortium(
  ctx: SyntheticContext,
  form: Form,
  functions: PartnershipFunction[],
  members: number[],
  date: string,
  end: string | null,
) {
  const p = addPartnership(ctx, "CON", {
    name: `${ctx.orgs.organisations[members[0]!]!.name} consortium`,
    form,
    direction: "horizontal",
    stage: 2,
    functions,
    start: date,
    end,
    members: members.map((i) =>
      membershipOf(ctx, i, i === members[0] ? "lead" : "member", date, end),
    ),
  });
  addEvent(ctx, "formed", date, members, { partnership: p.id });
  return p;
}

/**
 * Group structures (stage 5): a large parent and 1–4 smaller subsidiaries; half grew out of a
 * consortium a few years earlier, some deepen to stage 6, and some end with a subsidiary's
 * transfer of engagements into the parent: the paper's consortium → group → merger path (Figure 5).
 */
export function addGroups(ctx: SyntheticContext, count: number): void {
  const { housing, weight } = ctx.orgs;
  const inGroup = new Set<number>();
  for (let g = 0; g < count; g++) {
    const year = yearOfWeights(ctx.rng, 1985, 2012, (y) => (y >= 1998 && y <= 2008 ? 3 : 1));
    const date = dateInYear(ctx.rng, year);
    const parent = drawAlive(ctx, housing, date, true, (i) => !inGroup.has(i));
    if (parent < 0) continue;
    inGroup.add(parent);
    const subs = drawMany(ctx, housing, 1 + ctx.rng.below(4), date, inGroup).filter(
      (i) => weight[i]! <= weight[parent]!,
    );
    if (subs.length === 0) continue;
    if (ctx.rng.next() < 0.5 && year > 1990)
      addConsortium(
        ctx,
        "procurement_consortium",
        ["buying"],
        [parent, ...subs],
        dateInYear(ctx.rng, year - 2 - ctx.rng.below(4)),
        date,
      );
    const group = addPartnership(ctx, "GRP", {
      name: `${ctx.orgs.organisations[parent]!.name} Group`,
      form: "group_structure",
      direction: "vertical",
      stage: 5,
      functions: ["growing", "sharing_services"],
      start: date,
      end: null,
      members: [
        membershipOf(ctx, parent, "parent", date, null),
        ...subs.map((i) =>
          membershipOf(ctx, i, "subsidiary", date, null, {
            turnover: 0.1 + ctx.rng.below(60) / 100,
          }),
        ),
      ],
    });
    addEvent(ctx, "group_formed", date, [parent, ...subs], { partnership: group.id });
    groupLater(ctx, group, parent, subs, year);
  }
}

/** What happens to a group later: deepening to stage 6 and/or a subsidiary merging into the parent. */
function groupLater(
  ctx: SyntheticContext,
  group: Partnership,
  parent: number,
  subs: number[],
  year: number,
) {
  if (ctx.rng.next() < 0.3 && year + 2 <= 2012)
    addEvent(
      ctx,
      "deepened",
      dateInYear(ctx.rng, year + 2 + ctx.rng.below(Math.min(5, 2011 - year))),
      [parent, ...subs],
      { partnership: group.id, stage: 6 },
    );
  const sub = subs[0]!;
  if (ctx.rng.next() >= 0.4 || year + 3 > 2012 || ctx.dissolvedOn[sub] !== "") return;
  const date = dateInYear(ctx.rng, year + 3 + ctx.rng.below(Math.min(6, 2013 - year - 3)));
  if (date <= group.start!) return;
  addEvent(ctx, "transfer_of_engagements", date, [parent, sub], {
    partnership: group.id,
    dissolves: [sub],
    stage: 7,
  });
  absorbFacts(ctx, parent, sub, date);
  const m = group.members.find((x) => x.organisation === ctx.orgs.organisations[sub]!.id)!;
  m.left = date;
}

const CONSORTIUM_FORMS: [Form, PartnershipFunction[], number][] = [
  ["investment_partnering_consortium", ["growing", "buying"], 2004],
  ["joint_bidding_consortium", ["selling"], 1995],
  ["procurement_consortium", ["buying"], 1995],
];

/** Consortia of 3–8 associations and charities (investment partnering only from 2004); 40% end. */
export function addConsortia(ctx: SyntheticContext, count: number): void {
  const pool = [...ctx.orgs.housing, ...ctx.orgs.charities];
  for (let c = 0; c < count; c++) {
    const [form, functions, first] = CONSORTIUM_FORMS[ctx.rng.below(CONSORTIUM_FORMS.length)]!;
    const year = first + ctx.rng.below(2013 - first);
    const date = dateInYear(ctx.rng, year);
    const members = drawMany(ctx, pool, 3 + ctx.rng.below(6), date, new Set());
    if (members.length < 2) continue;
    const end = ctx.rng.next() < 0.4 ? dateInYear(ctx.rng, year + 2 + ctx.rng.below(5)) : null;
    addConsortium(ctx, form, functions, members, date, end);
  }
}

/**
 * Prime-contractor supply chains (stage 3): a private prime, 5–25 third-sector subcontractors
 * (tier1 30%, tier2 70%) drawn from a shared pool so that some serve several primes (brokers).
 */
export function addSupplyChains(ctx: SyntheticContext, count: number): void {
  const { companies, charities, councils } = ctx.orgs;
  const pool = charities.slice(0, Math.max(10, count * 12));
  for (let s = 0; s < count; s++) {
    const year = ctx.rng.next() < 0.5 ? 2011 : 2005 + ctx.rng.below(8);
    const date = year === 2011 ? "2011-06-01" : dateInYear(ctx.rng, year);
    const prime = drawAlive(ctx, companies, date);
    if (prime < 0) continue;
    const subs = drawMany(ctx, pool, 5 + ctx.rng.below(21), date, new Set([prime]));
    const end = dateInYear(ctx.rng, year + 5 + ctx.rng.below(3));
    const commissioner = drawAlive(ctx, councils, date);
    const p = addPartnership(ctx, "SCH", {
      name: `${ctx.orgs.organisations[prime]!.name} supply chain`,
      form: "prime_contractor_supply_chain",
      direction: "vertical",
      stage: 3,
      functions: ["selling"],
      origin: "mandated",
      start: date,
      end,
      members: [
        membershipOf(ctx, prime, "prime", date, end),
        ...subs.map((i) =>
          membershipOf(ctx, i, ctx.rng.next() < 0.3 ? "tier1" : "tier2", date, end, {
            turnover: (5 + ctx.rng.below(55)) / 100,
          }),
        ),
      ],
    });
    if (commissioner >= 0) p.commissioner = ctx.orgs.organisations[commissioner]!.id;
    addEvent(ctx, "formed", date, [prime, ...subs], { partnership: p.id });
  }
}
