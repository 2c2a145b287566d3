import type { Identifier } from "../../shared/index.ts";
import { organisationNameKey, organisationNameTokens } from "./organisation-name-key.ts";

/** What the duplicate finder needs to know about an organisation. */
export interface DuplicateCandidateInput {
  id: string;
  name: string;
  identifiers?: readonly Identifier[];
  /** A UK postcode when the source gives one (any spacing or case). */
  postcode?: string | null;
}

/** A proposed pair of likely-same organisations, for a person to confirm. */
export interface DuplicateCandidate {
  /** The two organisation ids, `a < b`. */
  a: string;
  b: string;
  /** 0–1: how likely they are the same (shared identifier 1, same name 0.9, postcode only ≤ 0.9). */
  score: number;
  reasons: string[];
  /** Why the pair may well be two organisations after all (only offered when weaker matches are asked for). */
  warning?: string;
}

/** Registers whose numbers name one legal body each: two different numbers are two bodies. */
const REGISTERS: Record<string, string> = {
  "GB-COH": "company numbers",
  "GB-CHC": "charity numbers",
  "GB-SC": "Scottish charity numbers",
  "GB-NIC": "Northern Ireland charity numbers",
  "GB-MPR": "mutuals register numbers",
};

/**
 * Where two organisations carry different numbers in the same register (and none in common
 * there), in words, e.g. 'different company numbers: 01234567 and 07654321'; null when none.
 */
export function registeredIdentifierConflict(
  a: readonly Identifier[],
  b: readonly Identifier[],
): string | null {
  const idsIn = (list: readonly Identifier[], scheme: string) =>
    list
      .filter((i) => i.scheme.toUpperCase() === scheme)
      .map((i) => i.id.replace(/\s+/g, "").toUpperCase());
  const clashes = Object.entries(REGISTERS).flatMap(([scheme, words]) => {
    const [left, right] = [idsIn(a, scheme), idsIn(b, scheme)];
    if (left.length === 0 || right.length === 0 || left.some((id) => right.includes(id))) return [];
    return [`different ${words}: ${left.join(", ")} and ${right.join(", ")}`];
  });
  return clashes.length ? clashes.join("; ") : null;
}

/** Postcode buckets larger than this (a shared office block) propose nothing on postcode alone. */
const MAX_POSTCODE_BUCKET = 50;

/**
 * Finds a UK postcode in free text, written without spaces in upper case ('E154PN').
 * @example postcodeOf("3 Tramway Avenue London E15 4PN") // "E154PN"
 */
export function postcodeOf(text: string | null | undefined): string | null {
  if (!text) return null;
  const matches = [...text.toUpperCase().matchAll(/\b([A-Z]{1,2}\d[A-Z\d]?)\s*(\d[A-Z]{2})\b/g)];
  const last = matches.at(-1);
  return last ? `${last[1]}${last[2]}` : null;
}

function jaccard(a: readonly string[], b: readonly string[]): number {
  const sa = new Set(a);
  const sb = new Set(b);
  const shared = [...sa].filter((t) => sb.has(t)).length;
  const union = new Set([...sa, ...sb]).size;
  return union === 0 ? 0 : shared / union;
}

function bucketsOf(
  orgs: readonly DuplicateCandidateInput[],
  keysOf: (o: DuplicateCandidateInput) => string[],
): Map<string, number[]> {
  const buckets = new Map<string, number[]>();
  orgs.forEach((o, i) => {
    for (const key of new Set(keysOf(o))) {
      const list = buckets.get(key) ?? [];
      list.push(i);
      buckets.set(key, list);
    }
  });
  return buckets;
}

/**
 * Proposes pairs of organisations that are likely the same: a shared identifier, the same
 * normalised name, or the same postcode (scored by how alike the names are). A pair with
 * different numbers in the same register (two company or charity numbers) is left out unless
 * `weaker` matches are asked for, and then carries a warning saying so.
 * @example duplicateCandidatesOf([{ id: "a", name: "Axis Europe PLC" }, { id: "b", name: "Axis Europe plc" }])[0].reasons // ["same name"]
 */
export function duplicateCandidatesOf(
  orgs: readonly DuplicateCandidateInput[],
  options: { weaker?: boolean } = {},
): DuplicateCandidate[] {
  const pairs = new Map<string, DuplicateCandidate>();
  const add = (i: number, j: number, score: number, reason: string) => {
    const [a, b] = [orgs[i]!.id, orgs[j]!.id].sort();
    if (a === b) return;
    const key = `${a}\u0000${b}`;
    const pair = pairs.get(key) ?? { a: a!, b: b!, score: 0, reasons: [] };
    if (!pair.reasons.includes(reason)) pair.reasons.push(reason);
    pair.score = Math.max(pair.score, score);
    pairs.set(key, pair);
  };
  const eachPair = (bucket: number[], fn: (i: number, j: number) => void) => {
    for (let x = 0; x < bucket.length; x++)
      for (let y = x + 1; y < bucket.length; y++) fn(bucket[x]!, bucket[y]!);
  };
  const ids = bucketsOf(orgs, (o) =>
    (o.identifiers ?? []).map(
      (i) => `${i.scheme.toUpperCase()}-${i.id.replace(/\s+/g, "").toUpperCase()}`,
    ),
  );
  for (const [key, bucket] of ids)
    eachPair(bucket, (i, j) => add(i, j, 1, `shared identifier ${key}`));
  const names = bucketsOf(orgs, (o) => [organisationNameKey(o.name)].filter((k) => k !== ""));
  for (const bucket of names.values()) eachPair(bucket, (i, j) => add(i, j, 0.9, "same name"));
  const postcodes = bucketsOf(orgs, (o) => [postcodeOf(o.postcode)].filter((p) => p !== null));
  for (const [code, bucket] of postcodes) {
    if (bucket.length > MAX_POSTCODE_BUCKET) continue;
    eachPair(bucket, (i, j) => {
      const similarity = jaccard(
        organisationNameTokens(orgs[i]!.name),
        organisationNameTokens(orgs[j]!.name),
      );
      add(i, j, 0.4 + 0.5 * similarity, `same postcode ${code}`);
    });
  }
  // Agreeing evidence from two independent signals raises confidence above either alone.
  for (const pair of pairs.values()) {
    if (pair.reasons.length > 1) pair.score = Math.min(1, pair.score + 0.05);
    pair.score = Math.round(pair.score * 100) / 100;
  }
  return withRegisterWarnings(pairs.values(), orgs, options.weaker ?? false).sort(
    (p, q) => q.score - p.score || (p.a + p.b < q.a + q.b ? -1 : 1),
  );
}

/** Drops (or, for weaker matches, warns on) pairs whose register numbers say they are two bodies. */
function withRegisterWarnings(
  pairs: Iterable<DuplicateCandidate>,
  orgs: readonly DuplicateCandidateInput[],
  weaker: boolean,
): DuplicateCandidate[] {
  const byId = new Map(orgs.map((o) => [o.id, o.identifiers ?? []]));
  return [...pairs].flatMap((pair) => {
    const clash = registeredIdentifierConflict(byId.get(pair.a) ?? [], byId.get(pair.b) ?? []);
    if (clash === null) return [pair];
    return weaker ? [{ ...pair, warning: `Probably two organisations: ${clash}` }] : [];
  });
}
