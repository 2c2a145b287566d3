import type { Fact, Nation, Organisation, OrganisationKind, Sector } from "../../shared/index.ts";
import type { SeededRandom } from "../graph/index.ts";
import { lognormalOf, normalOf } from "./synthetic-draws.ts";

/** What the rest of the generator needs about the organisations, by index. */
export interface SyntheticOrganisations {
  organisations: Organisation[];
  founded: Int32Array;
  /** Size in 2012 before mergers (homes for housing associations, else turnover / £5k). */
  weight: Float64Array;
  housing: number[];
  charities: number[];
  companies: number[];
  councils: number[];
}

const PLACES = [
  "Riverside",
  "Northern",
  "Oak",
  "Hearth",
  "Moorland",
  "Harbour",
  "Vale",
  "Crown",
  "Pennine",
  "Thames",
  "Severn",
  "Coastal",
  "Heartland",
  "Beacon",
  "Orchard",
  "Meadow",
];
const NATIONS: [Nation, number][] = [
  ["england", 0.8],
  ["scotland", 0.89],
  ["wales", 0.96],
  ["northern_ireland", 1],
];
// Shares of kinds: mostly housing associations and charities, as in the paper's cases.
const KINDS: [OrganisationKind, Sector, string, number][] = [
  ["housing_association", "third", "Housing", 0.7],
  ["charity", "third", "Trust", 0.85],
  ["social_enterprise", "third", "Enterprise", 0.9],
  ["private_company", "private", "Services Ltd", 0.97],
  ["local_authority", "public", "Council", 1],
];
/** Fact years: founding, then 1990, 2002 and 2010 (the paper's 2002–2010 window). */
const FACT_YEARS = [1990, 2002, 2010];

function pick<T>(table: [...unknown[], number][], u: number): T {
  return table.find((row) => u < (row[row.length - 1] as number)) as T;
}

/** Size in 2012 by kind: lognormal homes (median ≈ 270, capped at 60,000) or turnover. */
function sizeOf2012(kind: OrganisationKind, rng: SeededRandom) {
  if (kind === "housing_association") {
    const homes = Math.min(60_000, Math.max(5, Math.round(lognormalOf(rng, 5.6, 1.5))));
    return {
      homes,
      turnover: homes * 5_000 * lognormalOf(rng, 0, 0.25),
      staff: (homes / 30) * lognormalOf(rng, 0, 0.3),
    };
  }
  const mu = kind === "private_company" ? 17 : kind === "local_authority" ? 19 : 13.5;
  const turnover = lognormalOf(rng, mu, kind === "local_authority" ? 0.8 : 1.5);
  return { homes: null, turnover, staff: turnover / 40_000 };
}

/** Facts for the founding year and each later fact year, growing 4% a year towards 2012. */
function factsOf(founded: number, size: ReturnType<typeof sizeOf2012>): Fact[] {
  const years = [founded, ...FACT_YEARS.filter((y) => y > founded)];
  return years.map((year) => {
    const g = 1.04 ** (year - 2012);
    return {
      year,
      homes: size.homes === null ? null : Math.max(1, Math.round(size.homes * g)),
      turnover: Math.round((size.turnover * g) / 1000) * 1000,
      staff: Math.max(1, Math.round(size.staff * g)),
    };
  });
}

/**
 * Synthetic organisations with heavy-tailed sizes: lognormal homes, turnover ≈ homes × £5k,
 * staff ≈ homes / 30, founding years mostly 1950–1995.
 * @example syntheticOrganisations(100, seededRandom(1)).organisations.length // 100
 */
export function syntheticOrganisations(n: number, rng: SeededRandom): SyntheticOrganisations {
  const out: SyntheticOrganisations = {
    organisations: [],
    founded: new Int32Array(n),
    weight: new Float64Array(n),
    housing: [],
    charities: [],
    companies: [],
    councils: [],
  };
  const width = String(n).length;
  for (let i = 0; i < n; i++) {
    const [kind, sector, noun] = pick<[OrganisationKind, Sector, string]>(KINDS, rng.next());
    const nation = pick<[Nation]>(NATIONS, rng.next())[0];
    const founded = Math.max(1890, Math.min(2008, Math.round(1972 + 14 * normalOf(rng))));
    const size = sizeOf2012(kind, rng);
    out.founded[i] = founded;
    out.weight[i] = size.homes ?? size.turnover / 5_000;
    const list =
      kind === "housing_association"
        ? out.housing
        : sector === "third"
          ? out.charities
          : kind === "private_company"
            ? out.companies
            : out.councils;
    list.push(i);
    out.organisations.push({
      id: `SYN-${String(i + 1).padStart(width, "0")}`,
      name: `${PLACES[i % PLACES.length]} ${noun} ${i + 1}`,
      otherNames: [],
      sector,
      kind,
      nation,
      fields: [],
      identifiers: [],
      illustrative: true,
      facts: factsOf(founded, size),
    });
  }
  return out;
}
