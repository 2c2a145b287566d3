import { MERLIN_RELATIONS } from "../../shared/merlin.ts";
import type { MerlinResult, MerlinScores } from "../../shared/pbr-results.ts";
import { MERLIN_MIN_GROUP, type MerlinAnswers, merlinScoresOf, scoresOf } from "./merlin.ts";

/** A response with the organisation its respondent speaks for (null: entered by a member). */
export interface OrganisationAnswers extends MerlinAnswers {
  organisation: string | null;
}

/** One organisation's aggregate, before names are added. */
export type OrganisationScores = MerlinScores & { organisation: string | null; own: boolean };

/** The result a viewer sees: overall, by relation and by organisation. */
export interface ConfidentialResult extends MerlinResult {
  byOrganisation: OrganisationScores[];
}

type Group = { key: string; size: number; cells: Set<string>; kind: "all" | "relation" | "org" };

const orgKey = (organisation: string | null) => organisation ?? "";
const cellOf = (r: OrganisationAnswers) => `${r.relation}\u0000${orgKey(r.organisation)}`;

/**
 * Scores a survey for a viewer tied to organisation `own` (null: none): every aggregate shown
 * covers at least three respondents of other organisations, and no combination of the shown
 * aggregates (sums and differences of overall, relation and organisation groups) isolates one or
 * two respondents of another organisation; the viewer's own organisation is shown whatever its size.
 * @example merlinConfidentialScoresOf([], null).byOrganisation // []
 */
export function merlinConfidentialScoresOf(
  responses: readonly OrganisationAnswers[],
  own: string | null,
): ConfidentialResult {
  const base = merlinScoresOf(responses);
  const ownKey = own === null ? null : orgKey(own);
  const sizes = new Map<string, number>();
  for (const r of responses) sizes.set(cellOf(r), (sizes.get(cellOf(r)) ?? 0) + 1);
  const groups = candidateGroups(responses, base, ownKey);
  const isProtected = (cell: string) => cell.split("\u0000")[1] !== ownKey;
  for (;;) {
    const shown = groups.filter((g) => g.size > 0);
    if (!discloses(shown, sizes, isProtected)) break;
    // Withhold the smallest group whose withholding alone ends the disclosure, else the smallest.
    const removable = shown
      .filter((g) => g.kind !== "all" && g.key !== `org:${ownKey}`)
      .sort((a, b) => a.size - b.size);
    const fixes = removable.find(
      (g) =>
        !discloses(
          shown.filter((x) => x !== g),
          sizes,
          isProtected,
        ),
    );
    const victim = fixes ?? removable[0] ?? shown.find((g) => g.kind === "all");
    if (!victim) break;
    victim.size = 0; // withheld from here on
  }
  const isShown = (key: string) => groups.some((g) => g.key === key && g.size > 0);
  return {
    ...scoresOf(responses, !isShown("all")),
    byRelation: MERLIN_RELATIONS.map((relation) => ({
      relation,
      ...scoresOf(
        responses.filter((r) => r.relation === relation),
        !isShown(`relation:${relation}`),
      ),
    })),
    assumptions: base.assumptions,
    byOrganisation: organisationScores(responses, ownKey, isShown),
  };
}

function candidateGroups(
  responses: readonly OrganisationAnswers[],
  base: MerlinResult,
  ownKey: string | null,
): Group[] {
  const cellsOf = (pick: (r: OrganisationAnswers) => boolean) =>
    new Set(responses.filter(pick).map(cellOf));
  const groups: Group[] = [];
  if (!base.withheld)
    groups.push({ key: "all", size: responses.length, cells: cellsOf(() => true), kind: "all" });
  for (const g of base.byRelation)
    if (!g.withheld)
      groups.push({
        key: `relation:${g.relation}`,
        size: g.respondents,
        cells: cellsOf((r) => r.relation === g.relation),
        kind: "relation",
      });
  for (const key of new Set(responses.map((r) => orgKey(r.organisation)))) {
    const size = responses.filter((r) => orgKey(r.organisation) === key).length;
    if (size >= MERLIN_MIN_GROUP || key === ownKey)
      groups.push({
        key: `org:${key}`,
        size,
        cells: cellsOf((r) => orgKey(r.organisation) === key),
        kind: "org",
      });
  }
  return groups;
}

function organisationScores(
  responses: readonly OrganisationAnswers[],
  ownKey: string | null,
  isShown: (key: string) => boolean,
): OrganisationScores[] {
  const keys = [...new Set(responses.map((r) => orgKey(r.organisation)))].sort();
  return keys.map((key) => ({
    organisation: key === "" ? null : key,
    own: key === ownKey,
    ...scoresOf(
      responses.filter((r) => orgKey(r.organisation) === key),
      !isShown(`org:${key}`),
    ),
  }));
}

/**
 * Whether the shown groups, combined linearly, pin down the answers of one or two protected
 * respondents. Every shown group is a union of cells (relation × organisation), so a set of
 * respondents is revealed exactly when it is a union of cells whose indicator lies in the span of
 * the shown groups: a cell c alone when every null-space vector is 0 at c, two cells when the
 * null-space vectors are opposite at them.
 */
function discloses(
  shown: Group[],
  sizes: Map<string, number>,
  isProtected: (cell: string) => boolean,
): boolean {
  const cells = [...sizes.keys()];
  const signatures = nullSpaceSignatures(
    shown.map((g) => cells.map((c) => (g.cells.has(c) ? 1n : 0n))),
    cells.length,
  );
  const singles = new Map<string, number>();
  for (const [i, cell] of cells.entries()) {
    if (!isProtected(cell)) continue;
    const size = sizes.get(cell)!;
    const sig = signatures[i]!;
    if (size < MERLIN_MIN_GROUP && sig.every((f) => f === "0")) return true;
    if (size !== 1) continue;
    const negated = sig.map((f) => (f === "0" ? f : f.startsWith("-") ? f.slice(1) : `-${f}`));
    if (singles.has(negated.join(","))) return true;
    singles.set(sig.join(","), i);
  }
  return false;
}

const abs = (x: bigint) => (x < 0n ? -x : x);
const gcd = (a: bigint, b: bigint): bigint => (b === 0n ? abs(a) : gcd(b, a % b));

/** For each column, its entries in a basis of the null space, as reduced fractions "p/q". */
function nullSpaceSignatures(rows: bigint[][], width: number): string[][] {
  const m = rows.map((r) => [...r]);
  const pivots: number[] = [];
  for (let col = 0, top = 0; col < width && top < m.length; col++) {
    const at = m.findIndex((r, i) => i >= top && r[col] !== 0n);
    if (at < 0) continue;
    [m[top], m[at]] = [m[at]!, m[top]!];
    const p = m[top]!;
    for (const [i, r] of m.entries()) {
      if (i === top || r[col] === 0n) continue;
      const f = r[col]!;
      m[i] = normalise(r.map((x, j) => x * p[col]! - p[j]! * f));
    }
    pivots.push(col);
    top++;
  }
  const free = [...Array(width).keys()].filter((c) => !pivots.includes(c));
  return [...Array(width).keys()].map((c) => {
    const row = pivots.indexOf(c);
    if (row < 0) return free.map((f) => (f === c ? "1" : "0"));
    return free.map((f) => fraction(-m[row]![f]!, m[row]![c]!));
  });
}

function normalise(row: bigint[]): bigint[] {
  const g = row.reduce((a, x) => gcd(a, x), 0n);
  return g > 1n ? row.map((x) => x / g) : row;
}

function fraction(num: bigint, den: bigint): string {
  if (num === 0n) return "0";
  const g = gcd(num, den);
  const [p, q] = den < 0n ? [-num / g, -den / g] : [num / g, den / g];
  return q === 1n ? `${p}` : `${p}/${q}`;
}
