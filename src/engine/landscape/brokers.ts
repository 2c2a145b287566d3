import type { Partnership } from "../../shared/index.ts";

/**
 * Brokers: organisations in the supply chains (form prime_contractor_supply_chain) of two or more
 * different primes, each with those primes sorted. Pass partnerships already filtered to a date
 * (e.g. a `landscapeAsOf` snapshot's), so only active memberships count.
 * @example brokersOf(snapshot.partnerships).get("GB-CHC-1") // ["PRIME-A", "PRIME-B"]
 */
export function brokersOf(partnerships: readonly Partnership[]): Map<string, string[]> {
  const primesOf = new Map<string, Set<string>>();
  for (const p of partnerships) {
    if (p.form !== "prime_contractor_supply_chain") continue;
    const primes = p.members.filter((m) => m.role === "prime").map((m) => m.organisation);
    for (const m of p.members) {
      if (m.role === "prime") continue;
      for (const prime of primes) {
        if (prime === m.organisation) continue;
        const set = primesOf.get(m.organisation) ?? new Set<string>();
        set.add(prime);
        primesOf.set(m.organisation, set);
      }
    }
  }
  const out = new Map<string, string[]>();
  for (const [id, primes] of primesOf) if (primes.size >= 2) out.set(id, [...primes].sort());
  return out;
}
